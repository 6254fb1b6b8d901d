import { describe, expect, it } from 'vitest'

import type { ReviewState } from '../../../collections/fields/workflowFields'
import type { Role } from '../../../src/access'
import type { Provider } from '../../../src/payload-types'
import type { ReviewAction, ReviewStepInput } from '../../../src/workflow/review'
import {
  changedContentFields,
  refusalOf,
  reviewActionOf,
  reviewStep,
} from '../../../src/workflow/review'

const fieldNames = ['name', 'description', 'sections', 'reviewState', 'reviewer', 'editedBy']

describe('changedContentFields', () => {
  it('names the content fields that differ and ignores the workflow fields', () => {
    const previous = { name: 'A', description: 'x', reviewState: 'draft', reviewer: 'u1' }
    const next = { name: 'A', description: 'y', reviewState: 'in_review', reviewer: 'u2' }
    expect(changedContentFields({ fieldNames, previous, next })).toEqual(['description'])
  })

  it('treats null, undefined and the empty string alike', () => {
    const previous = { name: 'A', description: null }
    const next = { name: 'A', description: '' }
    expect(changedContentFields({ fieldNames, previous, next })).toEqual([])
  })

  it('compares JSON regardless of key order', () => {
    const previous = { sections: { a: [1, { b: 2, c: 3 }] } }
    const next = { sections: { a: [1, { c: 3, b: 2 }] } }
    expect(changedContentFields({ fieldNames, previous, next })).toEqual([])
  })

  it('counts every given field of a new provider', () => {
    expect(changedContentFields({ fieldNames, previous: undefined, next: { name: 'A' } })).toEqual([
      'name',
    ])
  })
})

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

  it.each([
    { action: 'edit', roles: ['reviewer'], messageCode: 'review.not-editor.edit' },
    { action: 'submit', roles: ['reviewer'], messageCode: 'review.not-editor.submit' },
    { action: 'withdraw', roles: ['reviewer'], messageCode: 'review.not-editor.submit' },
    { action: 'approve', roles: ['editor'], messageCode: 'review.not-reviewer.approve' },
    {
      action: 'requestChanges',
      roles: ['editor'],
      messageCode: 'review.not-reviewer.request-changes',
    },
    { action: 'confirm', roles: ['editor'], messageCode: 'review.not-reviewer.request-changes' },
  ] as const)('tells $roles why they may not $action', ({ action, roles, messageCode }) => {
    expect(refusalOf({ ...base, action, roles: [...roles] })?.message.messageCode).toBe(messageCode)
  })
})

const stored = {
  id: 'p1',
  name: 'Session',
  reviewState: 'in_review',
  reviewComment: null,
  editedBy: ['editor-1'],
  updated: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  citations: [{ id: 'c1', url: 'https://getsession.org/faq', verdict: 'accepted' }],
  _status: 'draft',
} as unknown as Provider

const stepOf = (input: Partial<ReviewStepInput>) =>
  reviewStep({
    previous: stored,
    data: {},
    fieldNames: ['name', 'citations', 'reviewState', 'reviewComment', 'editedBy', 'updated'],
    user: { id: 'reviewer-1', roles: ['reviewer'] },
    isRestore: false,
    approvedRevision: undefined,
    now: new Date('2026-12-02T23:30:00.000Z'),
    ...input,
  })

describe('reviewStep', () => {
  it('approves the loaded revision: stamps the UTC day, empties editedBy, publishes', () => {
    const step = stepOf({
      data: { reviewState: 'approved' },
      approvedRevision: stored.updatedAt,
    })
    expect(step).toMatchObject({
      refusal: null,
      action: 'approve',
      data: {
        reviewState: 'approved',
        updated: '2026-12-02T00:00:00.000Z',
        editedBy: [],
        _status: 'published',
        reviewComment: null,
      },
    })
  })

  it('refuses an approval without the loaded revision (400 on the field) or of a newer one (409)', () => {
    expect(stepOf({ data: { reviewState: 'approved' } }).refusal).toMatchObject({
      code: 'review.revision-missing',
      path: 'approvedRevision',
    })
    expect(
      stepOf({ data: { reviewState: 'approved' }, approvedRevision: '2026-11-30T00:00:00.000Z' })
        .refusal,
    ).toMatchObject({ code: 'review.revision-outdated', status: 409 })
  })

  it('tells the second of two reviewers approving at once that the revision was approved meanwhile (409)', () => {
    const approvedMeanwhile = {
      ...stored,
      reviewState: 'approved',
      _status: 'published',
      editedBy: [],
      updatedAt: '2026-12-02T10:00:01.000Z',
    } as typeof stored
    const refusal = stepOf({
      previous: approvedMeanwhile,
      data: { reviewState: 'approved' },
      approvedRevision: stored.updatedAt,
    }).refusal
    expect(refusal).toMatchObject({
      code: 'review.revision-outdated',
      status: 409,
      message: { messageCode: 'review.approved-meanwhile' },
    })
  })

  it('refuses the approval by someone who edited the revision (four eyes)', () => {
    const step = stepOf({
      data: { reviewState: 'approved' },
      user: { id: 'editor-1', roles: ['editor', 'reviewer'] },
      approvedRevision: stored.updatedAt,
    })
    expect(step).toMatchObject({ action: 'approve', refusal: { code: 'review.own-edit' } })
  })

  it('sends an edit back to draft and adds the editor to editedBy', () => {
    const step = stepOf({
      data: { name: 'Session Messenger', reviewState: 'in_review' },
      user: { id: 'editor-2', roles: ['editor'] },
    })
    expect(step).toMatchObject({
      refusal: null,
      action: 'edit',
      changedFields: ['name'],
      data: { reviewState: 'draft', editedBy: ['editor-1', 'editor-2'] },
    })
  })

  it('does not count a verdict the hooks derived as an edit', () => {
    const step = stepOf({
      data: { citations: [{ id: 'c1', url: 'https://getsession.org/faq', verdict: 'rejected' }] },
      user: { id: 'editor-2', roles: ['editor'] },
    } as Partial<ReviewStepInput>)
    expect(step).toMatchObject({ refusal: null, action: 'none', changedFields: [] })
  })

  it('restores as an edit: a draft with the stored workflow fields, the restorer an editor', () => {
    const step = stepOf({
      data: { name: 'Old name', reviewState: 'approved', _status: 'published' },
      user: { id: 'editor-2', roles: ['editor'] },
      isRestore: true,
    })
    expect(step).toMatchObject({
      refusal: null,
      action: 'edit',
      data: {
        name: 'Old name',
        reviewState: 'draft',
        _status: 'draft',
        updated: stored.updated,
        editedBy: ['editor-1', 'editor-2'],
      },
    })
  })

  it('keeps only a new comment with a request for changes', () => {
    expect(
      stepOf({ data: { reviewState: 'changes_requested', reviewComment: 'Quelle fehlt.' } }),
    ).toMatchObject({
      refusal: null,
      action: 'requestChanges',
      data: { reviewComment: 'Quelle fehlt.' },
    })
    expect(stepOf({ data: { reviewState: 'changes_requested' } }).refusal).toMatchObject({
      code: 'review.comment-required',
    })
  })
})

describe('the way back into review for an approved revision', () => {
  const approved = { ...stored, reviewState: 'approved', editedBy: [], _status: 'published' }

  it('confirms the approved revision unchanged when the approval names it', () => {
    const step = stepOf({
      previous: approved as Provider,
      data: { reviewState: 'approved' },
      approvedRevision: stored.updatedAt,
      approvedEditors: ['editor-1'],
    })
    expect(step).toMatchObject({
      refusal: null,
      action: 'confirm',
      data: { updated: '2026-12-02T00:00:00.000Z', _status: 'published', editedBy: [] },
    })
  })

  it('refuses the confirmation to someone who wrote the approved revision (four eyes)', () => {
    const step = stepOf({
      previous: approved as Provider,
      data: { reviewState: 'approved' },
      approvedRevision: stored.updatedAt,
      approvedEditors: ['reviewer-1'],
    })
    expect(step.refusal).toMatchObject({ code: 'review.own-edit' })
  })

  it('refuses a confirmation that carries a content change, as an approval would be', () => {
    const step = stepOf({
      previous: approved as Provider,
      data: { reviewState: 'approved', name: 'Session (geändert)' },
      approvedRevision: stored.updatedAt,
      approvedEditors: [],
    })
    expect(step).toMatchObject({ action: 'confirm', refusal: { code: 'review.own-edit' } })
  })

  it('takes a save of an approved revision without approvedRevision for no review step', () => {
    const step = stepOf({ previous: approved as Provider, data: { reviewState: 'approved' } })
    expect(step).toMatchObject({ refusal: null, action: 'none' })
  })

  it('lets a reviewer send an approved revision back with a comment, and an editor resubmit it', () => {
    const back = stepOf({
      previous: approved as Provider,
      data: { reviewState: 'changes_requested', reviewComment: 'Quelle geändert.' },
    })
    expect(back).toMatchObject({ refusal: null, action: 'requestChanges' })
    const again = stepOf({
      previous: approved as Provider,
      data: { reviewState: 'in_review' },
      user: { id: 'editor-1', roles: ['editor'] },
    })
    expect(again).toMatchObject({ refusal: null, action: 'submit' })
  })

  it('names the person who saved an edit in lastEditor', () => {
    const step = stepOf({
      data: { name: 'Session Messenger' },
      user: { id: 'editor-2', roles: ['editor'] },
    })
    expect(step).toMatchObject({ action: 'edit', data: { lastEditor: 'editor-2' } })
  })
})
