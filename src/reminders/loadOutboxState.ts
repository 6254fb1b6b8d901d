import type { Payload } from 'payload'

import type { Reminder } from '../payload-types'
import { inBatches } from './inBatches'
import type { ChangePair, MailedPair, PendingPair } from './planDigests'
import { defaultSuppressDays } from './planDigests'
import { addDays, isoDay, toUtcDay } from './staleness'
import { idOf } from '../db/idOf'

/**
 * What the outbox says about (recipient, provider) pairs before a scan:
 * - `recentlyMailed`: pairs of digests the SMTP server accepted within the suppression window, and pairs
 *   of digests it rejected permanently (5xx) in that window, dated by their period. A rejected mailbox
 *   therefore gets at most one attempt per window (each one visible in the admin) instead of one per run.
 * - `inFlight`: pairs of entries still being retried (status `pending`).
 * The window is read one day wider than `suppressDays`; `planDigests` applies the exact rule.
 *
 * And about (recipient, source change) pairs, for the open changes `sourceChangeIds` names:
 * - `changesMailed`: pairs of entries the SMTP server accepted, at any time (a change is mailed once).
 *   Read by change id (the relation's index), not by date, so the query stays small however old the
 *   outbox is.
 * - `changesInFlight`: pairs of entries still being retried, from the same read as `inFlight`.
 * Failed entries (rejected for good, or given up after the last attempt) hold no change back: it goes
 * into the next digest instead of being lost.
 *
 * Every read selects only the relations, dates and status it needs, never the mails' text or HTML.
 *
 * System work on behalf of no person: the Local API's default `overrideAccess: true` is intended.
 */

export type OutboxState = {
  recentlyMailed: MailedPair[]
  inFlight: PendingPair[]
  changesMailed: ChangePair[]
  changesInFlight: ChangePair[]
}

const pairsOf = (entry: Pick<Reminder, 'recipient' | 'providers'>): PendingPair[] => {
  const recipientId = idOf(entry.recipient)
  if (!recipientId) return []
  return (entry.providers ?? []).flatMap((provider) => {
    const providerId = idOf(provider)
    return providerId ? [{ recipientId, providerId }] : []
  })
}

const changePairsOf = (entry: Pick<Reminder, 'recipient' | 'sourceChanges'>): ChangePair[] => {
  const recipientId = idOf(entry.recipient)
  if (!recipientId) return []
  return (entry.sourceChanges ?? []).flatMap((change) => {
    const changeId = idOf(change)
    return changeId ? [{ recipientId, changeId }] : []
  })
}

const select = { recipient: true, providers: true, sentAt: true, period: true } as const

const loadChangesMailed = async (args: {
  payload: Payload
  sourceChangeIds: string[]
}): Promise<ChangePair[]> => {
  const pairs: ChangePair[] = []
  for (const batch of inBatches([...new Set(args.sourceChangeIds)])) {
    const sent = await args.payload.find({
      collection: 'reminders',
      depth: 0,
      pagination: false,
      where: {
        and: [{ status: { equals: 'sent' } }, { sourceChanges: { in: batch } }],
      },
      select: { recipient: true, sourceChanges: true },
    })
    pairs.push(...sent.docs.flatMap(changePairsOf))
  }
  return pairs
}

export const loadOutboxState = async (args: {
  payload: Payload
  now: Date
  suppressDays?: number
  /** The open source changes of this run; their mailed pairs are looked up. */
  sourceChangeIds?: string[]
}): Promise<OutboxState> => {
  const { payload, now, suppressDays = defaultSuppressDays, sourceChangeIds = [] } = args
  const sinceDay = addDays(isoDay(toUtcDay(now)), -(suppressDays + 1))
  const sent = await payload.find({
    collection: 'reminders',
    depth: 0,
    pagination: false,
    where: {
      and: [
        { status: { equals: 'sent' } },
        { sentAt: { greater_than_equal: `${sinceDay}T00:00:00.000Z` } },
      ],
    },
    select,
  })
  const rejected = await payload.find({
    collection: 'reminders',
    depth: 0,
    pagination: false,
    where: {
      and: [
        { status: { equals: 'failed' } },
        { isPermanent: { equals: true } },
        { period: { greater_than_equal: sinceDay } },
      ],
    },
    select,
  })
  const pending = await payload.find({
    collection: 'reminders',
    depth: 0,
    pagination: false,
    where: { status: { equals: 'pending' } },
    select: { ...select, sourceChanges: true },
  })
  type Row = Pick<Reminder, 'recipient' | 'providers' | 'sentAt' | 'period'>
  const mailed = (entries: Row[], dateOf: (entry: Row) => string | null | undefined) =>
    entries.flatMap((entry) => {
      const sentAt = dateOf(entry)
      return sentAt ? pairsOf(entry).map((pair) => ({ ...pair, sentAt })) : []
    })
  return {
    recentlyMailed: [
      ...mailed(sent.docs, (entry) => entry.sentAt),
      ...mailed(rejected.docs, (entry) => (entry.period ? `${entry.period}T00:00:00.000Z` : null)),
    ],
    inFlight: pending.docs.flatMap(pairsOf),
    changesMailed: await loadChangesMailed({ payload, sourceChangeIds }),
    changesInFlight: pending.docs.flatMap(changePairsOf),
  }
}
