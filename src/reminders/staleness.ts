/**
 * When a provider profile needs a review: its staleness from `updated` and the interval
 * that applies to it (its own, its category's, else 180 days), as pure date arithmetic on
 * UTC calendar days; and the two reads the intervals need (the reminder settings'
 * category defaults, the smallest interval in use). The reminders, the lint and the
 * admin's list all judge by this module.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { User } from '../payload-types'

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

// --- The interval that applies

/**
 * The review interval that applies to one provider: its own `reviewIntervalDays` when set, else its
 * category's default from the reminder settings, else `defaultReviewIntervalDays` (180). Pure.
 *
 * Categories are a free-text field, so they are compared trimmed and case-insensitively
 * ("E-Mail" matches "e-mail "). When a category is listed twice, the first entry wins.
 */

export type CategoryInterval = {
  category: string
  days: number
}

const categoryKey = (category: string): string => category.trim().toLocaleLowerCase('de')

export const effectiveIntervalDays = (args: {
  reviewIntervalDays: number | null | undefined
  category: string | null | undefined
  categoryIntervals: CategoryInterval[]
}): number => {
  const { reviewIntervalDays, category, categoryIntervals } = args
  if (typeof reviewIntervalDays === 'number' && reviewIntervalDays > 0) return reviewIntervalDays
  if (category) {
    const key = categoryKey(category)
    const match = categoryIntervals.find((entry) => categoryKey(entry.category) === key)
    if (match && match.days > 0) return match.days
  }
  return defaultReviewIntervalDays
}

export type ProviderStaleness = Staleness & {
  /** The interval that applies: the provider's own, its category's default, else 180. */
  intervalDays: number
}

/**
 * Staleness of one provider as the reminders see it: `updated` plus the interval that
 * applies to it (`effectiveIntervalDays`, category defaults included). Pure.
 */
export const providerStalenessOf = ({
  provider,
  categoryIntervals,
  now,
}: {
  provider: {
    updated?: string | null
    reviewIntervalDays?: number | null
    category?: string | null
  }
  categoryIntervals: readonly CategoryInterval[]
  now: Date
}): ProviderStaleness => {
  const intervalDays = effectiveIntervalDays({
    reviewIntervalDays: provider.reviewIntervalDays,
    category: provider.category,
    categoryIntervals: [...categoryIntervals],
  })
  return {
    ...stalenessOf({ updated: provider.updated, reviewIntervalDays: intervalDays, now }),
    intervalDays,
  }
}

// --- The scan: which profiles can be due at all

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

// --- The category defaults, from the reminder settings

/**
 * The review interval per category from the reminder settings. A system read (the
 * settings are admin-only to edit, but they apply to everyone's staleness).
 */
export const loadCategoryIntervals = async ({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<CategoryInterval[]> => {
  const settings = await payload.findGlobal({
    slug: 'reminder-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (settings.categoryIntervals ?? []).map(({ category, days }) => ({ category, days }))
}
