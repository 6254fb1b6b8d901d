import type { Payload, PayloadRequest } from 'payload'

import { publicationOutcomes } from './review'

/**
 * Reads of the review log (`reviews`) that the workflow and its notices share. The log is
 * written by `recordReview` (`hooks.ts`) only.
 */

/** The user ids a review record's `editors` holds (a JSON list of ids). */
export const editorsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []

/**
 * Who edited the approved revision before it was approved: the `editors` its newest
 * approval (or confirmation) record keeps. Four eyes for a confirmation, and the people
 * told when a re-check sends the approved revision back.
 */
export const approvedEditorsOf = async ({
  providerId,
  payload,
  req,
}: {
  providerId: string
  payload: Payload
  req?: PayloadRequest
}): Promise<string[]> => {
  const { docs } = await payload.find({
    collection: 'reviews',
    where: {
      and: [{ provider: { equals: providerId } }, { outcome: { in: [...publicationOutcomes] } }],
    },
    sort: '-reviewedAt',
    limit: 1,
    depth: 0,
    select: { editors: true },
    overrideAccess: true,
    req,
  })
  return editorsOf(docs[0]?.editors)
}
