import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { idOf } from '../db/idOf'
import type { Provider, Review } from '../payload-types'
import { normalizedUrl } from '../sources/vendors'
import { isImport, nowOf } from './review'

/**
 * The review log (`reviews`): `recordReview` writes a record for every review step and
 * import publication in the save's transaction; `findUnrecordedPublications` finds a
 * published revision without one (at start and in `provider-desk lint`).
 */

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

export type UnrecordedPublication = { providerId: string; slug: string; versionId: string }

/**
 * Published revisions that have no record of the approval (or import) that published
 * them: what a crash half-way through an approval would leave behind if approvals were
 * not atomic. Two narrow reads: the newest published version of every provider, and
 * the versions the review log names. Reported at start and by `provider-desk lint`.
 */
export const findUnrecordedPublications = async (
  payload: Payload,
): Promise<UnrecordedPublication[]> => {
  const [{ docs: published }, { docs: versions }, { docs: reviews }] = await Promise.all([
    payload.find({
      collection: 'providers',
      where: { _status: { equals: 'published' } },
      draft: false,
      pagination: false,
      depth: 0,
      select: { slug: true },
    }),
    payload.findVersions({
      collection: 'providers',
      where: { 'version._status': { equals: 'published' } },
      sort: '-updatedAt',
      pagination: false,
      depth: 0,
      select: { parent: true, updatedAt: true },
    }),
    payload.find({
      collection: 'reviews',
      where: { outcome: { in: ['approved', 'imported'] } },
      pagination: false,
      depth: 0,
      select: { version: true },
    }),
  ])
  const newest = new Map<string, string>()
  for (const version of versions) {
    const parent = idOf(version.parent)
    if (parent && !newest.has(parent)) newest.set(parent, version.id)
  }
  const recorded = new Set(reviews.map((review) => review.version))
  return published.flatMap((provider) => {
    const versionId = newest.get(provider.id)
    return versionId && !recorded.has(versionId)
      ? [{ providerId: provider.id, slug: provider.slug, versionId }]
      : []
  })
}
