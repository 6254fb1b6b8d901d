import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  Endpoint,
  PayloadRequest,
} from 'payload'
import { APIError, restoreVersionOperation, ValidationError } from 'payload'

import { idsOf } from '../db/idOf'
import { hasError, readFinding } from '../findings/finding'
import type { Message } from '../i18n/messages'
import { languageOf, message, textFor } from '../i18n/messages'
import { collectProviderFindings } from '../lint/lintProvider'
import type { Provider, Review } from '../payload-types'
import { recordNotices } from '../notices/notices'
import { currentSnapshotsOf, isBaselineOutcome } from '../sources/baselines'
import { recordedAnchorsOf } from '../evidence/recordedAnchors'
import type { ReviewErrorCode } from './review'
import { latestRevisionOf } from './latestRevisions'
import { approvedEditorsOf } from './reviewLog'
import { reviewStep } from './review'
import { approvedRevisionOf, isImport, isRestoringVersion, nowOf } from './saveContext'
import { clearOpenChanges } from '../sources/sourceChanges'

/**
 * How the review workflow is applied to every save of a provider, in the order Payload
 * runs it: `routeProviderSave` (beforeOperation) decides whether the save publishes,
 * `restoreAsDraftEndpoint` makes the admin's restore a draft restore, `applyReviewStep`
 * (beforeChange) applies the pure `reviewStep` and blocks an approval with error
 * findings; `recordReview` (afterChange) writes the review log (`findUnrecordedPublications`
 * in `reviewLog.ts` checks it).
 */

/**
 * A refused workflow step. With a `path` it is a 400 on that field (the admin shows
 * it there); without, a 403 for who may not do it, or the given `status` (409 when
 * the revision changed under the reviewer). The message says why and what to do, in
 * the language of the person asking (`req`); Payload's own words around it ("The
 * following field is invalid") in the admin's language (`req.t`).
 *
 * Unlike the other modules' errors these are Payload's `APIError` and `ValidationError`,
 * not `DeskError` subclasses (docs/decisions/0010): they are thrown inside Payload's
 * operations and answered by Payload, which puts `data` (the `code`, the field of a 400)
 * into the response only for its own classes and logs them by class name.
 */
const reviewError = ({
  code,
  message,
  path,
  status = 403,
  req,
}: {
  code: ReviewErrorCode
  message: Message
  path?: string
  status?: number
  req: Pick<PayloadRequest, 'user' | 'i18n' | 't'>
}): APIError => {
  const text = textFor(req, message)
  return path
    ? new ValidationError({ collection: 'providers', errors: [{ path, message: text }] }, req.t)
    : new APIError(text, status, { code }, true)
}

type SaveArgs = { id?: number | string; data?: Record<string, unknown>; draft?: boolean }

/**
 * Decides, before Payload does, whether a save publishes. Only an approval
 * (`reviewState: "approved"` on a revision that is in review, or with `approvedRevision`
 * on the approved revision itself: a confirmation) publishes: it is saved
 * with `_status: "published"`, its `approvedRevision` goes to `req.context` for the
 * review step. Every other save by a person becomes a new draft revision, so the
 * published (last approved) version stays what the public reads, whatever `?draft=`
 * or `_status` the client sent; an explicit `_status: "published"` outside an
 * approval is refused with 403. A restore must be a draft restore (the REST route
 * of the admin's restore button forces it, `restoreAsDraftEndpoint` below): restoring
 * never publishes or unpublishes. The importer (`isImport`) and system calls without
 * a user save as they ask.
 */
export const routeProviderSave: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  context,
}) => {
  if (operation === 'restoreVersion') {
    if ((args as SaveArgs).draft !== true) {
      throw reviewError({
        code: 'review.restore-as-draft',
        status: 400,
        message: message('review.restore-as-draft', {}),
        req,
      })
    }
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  const saveArgs = args as SaveArgs
  const { approvedRevision, ...data } = saveArgs.data ?? {}
  if (isImport(context) || !req.user) return { ...args, data }
  if (typeof approvedRevision === 'string') req.context.approvedRevision = approvedRevision
  const isSingleUpdate = operation === 'update' && saveArgs.id !== undefined
  const storedState = isSingleUpdate
    ? (await latestRevisionOf({ id: saveArgs.id!, select: { reviewState: true }, req }))
        ?.reviewState
    : undefined
  // An approval of a submitted revision, or the confirmation of the approved one.
  const isApproval =
    storedState === 'in_review' ||
    (storedState === 'approved' && typeof approvedRevision === 'string')
  if (data.reviewState === 'approved' && isApproval) {
    return { ...args, draft: false, data: { ...data, _status: 'published' } }
  }
  if (data._status === 'published') {
    throw reviewError({
      code: 'review.publish-without-approval',
      message: message('review.publish-without-approval', {}),
      req,
    })
  }
  // A new provider is created as a draft with full validation; updates are draft revisions.
  const draft = operation === 'create' ? saveArgs.draft : true
  return { ...args, draft, data: { ...data, _status: 'draft' } }
}

/**
 * `POST /api/providers/versions/:id` (the admin's "restore" button): restores the
 * version as a new draft, whatever `?draft=` says, so a restore never publishes or
 * takes a profile off the site; the restorer becomes an editor of the draft (four
 * eyes). Replaces Payload's own route of that path for providers. (Payload's Local API
 * `restoreVersion` cannot restore as a draft, so `routeProviderSave` refuses it.)
 */
export const restoreAsDraftEndpoint: Endpoint = {
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const result = await restoreVersionOperation({
      id: String(req.routeParams?.id ?? ''),
      collection: req.payload.collections.providers,
      depth: 0,
      draft: true,
      req,
    })
    return Response.json(
      { ...result, message: req.t('version:restoredSuccessfully') },
      { status: 200 },
    )
  },
}

/**
 * The review workflow on every save by a person (docs/decisions/0004-review-workflow.md):
 * `reviewStep` decides what the save does and who may do it; this hook applies it and,
 * for an approval, refuses while the revision has an error finding (listing them). The
 * importer (`isImport`) and system calls without a user pass unchanged.
 */
export const applyReviewStep: CollectionBeforeChangeHook<Provider> = async ({
  collection,
  data,
  originalDoc,
  req,
  context,
}) => {
  const { user } = req
  if (isImport(context) || !user) return data
  const approvedRevision = approvedRevisionOf(context)
  const step = reviewStep({
    previous: originalDoc,
    data,
    fieldNames: collection.flattenedFields.map((field) => field.name),
    user: { id: String(user.id), roles: user.roles ?? [] },
    isRestore: isRestoringVersion(context),
    approvedRevision,
    approvedEditors:
      originalDoc?.reviewState === 'approved' && approvedRevision !== undefined
        ? await approvedEditorsOf({ providerId: String(originalDoc.id), payload: req.payload, req })
        : [],
    now: nowOf(context),
  })
  if (step.refusal) throw reviewError({ ...step.refusal, req })
  const isPublishing = step.action === 'approve' || step.action === 'confirm'
  // Only an approval or a confirmation publishes, whatever `routeProviderSave` let through.
  if (!isPublishing && step.data._status === 'published') {
    throw reviewError({
      code: 'review.publish-without-approval',
      message: message('review.publish-without-approval', {}),
      req,
    })
  }
  if (!isPublishing && step.action !== 'submit') return step.data
  if (isPublishing && data._status !== 'published') {
    throw reviewError({
      code: 'review.wrong-state',
      path: 'reviewState',
      message: message('review.one-at-a-time', {}),
      req,
    })
  }
  // Errors block every step towards the site: submitting, approving and confirming.
  const findings = await collectProviderFindings({
    payload: req.payload,
    providerId: String(originalDoc!.id),
    now: nowOf(context),
    req,
    provider: { ...originalDoc!, ...step.data },
  })
  if (hasError(findings)) {
    const language = languageOf(req)
    const errors = findings
      .filter((finding) => finding.severity === 'error')
      .map((finding) => readFinding(finding, language))
    const code = isPublishing ? 'review.error-findings' : 'review.submit-error-findings'
    throw reviewError({
      code,
      path: 'reviewState',
      message: message(code, {
        count: errors.length,
        findings: errors.map((finding) =>
          finding.value ? `${finding.message} (${finding.value})` : finding.message,
        ),
      }),
      req,
    })
  }
  return step.data
}

// --- The review log (`reviews`): `recordReview` writes a record for every review step and
// import publication in the save's transaction; its reads are in `reviewLog.ts`.

const outcomes: Partial<Record<Provider['reviewState'], Review['outcome']>> = {
  in_review: 'submitted',
  approved: 'approved',
  changes_requested: 'changes_requested',
}

/**
 * Writes the review log: one `reviews` record per submit, approval and request for
 * changes, with who, when, the comment and the revision (the version id Payload just
 * saved), and one `imported` record whenever the importer takes a page over as a draft
 * (docs/decisions/0012). So every published revision has its approval record (checked by
 * `findUnrecordedPublications`). An approval or import also records the snapshot of
 * every cited document it was made against, and an approval clears the profile's open
 * source changes (the reviewer saw the documents as they are now). Same transaction as
 * the save.
 */
export const recordReview: CollectionAfterChangeHook<Provider> = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  const { user } = req
  // A confirmation is the one publication of an approved revision by itself.
  const isConfirmation =
    Boolean(user) &&
    previousDoc?.reviewState === 'approved' &&
    doc.reviewState === 'approved' &&
    doc._status === 'published'
  const outcome: Review['outcome'] | undefined = isImport(context)
    ? 'imported'
    : isConfirmation
      ? 'confirmed'
      : outcomes[doc.reviewState]
  const isStep =
    isImport(context) || isConfirmation || (user && previousDoc?.reviewState !== doc.reviewState)
  if (!outcome || !isStep) return doc
  const { docs: versions } = await req.payload.findVersions({
    collection: 'providers',
    where: { parent: { equals: doc.id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    select: { updatedAt: true },
    overrideAccess: true,
    req,
  })
  const editors =
    outcome === 'approved'
      ? idsOf(previousDoc?.editedBy)
      : outcome === 'confirmed'
        ? await approvedEditorsOf({ providerId: String(doc.id), payload: req.payload, req })
        : null
  const reviewedAt = nowOf(context).toISOString()
  await req.payload.create({
    collection: 'reviews',
    data: {
      provider: doc.id,
      version: versions[0]?.id ? String(versions[0].id) : `${doc.id}@${doc.updatedAt}`,
      reviewer: user?.id ?? null,
      outcome,
      comment: doc.reviewComment ?? null,
      reviewedAt,
      ...(isBaselineOutcome(outcome)
        ? {
            snapshots: await currentSnapshotsOf({ doc, req }),
            anchors: recordedAnchorsOf(doc.evidence),
          }
        : {}),
      ...(editors ? { editors } : {}),
    },
    // The log is closed to everyone (access `() => false`); only this hook writes it.
    overrideAccess: true,
    req,
  })
  if (outcome === 'submitted' || outcome === 'changes_requested' || outcome === 'approved') {
    await recordNotices({ kind: outcome, doc, previousDoc, occurredAt: reviewedAt, req })
    // A hand-off: whoever opens the profile next is not stopped by the sender's lock.
    await req.payload.delete({
      collection: 'payload-locked-documents',
      where: {
        and: [
          { 'document.relationTo': { equals: 'providers' } },
          { 'document.value': { equals: doc.id } },
        ],
      },
      overrideAccess: true,
      req,
    })
  }
  if (outcome === 'approved' || outcome === 'confirmed') {
    // The reviewer approved this revision against the documents as they are now.
    await clearOpenChanges({
      payload: req.payload,
      providerId: String(doc.id),
      at: reviewedAt,
      req,
    })
  }
  return doc
}
