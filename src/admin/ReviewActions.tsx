'use client'
import type { UIFieldClientComponent } from 'payload'
import {
  Button,
  useAuth,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useTranslation,
} from '@payloadcms/ui'
import { useState } from 'react'

import type { ReviewState } from '../../collections/fields/workflowFields'
import type { User } from '../payload-types'
import { errorMessagesOf } from './errorMessagesOf'
import { reviewOptionsFor } from './reviewOptionsFor'
import { textsFor } from './texts'

type Outcome = { status: number; messages: string[] } | null

/**
 * The review step buttons, at the top of the provider edit view, shown only to whom
 * may use them: "Zur Prüfung einreichen" (editors), "Freigeben" and "Änderungen
 * anfordern" (reviewers; approving is refused to anyone who edited the revision).
 * Each is a `PATCH /api/providers/:id` with `{ reviewState, reviewComment }` (an
 * approval adds `approvedRevision`, the `updatedAt` of the draft shown); the hooks do the rest. A refusal is shown with the server's reason; success reloads.
 */
export const ReviewActions: UIFieldClientComponent = () => {
  const { id, savedDocumentData, data } = useDocumentInfo()
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const isModified = useFormModified()
  const texts = textsFor(i18n.language)
  const [comment, setComment] = useState('')
  const [isWorking, setIsWorking] = useState(false)
  const [refusal, setRefusal] = useState<Outcome>(null)

  const doc = savedDocumentData ?? data ?? {}
  const reviewState = doc.reviewState as ReviewState | undefined
  if (id === undefined || !user) return null
  const options = reviewOptionsFor({
    roles: user.roles ?? [],
    userId: String(user.id),
    reviewState,
    editedBy: Array.isArray(doc.editedBy) ? doc.editedBy : [],
  })

  const send = async (next: ReviewState) => {
    setIsWorking(true)
    setRefusal(null)
    try {
      const response = await fetch(`${config.routes.api}/providers/${id}?depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
        body: JSON.stringify({
          reviewState: next,
          reviewComment: comment.trim() || undefined,
          // The approval names the revision this reviewer saw; a newer draft answers 409.
          approvedRevision: next === 'approved' ? doc.updatedAt : undefined,
        }),
      })
      if (response.ok) {
        window.location.reload()
        return
      }
      // The server words its refusal in the user's language (`languageOf`).
      const { messages } = errorMessagesOf(await response.json())
      setRefusal({ status: response.status, messages })
    } catch (error) {
      setRefusal({ status: 0, messages: [String(error)] })
    }
    setIsWorking(false)
  }

  const isBlocked = isWorking || isModified
  const hasButtons = options.canSubmit || options.canReview
  return (
    <section
      className="review-actions"
      aria-label={texts.reviewTitle}
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        padding: '0.75rem 1rem',
        marginBottom: '1.5rem',
      }}
    >
      <h4 style={{ margin: 0 }}>{texts.reviewTitle}</h4>
      {reviewState ? <p style={{ margin: '0.25rem 0' }}>{texts.stateHint[reviewState]}</p> : null}
      {options.canReview ? (
        <label style={{ display: 'block', marginBottom: '0.5rem' }}>
          {texts.commentLabel}
          <textarea
            name="reviewActionComment"
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            rows={3}
            style={{ display: 'block', width: '100%', marginTop: '0.25rem' }}
          />
        </label>
      ) : null}
      {hasButtons ? (
        <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
          {options.canSubmit ? (
            <Button buttonStyle="primary" disabled={isBlocked} onClick={() => send('in_review')}>
              {texts.submit}
            </Button>
          ) : null}
          {options.canReview ? (
            <Button
              buttonStyle="primary"
              disabled={isBlocked || options.approveRefusal !== null}
              tooltip={options.approveRefusal ? texts.ownEdit : undefined}
              onClick={() => send('approved')}
            >
              {texts.approve}
            </Button>
          ) : null}
          {options.canReview ? (
            <Button
              buttonStyle="secondary"
              disabled={isBlocked || comment.trim() === ''}
              tooltip={comment.trim() === '' ? texts.commentRequired : undefined}
              onClick={() => send('changes_requested')}
            >
              {texts.requestChanges}
            </Button>
          ) : null}
        </div>
      ) : null}
      {options.approveRefusal ? (
        <p className="review-actions__four-eyes" style={{ margin: '0.5rem 0 0' }}>
          {texts.ownEdit}
        </p>
      ) : null}
      {hasButtons && isModified ? (
        <p style={{ margin: '0.5rem 0 0' }}>{texts.unsavedChanges}</p>
      ) : null}
      {isWorking ? <p style={{ margin: '0.5rem 0 0' }}>{texts.working}</p> : null}
      {refusal ? (
        <div
          role="alert"
          className="review-actions__refusal"
          style={{ marginTop: '0.5rem', color: 'var(--theme-error-500)' }}
        >
          <strong>{texts.refused(refusal.status)}</strong>
          {refusal.messages.map((message) => (
            <p key={message} style={{ margin: '0.25rem 0', whiteSpace: 'pre-wrap' }}>
              {message}
            </p>
          ))}
        </div>
      ) : null}
    </section>
  )
}
