import { createHash } from 'node:crypto'

import type { ChangedSource, SectionChange } from './groupSourceChanges'
import { groupSourceChanges, sectionChangeIds } from './groupSourceChanges'
import { addDays, isoDay, stalenessOf, toUtcDay } from './staleness'

/**
 * Plans the digests of one run: who gets which stale providers and which changed sources. Pure: no
 * I/O, the clock is `now`.
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
 *
 * Source changes ("Quellen geändert", `sourceChanges` the watch wrote and no approval cleared yet):
 * - Routed like the providers: to the citing provider's reviewer, else to every admin. A recipient gets
 *   one digest with both kinds; a digest with only source changes is planned too.
 * - Mailed once per (recipient, change), with no time window: a pair in `changesMailed` (an entry the
 *   SMTP server accepted) is left out for good, a pair in `changesInFlight` (an entry still being
 *   retried) waits for that retry. What is in neither, e.g. a change whose digest was rejected for good,
 *   goes into this digest, so a change is never lost. Per recipient, as for providers: a reviewer who
 *   takes over a profile, or a new admin, learns of its open changes once.
 * - A change whose provider has no reviewer while there is no admin reaches nobody; its provider id is
 *   added to `unrouted`.
 *
 * Notes ("geändert, Belege unberührt", `heldChanges`: changes the watch recorded cleared because every
 * quoted passage of the profile still stands in the new text):
 * - Routed and mailed once per (recipient, change) like the open changes, but only in a digest the
 *   recipient gets anyway: a note asks nothing of anyone, and a mail of notes alone would be the noise
 *   the evidence spares the reviewers. A note waits for the next digest; the caller loads only recent ones.
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

/**
 * An open change of a cited document for one citing profile, with what routing and the
 * mail need: what the digest's section shows of it, and the profile's reviewer.
 */
export type OpenSourceChange = Omit<SectionChange, 'isUnassigned'> & { reviewerId: string | null }

/** A source change held by an outbox entry of this recipient. */
export type ChangePair = {
  recipientId: string
  changeId: string
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
  /** Most overdue first, then by slug. May be empty when `sources` is not. */
  providers: DigestEntry[]
  /** The section "Quellen geändert", by URL (`groupSourceChanges`); empty when nothing changed. */
  sources: ChangedSource[]
  /** The notes "geändert, Belege unberührt", by URL; empty when there are none. */
  notes: ChangedSource[]
  /** sha256 hex of recipient, sorted provider ids, period and sorted source change ids. */
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

/**
 * The change ids join the hashed parts only when there are any, so a digest without source changes keeps
 * the key it had before the section existed: a run on the day of an upgrade does not mail it twice.
 */
export const digestIdempotencyKey = (args: {
  recipientId: string
  providerIds: string[]
  period: string
  sourceChangeIds?: string[]
}): string => {
  const providerIds = [...new Set(args.providerIds)].sort()
  const changeIds = [...new Set(args.sourceChangeIds ?? [])].sort()
  const parts: unknown[] = [args.recipientId, providerIds, args.period]
  return createHash('sha256')
    .update(JSON.stringify(changeIds.length > 0 ? [...parts, changeIds] : parts))
    .digest('hex')
}

/** The source change ids a digest holds (its notes' too), sorted: what its outbox entry records. */
export const digestSourceChangeIds = (digest: Pick<Digest, 'sources' | 'notes'>): string[] =>
  sectionChangeIds([...digest.sources, ...digest.notes])

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

const changeKey = (pair: ChangePair): string => JSON.stringify([pair.recipientId, pair.changeId])

export const planDigests = (args: {
  providers: CandidateProvider[]
  users: DigestUser[]
  recentlyMailed: MailedPair[]
  inFlight?: PendingPair[]
  /** Open source changes (not cleared). */
  sourceChanges?: OpenSourceChange[]
  /** Recent changes recorded cleared because every quote held: notes, never a digest of their own. */
  heldChanges?: OpenSourceChange[]
  /** (recipient, change) pairs of entries the SMTP server accepted, at any time. */
  changesMailed?: ChangePair[]
  /** (recipient, change) pairs of entries still being retried. */
  changesInFlight?: ChangePair[]
  now: Date
  suppressDays?: number
}): DigestPlan => {
  const {
    providers,
    users,
    recentlyMailed,
    inFlight = [],
    sourceChanges = [],
    heldChanges = [],
    changesMailed = [],
    changesInFlight = [],
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

  const mailedChanges = new Set(changesMailed.map(changeKey))
  const pendingChanges = new Set(changesInFlight.map(changeKey))
  /** Each change, by recipient: its reviewer, else every admin; not those mailed or waiting. */
  const routed = (changes: OpenSourceChange[], isNote: boolean) => {
    const byRecipient = new Map<string, SectionChange[]>()
    for (const change of changes) {
      const reviewer = change.reviewerId ? usersById.get(change.reviewerId) : undefined
      const recipients = reviewer ? [reviewer] : admins
      if (!isNote && recipients.length === 0 && !unrouted.includes(change.providerId)) {
        unrouted.push(change.providerId)
      }
      for (const recipient of recipients) {
        const key = changeKey({ recipientId: recipient.id, changeId: change.id })
        if (mailedChanges.has(key) || pendingChanges.has(key)) continue
        const { reviewerId: _reviewerId, ...rest } = change
        byRecipient.set(recipient.id, [
          ...(byRecipient.get(recipient.id) ?? []),
          { ...rest, isUnassigned: !reviewer },
        ])
      }
    }
    return byRecipient
  }
  const changesByRecipient = routed(sourceChanges, false)
  const notesByRecipient = routed(heldChanges, true)

  const digests: Digest[] = []
  const recipientIds = new Set([...entriesByRecipient.keys(), ...changesByRecipient.keys()])
  for (const recipientId of recipientIds) {
    const recipient = usersById.get(recipientId)
    if (!recipient) continue
    const sorted = [...(entriesByRecipient.get(recipientId)?.values() ?? [])].sort(byUrgency)
    const sources = groupSourceChanges(changesByRecipient.get(recipientId) ?? [])
    const notes = groupSourceChanges(notesByRecipient.get(recipientId) ?? [])
    digests.push({
      recipientId,
      to: recipient.email,
      recipientName: recipient.name ?? null,
      language: recipient.language,
      providers: sorted,
      sources,
      notes,
      idempotencyKey: digestIdempotencyKey({
        recipientId,
        providerIds: sorted.map((e) => e.id),
        period,
        sourceChangeIds: sectionChangeIds([...sources, ...notes]),
      }),
      period,
    })
  }
  digests.sort((a, b) =>
    a.recipientId < b.recipientId ? -1 : a.recipientId > b.recipientId ? 1 : 0,
  )

  return { digests, skipped: skippedPairs.size, deferred: deferredPairs.size, unrouted }
}
