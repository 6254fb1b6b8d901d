import { dueSoonDays, toUtcDay } from './staleness'

const dayMs = 86_400_000

/**
 * The latest `updated` day a provider can have and still be stale or due soon on `now`'s day, given the
 * smallest review interval in use: `now - (smallestIntervalDays - dueSoonDays)`. Every provider with a
 * later `updated` is fresh whatever its own interval, so the scan asks the database only for
 * `updated <= cutoff` (an indexed range) and re-checks each hit with its own interval. Pure.
 *
 * Returned as the last instant of that UTC day, so a timestamp stored later on the day still matches.
 */
export const scanCutoff = (args: { now: Date; smallestIntervalDays: number }): Date => {
  const cutoffDay = toUtcDay(args.now) - (args.smallestIntervalDays - dueSoonDays) * dayMs
  return new Date(cutoffDay + dayMs - 1)
}
