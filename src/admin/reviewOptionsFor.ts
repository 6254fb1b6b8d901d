import type { ReviewState } from '../../collections/fields/workflowFields'
import type { Role } from '../access'
import { idOf } from '../db/idOf'
import { refusalOf } from '../workflow/review'

export type ReviewOptions = {
  /** "Zur Prüfung einreichen": editors, on a draft or after changes were requested. */
  canSubmit: boolean
  /** "Freigeben" and "Änderungen anfordern": reviewers, on a revision in review. */
  canReview: boolean
  /** Why "Freigeben" is refused to this reviewer (four eyes), or null. */
  approveRefusal: 'review.own-edit' | null
  /** "Erneut prüfen lassen": editors, on the approved revision (submitting it unchanged). */
  canResubmit: boolean
  /**
   * "Unverändert bestätigen" and "Änderungen anfordern" on the approved revision:
   * reviewers (whether they wrote it, the server checks against the approval record).
   */
  canConfirm: boolean
}

/**
 * Which review buttons a person sees on a provider, with the same rules the hooks
 * enforce (`refusalOf`); the server decides in the end and its refusal is shown.
 */
export const reviewOptionsFor = ({
  roles,
  userId,
  reviewState,
  editedBy,
}: {
  roles: readonly Role[]
  userId: string
  reviewState: ReviewState | undefined
  editedBy: readonly unknown[]
}): ReviewOptions => {
  const isEditorOfRevision = editedBy.map(idOf).includes(userId)
  const refusal = (action: 'submit' | 'approve' | 'requestChanges') =>
    refusalOf({
      action,
      roles,
      previousState: reviewState,
      isEditorOfRevision,
      isContentChange: false,
      hasNewComment: true,
    })
  const canSubmit =
    (reviewState === 'draft' || reviewState === 'changes_requested') && refusal('submit') === null
  const canReview = reviewState === 'in_review' && refusal('requestChanges') === null
  const approveCode = canReview ? refusal('approve')?.code : undefined
  const isApproved = reviewState === 'approved'
  return {
    canSubmit,
    canReview,
    approveRefusal: approveCode === 'review.own-edit' ? approveCode : null,
    canResubmit: isApproved && refusal('submit') === null,
    canConfirm: isApproved && roles.includes('reviewer'),
  }
}
