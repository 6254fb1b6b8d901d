import type { Payload } from 'payload'

import type { User } from '../payload-types'
import type { CategoryInterval } from './effectiveIntervalDays'
import { defaultReviewIntervalDays } from './staleness'

/**
 * The smallest review interval in use: the default (180), the category defaults of the
 * reminder settings and the smallest per-provider `reviewIntervalDays` (one `sort … limit 1`
 * query on the latest versions, without a count). Every provider's own interval is at
 * least this, so a provider updated later than `now - smallest` is not stale.
 *
 * With a `user` the read is made on their behalf (`overrideAccess: false`); without one it
 * is system work (the reminders).
 */
export const smallestIntervalDays = async ({
  payload,
  categoryIntervals,
  user,
}: {
  payload: Payload
  categoryIntervals: readonly CategoryInterval[]
  user?: User | null
}): Promise<number> => {
  const { docs } = await payload.find({
    collection: 'providers',
    draft: true,
    depth: 0,
    where: { reviewIntervalDays: { exists: true } },
    sort: 'reviewIntervalDays',
    limit: 1,
    pagination: false,
    select: { reviewIntervalDays: true },
    ...(user === undefined ? {} : { user, overrideAccess: false }),
  })
  const ownSmallest = docs[0]?.reviewIntervalDays
  return Math.min(
    defaultReviewIntervalDays,
    ...categoryIntervals.map((entry) => entry.days),
    ...(typeof ownSmallest === 'number' ? [ownSmallest] : []),
  )
}
