import type { CategoryInterval } from './effectiveIntervalDays'
import type { Staleness } from './staleness'
import { effectiveIntervalDays } from './effectiveIntervalDays'
import { stalenessOf } from './staleness'

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
