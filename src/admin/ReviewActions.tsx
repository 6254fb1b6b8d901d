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
import { useCallback, useEffect, useState } from 'react'

import type { ReviewState } from '../../collections/fields/workflowFields'
import type { User } from '../payload-types'
import type { ReviewSummary } from '../workflow/reviewSummary'
import { errorMessagesOf } from './errorMessagesOf'
import { reviewOptionsFor } from './reviewOptionsFor'
import { adminTexts } from '../i18n/admin/adminTexts'

type Outcome = { status: number; messages: string[] } | null

const box = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '0.75rem 1rem',
  marginBottom: '1.5rem',
} as const

/**
 * The review box at the top of the provider edit view: the one place for the review
 * state and its comment. It shows the state as people read it ("Erneut prüfen" for an
 * approved profile that is stale or cites a changed document, "Übernommen, ungeprüft"
 * for a page the importer took over), the last comment with author and date, who is
 * responsible (editors and reviewers assign from the reviewers), the changes since the
 * last approval with who made them, and the buttons each person may use:
 * "Zur Prüfung einreichen" / "Erneut prüfen lassen" (editors), "Freigeben",
 * "Unverändert bestätigen" and "Änderungen anfordern" (reviewers). Buttons that the open
 * errors or four eyes block are disabled with the reason. Every step is a
 * `PATCH /api/providers/:id`; the hooks decide, and a refusal is shown with the server's
 * reason. Data: `GET /api/providers/:id/review` (`src/workflow/reviewSummary.ts`).
 */
export const ReviewActions: UIFieldClientComponent = () => {
  const { id, savedDocumentData, data } = useDocumentInfo()
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const isModified = useFormModified()
  const texts = adminTexts(i18n.language)
  const [comment, setComment] = useState('')
  const [isWorking, setIsWorking] = useState(false)
  const [refusal, setRefusal] = useState<Outcome>(null)
  const [summary, setSummary] = useState<ReviewSummary | null>(null)

  const doc = savedDocumentData ?? data ?? {}
  const reviewState = doc.reviewState as ReviewState | undefined
  const api = config.routes.api
  const headers = { 'content-type': 'application/json', 'accept-language': i18n.language }

  const loadSummary = useCallback(async () => {
    if (id === undefined) return
    const response = await fetch(`${api}/providers/${id}/review`, {
      credentials: 'include',
      headers: { 'accept-language': i18n.language },
    })
    if (response.ok) setSummary((await response.json()) as ReviewSummary)
  }, [api, id, i18n.language])

  useEffect(() => {
    void loadSummary()
  }, [loadSummary, doc.updatedAt])

  if (id === undefined || !user) return null
  const options = reviewOptionsFor({
    roles: user.roles ?? [],
    userId: String(user.id),
    reviewState,
    editedBy: Array.isArray(doc.editedBy) ? doc.editedBy : [],
  })
  const errors = summary?.errors ?? []
  const warnings = summary?.warnings ?? []
  const isRecheck = Boolean(summary?.recheck)

  const patch = async (body: Record<string, unknown>, onDone: () => void) => {
    setIsWorking(true)
    setRefusal(null)
    try {
      const response = await fetch(`${api}/providers/${id}?depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers,
        body: JSON.stringify(body),
      })
      if (response.ok) {
        onDone()
      } else {
        // The server words its refusal in the user's language (`languageOf`).
        const { messages } = errorMessagesOf(await response.json())
        setRefusal({ status: response.status, messages })
      }
    } catch (error) {
      setRefusal({ status: 0, messages: [String(error)] })
    }
    setIsWorking(false)
  }

  const send = (next: ReviewState) => {
    if (
      next === 'approved' &&
      warnings.length > 0 &&
      !window.confirm(texts.approveWithWarnings(warnings))
    )
      return
    void patch(
      {
        reviewState: next,
        reviewComment: comment.trim() || undefined,
        // The approval names the revision this reviewer saw; a newer draft answers 409.
        approvedRevision: next === 'approved' ? doc.updatedAt : undefined,
      },
      () => window.location.reload(),
    )
  }

  const assign = (reviewer: string) =>
    void patch({ reviewer: reviewer || null }, () => window.location.reload())

  const prefillFromRecheck = () => {
    const recheck = summary?.recheck
    if (!recheck || comment.trim()) return
    setComment(texts.recheckComment(recheck))
  }

  const isBlocked = isWorking || isModified
  const canResubmit = options.canResubmit
  const canConfirm = options.canConfirm
  const stateLabel = summary?.isTakenOver
    ? texts.stateTakenOver
    : isRecheck
      ? texts.stateRecheck
      : reviewState
        ? texts.stateName[reviewState]
        : ''
  const errorReason = errors.length > 0 ? texts.blockedByErrors(errors.length) : undefined
  return (
    <section className="review-actions" aria-label={texts.reviewTitle} style={box}>
      <h4 style={{ margin: 0 }}>
        {texts.reviewTitle}:{' '}
        <span
          className="review-actions__state"
          data-state={summary?.isTakenOver ? 'taken-over' : isRecheck ? 'recheck' : reviewState}
          style={{
            padding: '0.1rem 0.5rem',
            borderRadius: 3,
            background:
              isRecheck || summary?.isTakenOver
                ? 'var(--theme-warning-100)'
                : 'var(--theme-elevation-100)',
          }}
        >
          {stateLabel}
        </span>
      </h4>
      {summary?.isTakenOver ? (
        <p className="review-actions__taken-over" role="note" style={{ margin: '0.5rem 0' }}>
          {texts.takenOverBanner}
        </p>
      ) : reviewState ? (
        <p style={{ margin: '0.25rem 0' }}>{texts.stateHint[reviewState]}</p>
      ) : null}
      {summary?.recheck ? (
        <ul className="review-actions__recheck" style={{ margin: '0.25rem 0 0.5rem' }}>
          {summary.recheck.isStale ? <li>{texts.recheckStale(summary.recheck.staleOn)}</li> : null}
          {summary.recheck.changedSources.map((url) => (
            <li key={url}>{texts.recheckSource(url)}</li>
          ))}
        </ul>
      ) : null}
      {summary?.lastComment ? (
        <blockquote
          className="review-actions__comment"
          style={{
            margin: '0.5rem 0',
            paddingLeft: '0.75rem',
            borderLeft: '3px solid var(--theme-elevation-300)',
          }}
        >
          <p style={{ margin: 0, fontSize: '0.9em' }}>
            {texts.commentBy(summary.lastComment.by, summary.lastComment.at)}
          </p>
          <p style={{ margin: '0.25rem 0 0', whiteSpace: 'pre-wrap' }}>
            {summary.lastComment.text}
          </p>
        </blockquote>
      ) : null}
      {summary ? (
        <label style={{ display: 'block', margin: '0.5rem 0' }}>
          {texts.responsibleReviewer}{' '}
          <select
            name="assignReviewer"
            value={summary.reviewer?.id ?? ''}
            disabled={isWorking}
            onChange={(event) => assign(event.target.value)}
          >
            <option value="">{texts.nobodyAssigned}</option>
            {summary.reviewer &&
            !summary.reviewers.some((person) => person.id === summary.reviewer?.id) ? (
              <option value={summary.reviewer.id}>{summary.reviewer.name}</option>
            ) : null}
            {summary.reviewers.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {summary && summary.changes.length > 0 ? (
        <details
          className="review-actions__changes"
          open={options.canReview}
          style={{ margin: '0.5rem 0' }}
        >
          <summary>{texts.changesSinceApproval(summary.changes.length)}</summary>
          <ul style={{ margin: '0.5rem 0', paddingLeft: '1.25rem' }}>
            {summary.changes.map((change) => (
              <li key={change.field} style={{ marginBottom: '0.5rem' }}>
                <strong>{change.label}</strong>
                {change.by.length ? <span> ({texts.changedBy(change.by)})</span> : null}
                {change.before.map((line) => (
                  <div
                    key={`-${line}`}
                    style={{ color: 'var(--theme-error-500)', whiteSpace: 'pre-wrap' }}
                  >
                    − {line}
                  </div>
                ))}
                {change.after.map((line) => (
                  <div
                    key={`+${line}`}
                    style={{ color: 'var(--theme-success-500)', whiteSpace: 'pre-wrap' }}
                  >
                    + {line}
                  </div>
                ))}
              </li>
            ))}
          </ul>
          {summary.compareUrl ? <a href={summary.compareUrl}>{texts.compareVersions}</a> : null}
        </details>
      ) : null}
      {options.canReview || canConfirm ? (
        <label style={{ display: 'block', marginBottom: '0.5rem' }}>
          {texts.commentLabel}
          <textarea
            name="reviewActionComment"
            value={comment}
            onFocus={prefillFromRecheck}
            onChange={(event) => setComment(event.target.value)}
            rows={3}
            style={{ display: 'block', width: '100%', marginTop: '0.25rem' }}
          />
        </label>
      ) : null}
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        {options.canSubmit || canResubmit ? (
          <Button
            buttonStyle="primary"
            disabled={isBlocked || errors.length > 0}
            tooltip={errorReason}
            onClick={() => send('in_review')}
          >
            {options.canSubmit ? texts.submit : texts.resubmit}
          </Button>
        ) : null}
        {options.canReview ? (
          <Button
            buttonStyle="primary"
            disabled={isBlocked || options.approveRefusal !== null || errors.length > 0}
            tooltip={options.approveRefusal ? texts.ownEdit : errorReason}
            onClick={() => send('approved')}
          >
            {texts.approve}
          </Button>
        ) : null}
        {canConfirm ? (
          <Button
            buttonStyle="primary"
            disabled={isBlocked || errors.length > 0}
            tooltip={errorReason}
            onClick={() => send('approved')}
          >
            {texts.confirmUnchanged}
          </Button>
        ) : null}
        {options.canReview || canConfirm ? (
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
      {errorReason && (options.canSubmit || canResubmit || options.canReview || canConfirm) ? (
        <p className="review-actions__blocked" style={{ margin: '0.5rem 0 0' }}>
          {errorReason}
        </p>
      ) : null}
      {warnings.length > 0 && (options.canReview || canConfirm) ? (
        <p className="review-actions__warnings" style={{ margin: '0.5rem 0 0' }}>
          {texts.openWarnings(warnings.length)}
        </p>
      ) : null}
      {options.approveRefusal ? (
        <p className="review-actions__four-eyes" style={{ margin: '0.5rem 0 0' }}>
          {texts.ownEdit}
        </p>
      ) : null}
      {isModified ? <p style={{ margin: '0.5rem 0 0' }}>{texts.unsavedChanges}</p> : null}
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
