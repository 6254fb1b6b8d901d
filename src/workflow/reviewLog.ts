import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../db/idOf'
import { publicationOutcomes } from './review'

/**
 * Reads of the review log (`reviews`): who edited the approved revision (for the workflow
 * and its notices), and the check that every publication has its record. The log is
 * written by `recordReview` (`hooks.ts`) only.
 */

/** The user ids a review record's `editors` holds (a JSON list of ids). */
export const editorsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []

/**
 * The newest record that published a revision of the profile (an approval or a
 * confirmation): the approved version it names and who edited it before; `null` when the
 * profile was never approved.
 */
export const newestApprovalOf = async ({
  providerId,
  payload,
  req,
}: {
  providerId: string
  payload: Payload
  req?: PayloadRequest
}) => {
  const { docs } = await payload.find({
    collection: 'reviews',
    where: {
      and: [{ provider: { equals: providerId } }, { outcome: { in: [...publicationOutcomes] } }],
    },
    sort: '-reviewedAt',
    limit: 1,
    depth: 0,
    select: { version: true, editors: true },
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/**
 * Who edited the approved revision before it was approved: the `editors` its newest
 * approval (or confirmation) record keeps. Four eyes for a confirmation, and the people
 * told when a re-check sends the approved revision back.
 */
export const approvedEditorsOf = async (args: {
  providerId: string
  payload: Payload
  req?: PayloadRequest
}): Promise<string[]> => editorsOf((await newestApprovalOf(args))?.editors)

export type UnrecordedPublication = { providerId: string; slug: string; versionId: string }

/**
 * Published revisions that have no record of the approval that published them: what a
 * crash half-way through an approval would leave behind if approvals were not atomic.
 * Two narrow reads: the newest published version of every provider, and the versions the
 * review log names. Reported at start and by `provider-desk lint`.
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
      where: { outcome: { in: [...publicationOutcomes] } },
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
