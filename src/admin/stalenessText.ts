import type { Staleness } from '../reminders/staleness'
import type { AdminTexts } from '../i18n/admin/adminTexts'

/** "noch 40 Tage", "fällig in 3 Tagen", "heute fällig", "überfällig (seit 5 Tagen)", "nie geprüft". */
export const stalenessText = ({
  staleness,
  texts,
}: {
  staleness: Pick<Staleness, 'state' | 'daysLeft'>
  texts: AdminTexts
}): string => {
  const { state, daysLeft } = staleness
  if (state === 'never-reviewed' || daysLeft === null) return texts.neverReviewed
  if (state === 'stale') return texts.overdue(-daysLeft)
  if (state === 'due-soon') return daysLeft === 0 ? texts.dueToday : texts.dueIn(daysLeft)
  return texts.daysLeft(daysLeft)
}
