import { maxAttempts } from './retryPolicy'

/**
 * Which outbox entries a run retries now. An entry is retryable while it is not sent, not rejected
 * permanently and below `maxAttempts`; it is due when its `nextAttemptAt` has come. A `null`
 * `nextAttemptAt` (written before the first send, then interrupted) is due at once, and so is an unparsable one (it must not block the entry forever). Input order is kept.
 */

export type OutboxEntryState = {
  status: 'pending' | 'sent' | 'failed'
  /** ISO timestamp or Date; `null` when no attempt was scheduled. */
  nextAttemptAt: string | Date | null
  attempts: number
  permanent: boolean
}

export const isRetryable = (args: { entry: OutboxEntryState }): boolean => {
  const { entry } = args
  return entry.status !== 'sent' && !entry.permanent && entry.attempts < maxAttempts
}

export const selectDue = <T extends OutboxEntryState>(args: { entries: T[]; now: Date }): T[] =>
  args.entries.filter((entry) => {
    if (!isRetryable({ entry })) return false
    if (entry.nextAttemptAt === null) return true
    const dueMs = new Date(entry.nextAttemptAt).getTime()
    return Number.isNaN(dueMs) || dueMs <= args.now.getTime()
  })
