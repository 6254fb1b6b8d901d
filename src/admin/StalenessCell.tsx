import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

import { loadCategoryIntervals, providerStalenessOf } from '../reminders/staleness'
import { stalenessText } from './stalenessText'
import { adminTexts } from '../i18n/admin/adminTexts'

/** One read of the reminder settings per admin request, however many rows the list has. */
const categoryIntervalsOf = cache((payload: Payload) => loadCategoryIntervals({ payload }))

const colors = {
  stale: 'var(--theme-error-500)',
  'due-soon': 'var(--theme-warning-650, var(--theme-warning-500))',
  fresh: 'var(--theme-success-650, var(--theme-success-500))',
  'never-reviewed': 'var(--theme-elevation-500)',
} as const

/**
 * List cell of the `staleness` column: days until the profile is due for review
 * ("noch 40 Tage", "fällig in 3 Tagen", "überfällig (seit 5 Tagen)"), from `updated`
 * and the interval that applies (own, category default, 180). A server component.
 */
export const StalenessCell = async ({
  rowData,
  payload,
  i18n,
}: DefaultServerCellComponentProps) => {
  // Payload also renders cells without a row (e.g. to measure the column); nothing to show then.
  if (!rowData) return null
  const categoryIntervals = await categoryIntervalsOf(payload)
  const staleness = providerStalenessOf({
    provider: {
      updated: typeof rowData.updated === 'string' ? rowData.updated : null,
      reviewIntervalDays:
        typeof rowData.reviewIntervalDays === 'number' ? rowData.reviewIntervalDays : null,
      category: typeof rowData.category === 'string' ? rowData.category : null,
    },
    categoryIntervals,
    now: new Date(),
  })
  const texts = adminTexts(i18n.language)
  return (
    <span
      className={`staleness-cell staleness-cell--${staleness.state}`}
      data-staleness={staleness.state}
      style={{
        color: colors[staleness.state],
        fontWeight: staleness.state === 'stale' ? 600 : undefined,
      }}
      title={staleness.staleOn ?? undefined}
    >
      {stalenessText({ staleness, texts })}
    </span>
  )
}
