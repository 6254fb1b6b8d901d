import { describe, expect, it } from 'vitest'

import { reviewActionOf } from '../../../src/workflow/reviewActionOf'

describe('reviewActionOf', () => {
  it.each([
    { previousState: undefined, requestedState: 'draft', isContentChange: true, action: 'edit' },
    {
      previousState: undefined,
      requestedState: 'in_review',
      isContentChange: true,
      action: 'submit',
    },
    { previousState: 'draft', requestedState: 'draft', isContentChange: true, action: 'edit' },
    { previousState: 'draft', requestedState: 'draft', isContentChange: false, action: 'none' },
    {
      previousState: 'draft',
      requestedState: 'in_review',
      isContentChange: false,
      action: 'submit',
    },
    {
      previousState: 'in_review',
      requestedState: 'approved',
      isContentChange: false,
      action: 'approve',
    },
    {
      previousState: 'in_review',
      requestedState: 'approved',
      isContentChange: true,
      action: 'approve',
    },
    {
      previousState: 'in_review',
      requestedState: 'changes_requested',
      isContentChange: false,
      action: 'requestChanges',
    },
    {
      previousState: 'in_review',
      requestedState: 'in_review',
      isContentChange: true,
      action: 'edit',
    },
    {
      previousState: 'approved',
      requestedState: 'approved',
      isContentChange: true,
      action: 'edit',
    },
    {
      previousState: 'approved',
      requestedState: 'approved',
      isContentChange: false,
      action: 'none',
    },
    {
      previousState: 'approved',
      requestedState: 'in_review',
      isContentChange: false,
      action: 'submit',
    },
    {
      previousState: 'changes_requested',
      requestedState: 'changes_requested',
      isContentChange: true,
      action: 'edit',
    },
    {
      previousState: 'in_review',
      requestedState: 'draft',
      isContentChange: false,
      action: 'withdraw',
    },
  ] as const)(
    '$previousState → $requestedState (content changed: $isContentChange) is $action',
    ({ action, ...args }) => {
      expect(reviewActionOf(args)).toBe(action)
    },
  )
})
