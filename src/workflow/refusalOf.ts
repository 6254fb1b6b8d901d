import type { ReviewState } from '../../collections/fields/workflowFields'
import type { Role } from '../access/roles'
import type { ReviewAction } from './reviewActionOf'
import type { ReviewErrorCode } from './reviewError'

export type Refusal = { code: ReviewErrorCode; message: string; path?: string }

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
          ? "Only editors change a provider's content. As a reviewer, approve the revision or request changes with a comment."
          : 'Only editors submit a provider for review or take it back to draft.',
    }
  }
  const step = action === 'approve' ? 'approve' : 'request changes to'
  if (!isReviewer) {
    return {
      code: 'review.not-reviewer',
      message: `Only users with the reviewer role ${step} a revision.`,
    }
  }
  if (previousState !== 'in_review') {
    return {
      code: 'review.wrong-state',
      path: 'reviewState',
      message: `Only a revision in review can be approved or sent back; this one is "${previousState ?? 'new'}". An editor submits it first (review state "in review").`,
    }
  }
  if (action === 'requestChanges') {
    return hasNewComment
      ? null
      : {
          code: 'review.comment-required',
          path: 'reviewComment',
          message: 'Say what needs to change: requesting changes needs a review comment.',
        }
  }
  if (isEditorOfRevision || isContentChange) {
    return {
      code: 'review.own-edit',
      message:
        'You edited this revision, so you cannot approve it (four eyes). Another reviewer who did not edit it has to approve it.',
    }
  }
  return null
}
