import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../idOf'
import { writeInPlace } from '../writeInPlace'

/**
 * Frozen for migration `20261207_034912_team_week` and its MongoDB twin
 * (`src/db/mongoMigrations.ts`): an import is no approval (docs/decisions/0012), so every
 * publication without an approval record ('approved' or 'confirmed' in the review log)
 * becomes a draft ("übernommen, ungeprüft") with its content unchanged, written in place
 * (no new revision, no hooks). Running it again finds nothing left to withdraw.
 *
 * Why frozen: a migration must do the same thing on every database it ever meets, so it
 * does not call the live workflow (`src/workflow/`), whose outcomes and checks move on.
 * Never edit this file to follow the live code; a new meaning is a new migration.
 */
export const withdrawUnapprovedPublications = async ({
  payload,
  req,
}: {
  payload: Payload
  req?: Partial<PayloadRequest>
}): Promise<void> => {
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
      where: { outcome: { in: ['approved', 'confirmed'] } },
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
  for (const provider of published) {
    const versionId = newest.get(provider.id)
    if (!versionId || recorded.has(versionId)) continue
    await writeInPlace({
      payload,
      id: provider.id,
      data: { _status: 'draft', reviewState: 'draft' },
      req,
    })
  }
}
