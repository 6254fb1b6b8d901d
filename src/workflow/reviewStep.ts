import type { Role } from '../access/roles'
import { message } from '../i18n/messages'
import type { Provider } from '../payload-types'
import type { ReviewAction } from './reviewActionOf'
import type { Refusal } from './refusalOf'
import { changedContentFields, isSameValue } from './changedContentFields'
import { idOf } from './idOf'
import { refusalOf } from './refusalOf'
import { reviewActionOf } from './reviewActionOf'
import { utcDay } from './utcDay'

/** Fields inside citations and audits that the hooks derive: never an edit. */
const derivedEntryKeys: ReadonlySet<string> = new Set([
  'verdict',
  'verdictReason',
  'findings',
  'source',
])

const entryListFields: ReadonlySet<string> = new Set(['citations', 'audits'])

/** A revision's content as compared for four eyes: derived verdicts left out. */
const comparable = (doc: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(doc).map(([key, value]) => [
      key,
      entryListFields.has(key) && Array.isArray(value)
        ? value.map((row: Record<string, unknown>) =>
            Object.fromEntries(
              Object.entries(row ?? {}).filter(([inner]) => !derivedEntryKeys.has(inner)),
            ),
          )
        : value,
    ]),
  )

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
 *   draft → 409), stamps `updated`, empties `editedBy` and publishes;
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
      })
  const hasNewComment =
    Boolean(data.reviewComment?.trim()) && !isSameValue(data.reviewComment, previous?.reviewComment)
  const editors = (previous?.editedBy ?? []).map(idOf).filter((id) => id !== null)
  const refusal = refusalOf({
    action,
    roles: user.roles,
    previousState: previous?.reviewState,
    isEditorOfRevision: editors.includes(user.id),
    isContentChange,
    hasNewComment,
  })
  if (refusal) return { refusal, action }
  const editedBy = isContentChange && !editors.includes(user.id) ? [...editors, user.id] : editors
  if (action === 'edit')
    return {
      refusal: null,
      action,
      changedFields,
      data: { ...data, reviewState: 'draft', editedBy },
    }
  if (action !== 'approve') {
    const reviewComment =
      action === 'none' || action === 'withdraw'
        ? data.reviewComment
        : hasNewComment
          ? data.reviewComment
          : null
    return { refusal: null, action, changedFields, data: { ...data, reviewComment, editedBy } }
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
    return {
      action,
      refusal: {
        code: 'review.revision-outdated',
        status: 409,
        message: message('review.revision-outdated', {
          approvedRevision: input.approvedRevision,
          latest: previous.updatedAt,
        }),
      },
    }
  }
  return {
    refusal: null,
    action,
    changedFields,
    data: {
      ...data,
      reviewComment: hasNewComment ? data.reviewComment : null,
      updated: utcDay(input.now),
      editedBy: [],
      _status: 'published',
    },
  }
}
