import type { ReviewState } from '../../collections/fields/workflowFields'

/**
 * What a save does to the review:
 * - `submit` (→ in_review), `approve` (→ approved), `requestChanges` (→ changes_requested);
 * - `edit`: content changed without a new state: the revision goes back to draft;
 * - `withdraw`: the state set back to draft without content changes;
 * - `none`: only workflow fields (reviewer, interval) changed.
 */
export type ReviewAction = 'submit' | 'approve' | 'requestChanges' | 'edit' | 'withdraw' | 'none'

export const reviewActionOf = ({
  previousState,
  requestedState,
  isContentChange,
}: {
  previousState: ReviewState | undefined
  requestedState: ReviewState | undefined
  isContentChange: boolean
}): ReviewAction => {
  const isStateChange = requestedState !== undefined && requestedState !== previousState
  if (!isStateChange || requestedState === 'draft') {
    if (isContentChange) return 'edit'
    return isStateChange ? 'withdraw' : 'none'
  }
  if (requestedState === 'in_review') return 'submit'
  if (requestedState === 'approved') return 'approve'
  return 'requestChanges'
}
