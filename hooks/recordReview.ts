import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Provider, Review } from '../src/payload-types'
import { normalizedUrl } from '../src/sources/normalizedUrl'
import { isImport, nowOf } from '../src/workflow/contextFlags'
import { idOf } from '../src/workflow/idOf'

/**
 * The current snapshot (text hash) of every document the revision cites, as the
 * approval records it: what the reviewer approved the profile against.
 */
const approvedSnapshots = async ({ doc, req }: { doc: Provider; req: PayloadRequest }) => {
  const sourceIds = [
    ...new Set(
      [...(doc.citations ?? []), ...(doc.audits ?? [])].flatMap(
        (entry) => idOf(entry.source) ?? [],
      ),
    ),
  ]
  // The vendor pages that link a cited third-party document are watched too.
  const linkingPages = [
    ...new Set(
      [...(doc.citations ?? []), ...(doc.audits ?? [])].flatMap((entry) =>
        entry.verdict === 'linked' ? (normalizedUrl(entry.linkedFrom) ?? []) : [],
      ),
    ),
  ]
  if (sourceIds.length + linkingPages.length === 0) return []
  const { docs: sources } = await req.payload.find({
    collection: 'sources',
    where: {
      and: [
        { or: [{ id: { in: sourceIds } }, { url: { in: linkingPages } }] },
        { snapshot: { exists: true } },
      ],
    },
    pagination: false,
    depth: 1,
    select: { url: true, snapshot: true },
    populate: { snapshots: { textHash: true } },
    overrideAccess: true,
    req,
  })
  return sources.flatMap((source) =>
    source.snapshot && typeof source.snapshot === 'object'
      ? [{ source: String(source.id), url: source.url, textHash: source.snapshot.textHash }]
      : [],
  )
}

const outcomes: Partial<Record<Provider['reviewState'], Review['outcome']>> = {
  in_review: 'submitted',
  approved: 'approved',
  changes_requested: 'changes_requested',
}

/**
 * Writes the review log: one `reviews` record per submit, approval and request for
 * changes, with who, when, the comment and the revision (the version id Payload just
 * saved), and one `imported` record whenever the importer publishes a page as it
 * stands on the site. So every published revision has its record (checked by
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
  const outcome: Review['outcome'] | undefined = isImport(context)
    ? doc._status === 'published'
      ? 'imported'
      : undefined
    : outcomes[doc.reviewState]
  const isStep = isImport(context) || (user && previousDoc?.reviewState !== doc.reviewState)
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
  const isPublication = outcome === 'approved' || outcome === 'imported'
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
      ...(isPublication ? { snapshots: await approvedSnapshots({ doc, req }) } : {}),
    },
    // The log is closed to everyone (access `() => false`); only this hook writes it.
    overrideAccess: true,
    req,
  })
  if (outcome === 'approved') {
    // The reviewer approved this revision against the documents as they are now.
    await req.payload.update({
      collection: 'sourceChanges',
      where: { and: [{ provider: { equals: doc.id } }, { clearedAt: { exists: false } }] },
      data: { clearedAt: reviewedAt },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  return doc
}
