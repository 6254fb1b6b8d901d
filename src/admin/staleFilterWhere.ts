import type { Where } from 'payload'

import type { CategoryInterval } from '../reminders/staleness'
import { addDays, isoDay, providerStalenessOf } from '../reminders/staleness'

export type StaleCandidate = {
  id: string
  updated?: string | null
  reviewIntervalDays?: number | null
  category?: string | null
}

/** Above this many stale providers the id list would make the link too long. */
export const maxStaleIds = 200

/**
 * The list query for "stale": the ids of the providers whose own interval (or their
 * category's, else 180 days) has passed, so per-provider intervals count exactly.
 * With more than `maxStaleIds` of them it falls back to `updated` before today minus
 * the smallest interval in use, which may list a few that are not stale yet.
 */
export const staleFilterWhere = ({
  providers,
  categoryIntervals,
  now,
}: {
  providers: readonly StaleCandidate[]
  categoryIntervals: readonly CategoryInterval[]
  now: Date
}): Where => {
  const stale = providers.filter(
    (provider) => providerStalenessOf({ provider, categoryIntervals, now }).state === 'stale',
  )
  if (stale.length <= maxStaleIds) return { id: { in: stale.map((provider) => provider.id) } }
  const smallest = Math.min(
    ...providers.map(
      (provider) => providerStalenessOf({ provider, categoryIntervals, now }).intervalDays,
    ),
  )
  return { updated: { less_than: addDays(isoDay(now.getTime()), -smallest) } }
}
