import { createHash } from 'node:crypto'

import { addDays, isoDay, stalenessOf, toUtcDay } from './staleness'

/**
 * Plans the staleness digests of one run: who gets which providers. Pure: no I/O, the clock is `now`.
 *
 * Decisions:
 * - Only `stale` and `due-soon` providers are mailed. `fresh` ones and ones that were never reviewed
 *   (`updated` empty) are ignored: a profile without any approval is still a draft, and the editorial
 *   workflow (not a reminder) is what gets it reviewed.
 * - A provider goes to its reviewer. With no reviewer, or a reviewer id that is not among `users`, it goes
 *   to every admin. An admin who also reviews gets one digest with both. With no admin at all such a
 *   provider reaches nobody; its id is returned in `unrouted` so the caller can log it.
 * - Suppression works on UTC calendar days, not on milliseconds, so a daily job that runs a few seconds
 *   earlier than last week does not push a mail to the next day: a pair (recipient, provider) accepted by
 *   SMTP on day D is skipped on days D … D+suppressDays-1 and mailed again from D+suppressDays on (with
 *   the default 7: sent on the 23rd, skipped up to the 29th, mailed again on the 30th). A `sentAt` after
 *   `now` (a run with an earlier `--now`) also suppresses.
 * - `inFlight` lists pairs that sit in an outbox entry which is still being retried. They are left out
 *   (counted in `deferred`), so a retry and a new digest never deliver the same provider twice.
 * - The period is the ISO day of `now` (UTC): a run repeated on the same day plans the same digests with
 *   the same idempotency keys, and the next day yields new keys.
 */

export type Language = 'de' | 'en'

export type CandidateProvider = {
  id: string
  slug: string
  name: string
  updated: string | null
  reviewIntervalDays: number | null
  reviewerId: string | null
}

export type DigestUser = {
  id: string
  email: string
  name?: string | null
  roles: string[]
  language: Language
}

export type MailedPair = {
  recipientId: string
  providerId: string
  /** When the SMTP server accepted the mail (ISO timestamp). */
  sentAt: string
}

export type PendingPair = {
  recipientId: string
  providerId: string
}

type DigestEntryBase = {
  id: string
  slug: string
  name: string
  /** ISO day of the last approval. */
  updated: string
  /** ISO day `updated + reviewIntervalDays`; stale from the day after. */
  staleOn: string
  /** True when the provider has no (existing) reviewer and reached this recipient as an admin. */
  isUnassigned: boolean
}

export type DigestEntry =
  | (DigestEntryBase & { state: 'stale'; /** ≥ 1 */ daysOverdue: number })
  | (DigestEntryBase & { state: 'due-soon'; /** 0 … dueSoonDays */ daysLeft: number })

export type Digest = {
  recipientId: string
  to: string
  recipientName: string | null
  language: Language
  /** Most overdue first, then by slug. */
  providers: DigestEntry[]
  /** sha256 hex of recipient, sorted provider ids and period. */
  idempotencyKey: string
  /** ISO day (UTC) of `now`. */
  period: string
}

export type DigestPlan = {
  digests: Digest[]
  /** (recipient, provider) pairs left out because they were mailed within `suppressDays`. */
  skipped: number
  /** (recipient, provider) pairs left out because an outbox entry with them is still being retried. */
  deferred: number
  /** Ids of due providers that have no reviewer while there is no admin to fall back to. */
  unrouted: string[]
}

export const defaultSuppressDays = 7

export const digestIdempotencyKey = (args: {
  recipientId: string
  providerIds: string[]
  period: string
}): string => {
  const providerIds = [...new Set(args.providerIds)].sort()
  return createHash('sha256')
    .update(JSON.stringify([args.recipientId, providerIds, args.period]))
    .digest('hex')
}

const toEntry = (args: { provider: CandidateProvider; now: Date }): DigestEntry | null => {
  const { provider, now } = args
  const staleness = stalenessOf({
    updated: provider.updated,
    reviewIntervalDays: provider.reviewIntervalDays,
    now,
  })
  if (!provider.updated || staleness.daysLeft === null || staleness.staleOn === null) return null
  const base: DigestEntryBase = {
    id: provider.id,
    slug: provider.slug,
    name: provider.name,
    updated: isoDay(toUtcDay(provider.updated)),
    staleOn: staleness.staleOn,
    isUnassigned: false,
  }
  if (staleness.state === 'stale')
    return { ...base, state: 'stale', daysOverdue: -staleness.daysLeft }
  if (staleness.state === 'due-soon')
    return { ...base, state: 'due-soon', daysLeft: staleness.daysLeft }
  return null
}

const signedDaysLeft = (entry: DigestEntry): number =>
  entry.state === 'stale' ? -entry.daysOverdue : entry.daysLeft

const byUrgency = (a: DigestEntry, b: DigestEntry): number =>
  signedDaysLeft(a) - signedDaysLeft(b) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)

const pairKey = (recipientId: string, providerId: string): string =>
  JSON.stringify([recipientId, providerId])

export const planDigests = (args: {
  providers: CandidateProvider[]
  users: DigestUser[]
  recentlyMailed: MailedPair[]
  inFlight?: PendingPair[]
  now: Date
  suppressDays?: number
}): DigestPlan => {
  const {
    providers,
    users,
    recentlyMailed,
    inFlight = [],
    now,
    suppressDays = defaultSuppressDays,
  } = args
  const period = isoDay(toUtcDay(now))
  const usersById = new Map(users.map((user) => [user.id, user]))
  const admins = users.filter((user) => user.roles.includes('admin'))

  const suppressed = new Set(
    recentlyMailed
      .filter((mailed) => addDays(mailed.sentAt, suppressDays) > period)
      .map((mailed) => pairKey(mailed.recipientId, mailed.providerId)),
  )
  const pending = new Set(inFlight.map((pair) => pairKey(pair.recipientId, pair.providerId)))

  const entriesByRecipient = new Map<string, Map<string, DigestEntry>>()
  const skippedPairs = new Set<string>()
  const deferredPairs = new Set<string>()
  const unrouted: string[] = []

  for (const provider of providers) {
    const entry = toEntry({ provider, now })
    if (!entry) continue
    const reviewer = provider.reviewerId ? usersById.get(provider.reviewerId) : undefined
    const recipients = reviewer ? [reviewer] : admins
    if (recipients.length === 0) unrouted.push(provider.id)
    for (const recipient of recipients) {
      const key = pairKey(recipient.id, provider.id)
      if (suppressed.has(key)) skippedPairs.add(key)
      else if (pending.has(key)) deferredPairs.add(key)
      else {
        const entries = entriesByRecipient.get(recipient.id) ?? new Map<string, DigestEntry>()
        entries.set(provider.id, { ...entry, isUnassigned: !reviewer })
        entriesByRecipient.set(recipient.id, entries)
      }
    }
  }

  const digests: Digest[] = []
  for (const [recipientId, entries] of entriesByRecipient) {
    const recipient = usersById.get(recipientId)
    if (!recipient) continue
    const sorted = [...entries.values()].sort(byUrgency)
    digests.push({
      recipientId,
      to: recipient.email,
      recipientName: recipient.name ?? null,
      language: recipient.language,
      providers: sorted,
      idempotencyKey: digestIdempotencyKey({
        recipientId,
        providerIds: sorted.map((e) => e.id),
        period,
      }),
      period,
    })
  }
  digests.sort((a, b) =>
    a.recipientId < b.recipientId ? -1 : a.recipientId > b.recipientId ? 1 : 0,
  )

  return { digests, skipped: skippedPairs.size, deferred: deferredPairs.size, unrouted }
}
