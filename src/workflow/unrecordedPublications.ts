import type { Payload } from 'payload'

import { idOf } from './idOf'

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
