import type { CollectionAfterChangeHook } from 'payload'

import type { Provider, Review } from '../src/payload-types'
import { isImport, nowOf } from '../src/workflow/contextFlags'

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
 * `findUnrecordedPublications`). Same transaction as the save.
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
  await req.payload.create({
    collection: 'reviews',
    data: {
      provider: doc.id,
      version: versions[0]?.id ? String(versions[0].id) : `${doc.id}@${doc.updatedAt}`,
      reviewer: user?.id ?? null,
      outcome,
      comment: doc.reviewComment ?? null,
      reviewedAt: nowOf(context).toISOString(),
    },
    // The log is closed to everyone (access `() => false`); only this hook writes it.
    overrideAccess: true,
    req,
  })
  return doc
}
