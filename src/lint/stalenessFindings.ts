import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
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
        message: `The profile was last approved on ${updated} and has been due for review since ${staleness.staleOn}. Check its sources again and approve a new revision.`,
        field: 'updated',
        value: updated,
      }),
    ]
  }
  if (staleness.state === 'due-soon') {
    return [
      makeFinding({
        code: 'provider.due-soon',
        message: `The profile was last approved on ${updated} and is due for review on ${staleness.staleOn} (in ${staleness.daysLeft} days).`,
        field: 'updated',
        value: updated,
      }),
    ]
  }
  return []
}
