import { describe, expect, it } from 'vitest'

import type { ReviewState } from '../../../collections/fields/workflowFields'
import type { Role } from '../../../src/access/roles'
import type { ReviewAction } from '../../../src/workflow/reviewActionOf'
import { refusalOf } from '../../../src/workflow/refusalOf'

const base: {
  previousState: ReviewState | undefined
  isEditorOfRevision: boolean
  isContentChange: boolean
  hasNewComment: boolean
} = {
  previousState: 'in_review',
  isEditorOfRevision: false,
  isContentChange: false,
  hasNewComment: false,
}

const codeOf = (args: Partial<typeof base> & { action: ReviewAction; roles: Role[] }) =>
  refusalOf({ ...base, ...args })?.code ?? null

describe('refusalOf', () => {
  it.each([
    { action: 'edit', roles: ['editor'], code: null },
    { action: 'edit', roles: ['admin'], code: null },
    { action: 'edit', roles: ['reviewer'], code: 'review.not-editor' },
    { action: 'submit', roles: ['publisher'], code: 'review.not-editor' },
    { action: 'approve', roles: ['reviewer'], code: null },
    { action: 'approve', roles: ['editor'], code: 'review.not-reviewer' },
    { action: 'approve', roles: ['admin'], code: 'review.not-reviewer' },
    { action: 'requestChanges', roles: ['reviewer'], code: 'review.comment-required' },
    { action: 'requestChanges', roles: ['reviewer'], hasNewComment: true, code: null },
    { action: 'approve', roles: ['reviewer'], previousState: 'draft', code: 'review.wrong-state' },
    {
      action: 'approve',
      roles: ['editor', 'reviewer'],
      isEditorOfRevision: true,
      code: 'review.own-edit',
    },
    { action: 'approve', roles: ['reviewer'], isContentChange: true, code: 'review.own-edit' },
    { action: 'none', roles: ['publisher'], code: null },
  ] as const)('$action by $roles → $code', ({ code, ...args }) => {
    expect(codeOf({ ...args, roles: [...args.roles] })).toBe(code)
  })
})
