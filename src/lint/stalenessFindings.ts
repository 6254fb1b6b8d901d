import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import { message } from '../i18n/messages'
import { stalenessOf } from '../reminders/staleness'

/**
 * `provider.stale` once `updated + reviewIntervalDays` has passed, `provider.due-soon`
 * within the last 14 days before that; nothing for a fresh or never-approved profile.
 */
export const stalenessFindings = (args: {
  updated: string | null | undefined
  reviewIntervalDays?: number | null
  now: Date
}): Finding[] => {
  const staleness = stalenessOf(args)
  const updated = args.updated ?? ''
  if (staleness.state === 'stale') {
    return [
      makeFinding({
        code: 'provider.stale',
        message: message('provider.stale', { updated, staleOn: staleness.staleOn ?? '' }),
        field: 'updated',
        value: updated,
      }),
    ]
  }
  if (staleness.state === 'due-soon') {
    return [
      makeFinding({
        code: 'provider.due-soon',
        message: message('provider.due-soon', {
          updated,
          staleOn: staleness.staleOn ?? '',
          daysLeft: staleness.daysLeft ?? 0,
        }),
        field: 'updated',
        value: updated,
      }),
    ]
  }
  return []
}
