/** Staleness of a provider profile: pure date arithmetic on UTC calendar days. */

export const defaultReviewIntervalDays = 180
export const dueSoonDays = 14

export type StalenessState = 'fresh' | 'due-soon' | 'stale' | 'never-reviewed'

export type Staleness = {
  state: StalenessState
  /** Days until the profile goes stale; negative when it is overdue. `null` when never reviewed. */
  daysLeft: number | null
  /**
   * The ISO date (YYYY-MM-DD) `updated + reviewIntervalDays`: the last day the profile still counts as
   * reviewed (`daysLeft` 0, due soon). From the next day on it is stale. `null` when never reviewed.
   */
  staleOn: string | null
}

const dayMs = 86_400_000

/** Parses `YYYY-MM-DD` (or a full ISO timestamp) to the UTC midnight of that calendar day. */
export const toUtcDay = (value: string | Date): number => {
  const date = typeof value === 'string' ? new Date(value.slice(0, 10) + 'T00:00:00Z') : value
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`)
  return Math.floor(date.getTime() / dayMs) * dayMs
}

export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

export const addDays = (day: string, days: number): string => isoDay(toUtcDay(day) + days * dayMs)

export const stalenessOf = (args: {
  updated: string | null | undefined
  reviewIntervalDays?: number | null
  now: Date
}): Staleness => {
  if (!args.updated) return { state: 'never-reviewed', daysLeft: null, staleOn: null }
  const interval = args.reviewIntervalDays ?? defaultReviewIntervalDays
  const staleOnMs = toUtcDay(args.updated) + interval * dayMs
  const daysLeft = Math.round((staleOnMs - toUtcDay(args.now)) / dayMs)
  const state: StalenessState =
    daysLeft < 0 ? 'stale' : daysLeft <= dueSoonDays ? 'due-soon' : 'fresh'
  return { state, daysLeft, staleOn: isoDay(staleOnMs) }
}
