import { derivedEntryKeysByList, fieldsWithRole } from '../../collections/fields/providerFieldRoles'
import type { ReviewState } from '../../collections/fields/workflowFields'
import type { Role } from '../access'
import { idOf } from '../db/idOf'
import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'
import type { Provider } from '../payload-types'

/**
 * The review workflow as one pure step (docs/decisions/0004, 0010): what a save changes
 * (`changedContentFields`), what it does to the review (`reviewActionOf`), whether this
 * person may do it (`refusalOf`) and the fields that follow (`reviewStep`). The
 * `req.context` flags a caller gives a save are in `saveContext.ts`. No database, no Payload:
 * `hooks.ts` applies it to every save, and the admin's review buttons ask `refusalOf`
 * the same question before the server does.
 */

/**
 * Fields of a provider that are about the review, not the page: changing them is
 * no edit (no entry in `editedBy`, the review state stays). From the table of field
 * roles (`collections/fields/providerFieldRoles.ts`).
 */
export const workflowFieldNames: ReadonlySet<string> = fieldsWithRole('workflow')

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === ''

/** Equal as stored: blanks alike, objects regardless of key order. */
export const isSameValue = (a: unknown, b: unknown): boolean => {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b)
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => isSameValue(item, b[index]))
    )
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const left = a as Record<string, unknown>
    const right = b as Record<string, unknown>
    const keys = new Set([...Object.keys(left), ...Object.keys(right)])
    return [...keys].every((key) => isSameValue(left[key], right[key]))
  }
  return a === b
}

/**
 * The content fields (every field but the workflow ones) whose value differs between
 * the stored revision and the data being saved. A new provider: all given fields.
 */
export const changedContentFields = ({
  fieldNames,
  previous,
  next,
}: {
  fieldNames: readonly string[]
  previous: Readonly<Record<string, unknown>> | undefined
  next: Readonly<Record<string, unknown>>
}): string[] =>
  fieldNames.filter(
    (name) =>
      !workflowFieldNames.has(name) && name in next && !isSameValue(previous?.[name], next[name]),
  )

/** A revision's content as compared for four eyes: what the hooks derive in its entries left out. */
export const comparable = (doc: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(doc).map(([key, value]) => {
      const derived = derivedEntryKeysByList.get(key)
      if (!derived || !Array.isArray(value)) return [key, value]
      return [
        key,
        value.map((row: Record<string, unknown>) =>
          Object.fromEntries(Object.entries(row ?? {}).filter(([inner]) => !derived.has(inner))),
        ),
      ]
    }),
  )

/**
 * What a save does to the review:
 * - `submit` (→ in_review), `approve` (→ approved), `requestChanges` (→ changes_requested);
 * - `edit`: content changed without a new state: the revision goes back to draft;
 * - `withdraw`: the state set back to draft without content changes;
 * - `confirm`: an approval request (`approvedRevision`) on the approved revision itself:
 *   the profile is re-checked against the current sources and confirmed unchanged (one
 *   that carries a content change is refused, as an approval would be);
 * - `none`: only workflow fields (reviewer, interval) changed.
 */
export type ReviewAction =
  'submit' | 'approve' | 'confirm' | 'requestChanges' | 'edit' | 'withdraw' | 'none'

export const reviewActionOf = ({
  previousState,
  requestedState,
  isContentChange,
  isApprovalRequest = false,
}: {
  previousState: ReviewState | undefined
  requestedState: ReviewState | undefined
  isContentChange: boolean
  /** The save names the revision it approves (`approvedRevision`). */
  isApprovalRequest?: boolean
}): ReviewAction => {
  if (isApprovalRequest && requestedState === 'approved' && previousState === 'approved')
    return 'confirm'
  const isStateChange = requestedState !== undefined && requestedState !== previousState
  if (!isStateChange || requestedState === 'draft') {
    if (isContentChange) return 'edit'
    return isStateChange ? 'withdraw' : 'none'
  }
  if (requestedState === 'in_review') return 'submit'
  if (requestedState === 'approved') return 'approve'
  return 'requestChanges'
}

/** The review records that publish a revision: every published version has one. */
export const publicationOutcomes = ['approved', 'confirmed'] as const

/** Stable ids of the review workflow's refusals. */
export type ReviewErrorCode =
  | 'review.not-reviewer'
  | 'review.not-editor'
  | 'review.own-edit'
  | 'review.wrong-state'
  | 'review.comment-required'
  | 'review.error-findings'
  | 'review.submit-error-findings'
  | 'review.publish-without-approval'
  | 'review.revision-missing'
  | 'review.revision-outdated'
  | 'review.restore-as-draft'

/** A refused step: its stable code, why (rendered in the asker's language), the field or the HTTP status. */
export type Refusal = { code: ReviewErrorCode; message: Message; path?: string; status?: number }

/** Who may take each step (editors and admins, or the reviewer role), and what anyone else is told. */
const whoTakes: Record<
  Exclude<ReviewAction, 'none'>,
  { role: 'editor' | 'reviewer'; notAllowed: Message }
> = {
  edit: { role: 'editor', notAllowed: message('review.not-editor.edit', {}) },
  submit: { role: 'editor', notAllowed: message('review.not-editor.submit', {}) },
  withdraw: { role: 'editor', notAllowed: message('review.not-editor.submit', {}) },
  approve: { role: 'reviewer', notAllowed: message('review.not-reviewer.approve', {}) },
  requestChanges: {
    role: 'reviewer',
    notAllowed: message('review.not-reviewer.request-changes', {}),
  },
  confirm: { role: 'reviewer', notAllowed: message('review.not-reviewer.request-changes', {}) },
}

/**
 * Why a person may not take this review step, or `null` when they may. Pure; the
 * error findings are checked by the hook (they need the database).
 * - content edits, submitting and withdrawing: editors (and admins);
 * - approving and requesting changes: the reviewer role only (an admin needs it too),
 *   from `in_review`, never by someone who edited the revision (four eyes), never
 *   together with a content change; requesting changes needs a new comment;
 * - confirming an approved revision unchanged: the reviewer role, never by someone who
 *   edited that revision (`isEditorOfRevision` names the approved revision's editors).
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
  if (action === 'none') return null
  const { role, notAllowed } = whoTakes[action]
  const isEditorStep = role === 'editor'
  const mayTake = isEditorStep
    ? roles.includes('editor') || roles.includes('admin')
    : roles.includes('reviewer')
  if (!mayTake) {
    return { code: isEditorStep ? 'review.not-editor' : 'review.not-reviewer', message: notAllowed }
  }
  if (isEditorStep) return null
  if (action === 'confirm') {
    // As an approval: never by whoever wrote the revision, never together with a change.
    return isEditorOfRevision || isContentChange
      ? { code: 'review.own-edit', message: message('review.own-edit', {}) }
      : null
  }
  // A submitted revision, or the approved one when a re-check finds it out of date.
  const isReviewable =
    previousState === 'in_review' || (action === 'requestChanges' && previousState === 'approved')
  if (!isReviewable) {
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

export type ReviewStepInput = {
  /** The stored latest revision (draft included); `undefined` for a new provider. */
  previous: Provider | undefined
  /** What is being saved (for a restore: the restored version's fields). */
  data: Partial<Provider>
  fieldNames: readonly string[]
  user: { id: string; roles: readonly Role[] }
  /** The save restores an old version (Payload's restore): content becomes a new draft. */
  isRestore: boolean
  /** `approvedRevision` of an approval: the `updatedAt` of the draft the reviewer loaded. */
  approvedRevision: string | undefined
  /**
   * Who edited the approved revision before its approval (the approval record's
   * `editors`): four eyes for a confirmation. Only read when the previous revision is
   * the approved one.
   */
  approvedEditors?: readonly string[]
  now: Date
}

export type ReviewStep =
  | { refusal: Refusal & { status?: number }; action: ReviewAction }
  | { refusal: null; action: ReviewAction; changedFields: string[]; data: Partial<Provider> }

/**
 * The review workflow for one save by a person (pure; docs/decisions/0004): what the
 * save does (submit, approve, request changes, edit, withdraw, nothing), whether this
 * person may do it, and the fields that follow from it:
 * - an edit (a restore included) goes back to draft and adds the person to `editedBy`;
 * - an approval names the draft it approves (`approvedRevision`, else 400; a newer
 *   draft → 409), stamps `updated` with the approval's calendar day in UTC (the date
 *   value Payload stores, `YYYY-MM-DDT00:00:00.000Z`), empties `editedBy` and publishes;
 * - `reviewComment` keeps only the comment given with this step.
 * Error findings, which need the database, are checked by the hook.
 */
export const reviewStep = (input: ReviewStepInput): ReviewStep => {
  const { previous, user } = input
  const data: Partial<Provider> = input.isRestore
    ? {
        ...input.data,
        // A restore brings back content, never the old workflow state.
        reviewState: 'draft',
        reviewComment: null,
        reviewer: previous?.reviewer ?? null,
        reviewIntervalDays: previous?.reviewIntervalDays ?? null,
        updated: previous?.updated ?? null,
        editedBy: previous?.editedBy ?? [],
        _status: 'draft',
      }
    : input.data
  const changedFields = changedContentFields({
    fieldNames: input.fieldNames,
    previous: previous ? comparable({ ...previous }) : undefined,
    next: comparable({ ...data }),
  })
  const isContentChange = changedFields.length > 0 || input.isRestore
  const action = input.isRestore
    ? 'edit'
    : reviewActionOf({
        previousState: previous?.reviewState,
        requestedState: data.reviewState ?? undefined,
        isContentChange,
        isApprovalRequest: input.approvedRevision !== undefined,
      })
  const hasNewComment =
    Boolean(data.reviewComment?.trim()) && !isSameValue(data.reviewComment, previous?.reviewComment)
  const editors = (previous?.editedBy ?? []).map(idOf).filter((id) => id !== null)
  const refusal = refusalOf({
    action,
    roles: user.roles,
    previousState: previous?.reviewState,
    isEditorOfRevision:
      action === 'confirm'
        ? (input.approvedEditors ?? []).includes(user.id)
        : editors.includes(user.id),
    isContentChange,
    hasNewComment,
  })
  if (refusal) return { refusal, action }
  const editedBy = isContentChange && !editors.includes(user.id) ? [...editors, user.id] : editors
  // The step is taken: these fields follow.
  const taken = (fields: Partial<Provider>): ReviewStep => ({
    refusal: null,
    action,
    changedFields,
    data: fields,
  })
  if (action === 'edit') {
    return taken({ ...data, reviewState: 'draft', editedBy, lastEditor: user.id })
  }
  if (action !== 'approve' && action !== 'confirm') {
    const reviewComment =
      action === 'none' || action === 'withdraw'
        ? data.reviewComment
        : hasNewComment
          ? data.reviewComment
          : null
    return taken({
      ...data,
      reviewComment,
      editedBy,
      ...(isContentChange ? { lastEditor: user.id } : {}),
    })
  }
  if (!input.approvedRevision) {
    return {
      action,
      refusal: {
        code: 'review.revision-missing',
        path: 'approvedRevision',
        message: message('review.revision-missing', {}),
      },
    }
  }
  if (previous && input.approvedRevision !== previous.updatedAt) {
    // Two reviewers approving the same revision: the first publishes, the second learns why not.
    const isApprovedMeanwhile =
      previous.reviewState === 'approved' && previous.updatedAt > input.approvedRevision
    return {
      action,
      refusal: {
        code: 'review.revision-outdated',
        status: 409,
        message: isApprovedMeanwhile
          ? message('review.approved-meanwhile', { at: previous.updatedAt })
          : message('review.revision-outdated', {
              approvedRevision: input.approvedRevision,
              latest: previous.updatedAt,
            }),
      },
    }
  }
  return taken({
    ...data,
    reviewComment: hasNewComment ? data.reviewComment : null,
    updated: `${input.now.toISOString().slice(0, 10)}T00:00:00.000Z`,
    editedBy: [],
    _status: 'published',
  })
}
