import { describe, expect, it } from 'vitest'

import { reviewOptionsFor } from '../../../src/admin/reviewOptionsFor'

const me = 'user-1'

describe('reviewOptionsFor', () => {
  it.each([
    { roles: ['editor'], reviewState: 'draft', canSubmit: true, canReview: false },
    { roles: ['editor'], reviewState: 'changes_requested', canSubmit: true, canReview: false },
    { roles: ['editor'], reviewState: 'in_review', canSubmit: false, canReview: false },
    {
      roles: ['editor'],
      reviewState: 'approved',
      canSubmit: false,
      canReview: false,
      canResubmit: true,
    },
    { roles: ['admin'], reviewState: 'draft', canSubmit: true, canReview: false },
    { roles: ['reviewer'], reviewState: 'draft', canSubmit: false, canReview: false },
    { roles: ['reviewer'], reviewState: 'in_review', canSubmit: false, canReview: true },
    {
      roles: ['reviewer'],
      reviewState: 'approved',
      canSubmit: false,
      canReview: false,
      canConfirm: true,
    },
    { roles: ['admin'], reviewState: 'in_review', canSubmit: false, canReview: false },
    { roles: ['publisher'], reviewState: 'in_review', canSubmit: false, canReview: false },
    { roles: ['publisher'], reviewState: 'approved', canSubmit: false, canReview: false },
  ] as const)(
    '$roles on $reviewState: submit $canSubmit, review $canReview',
    ({ roles, reviewState, canSubmit, canReview, ...rest }) => {
      expect(reviewOptionsFor({ roles, userId: me, reviewState, editedBy: [] })).toEqual({
        canSubmit,
        canReview,
        approveRefusal: null,
        canResubmit: 'canResubmit' in rest ? rest.canResubmit : false,
        canConfirm: 'canConfirm' in rest ? rest.canConfirm : false,
      })
    },
  )

  it('refuses approving to a reviewer who edited the revision (four eyes)', () => {
    expect(
      reviewOptionsFor({
        roles: ['editor', 'reviewer'],
        userId: me,
        reviewState: 'in_review',
        editedBy: ['someone-else', { id: me }],
      }),
    ).toEqual({
      canSubmit: false,
      canReview: true,
      approveRefusal: 'review.own-edit',
      canResubmit: false,
      canConfirm: false,
    })
  })
})
