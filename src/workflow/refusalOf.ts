import type { ReviewState } from '../../collections/fields/workflowFields'
import type { Role } from '../access/roles'
import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'
import type { ReviewAction } from './reviewActionOf'
import type { ReviewErrorCode } from './reviewError'

/** A refused step: its stable code, why (rendered in the asker's language), the field or the HTTP status. */
export type Refusal = { code: ReviewErrorCode; message: Message; path?: string; status?: number }

/**
 * Why a person may not take this review step, or `null` when they may. Pure; the
 * error findings are checked by the hook (they need the database).
 * - content edits, submitting and withdrawing: editors (and admins);
 * - approving and requesting changes: the reviewer role only (an admin needs it too),
 *   from `in_review`, never by someone who edited the revision (four eyes), never
 *   together with a content change; requesting changes needs a new comment.
 */
export const refusalOf = ({
  action,
  roles,
  previousState,
  isEditorOfRevision,
  isContentChange,
  hasNewComment,
}: {
  action: ReviewAction
  roles: readonly Role[]
  previousState: ReviewState | undefined
  isEditorOfRevision: boolean
  isContentChange: boolean
  hasNewComment: boolean
}): Refusal | null => {
  const isEditor = roles.includes('editor') || roles.includes('admin')
  const isReviewer = roles.includes('reviewer')
  if (action === 'none') return null
  if (action === 'edit' || action === 'submit' || action === 'withdraw') {
    if (isEditor) return null
    return {
      code: 'review.not-editor',
      message:
        action === 'edit'
          ? message('review.not-editor.edit', {})
          : message('review.not-editor.submit', {}),
    }
  }
  if (!isReviewer) {
    return {
      code: 'review.not-reviewer',
      message:
        action === 'approve'
          ? message('review.not-reviewer.approve', {})
          : message('review.not-reviewer.request-changes', {}),
    }
  }
  if (previousState !== 'in_review') {
    return {
      code: 'review.wrong-state',
      path: 'reviewState',
      message: message('review.wrong-state', { state: previousState ?? 'new' }),
    }
  }
  if (action === 'requestChanges') {
    return hasNewComment
      ? null
      : {
          code: 'review.comment-required',
          path: 'reviewComment',
          message: message('review.comment-required', {}),
        }
  }
  if (isEditorOfRevision || isContentChange) {
    return {
      code: 'review.own-edit',
      message: message('review.own-edit', {}),
    }
  }
  return null
}
