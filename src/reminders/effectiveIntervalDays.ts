import { defaultReviewIntervalDays } from './staleness'

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

export const categoryKey = (category: string): string => category.trim().toLocaleLowerCase('de')

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
