import type { Payload } from 'payload'
import { ValidationError } from 'payload'

import type { Reminder } from '../payload-types'
import type { Digest } from './planDigests'
import { composeDigest } from './composeDigest'
import { deliverEntry, pendingEntry } from './deliverEntry'
import { loadCandidates } from './loadCandidates'
import { loadDigestUsers } from './loadDigestUsers'
import { loadOutboxState } from './loadOutboxState'
import { loadHeldSourceChanges, loadOpenSourceChanges, loadSourceUrls } from './loadSourceChanges'
import { digestSourceChangeIds, planDigests } from './planDigests'
import { selectDue } from './selectDue'
import { idOf } from '../db/idOf'

/**
 * One reminder run: the glue between the outbox (`reminders`), the providers and the pure planning.
 * Local API only (no raw driver), so it runs the same on SQLite and MongoDB. Every Local API call
 * here and in the loaders is system work on behalf of no person: the default `overrideAccess: true`
 * is intended, there is no `user` whose rules could apply.
 *
 * Order: (a) retry outbox entries whose retry time has come (`selectDue`); (b) load the providers that
 * may be stale or due soon (indexed range on `updated`) and the open source changes; (c) load what the
 * outbox says was mailed recently or is still being retried, and which of those changes it holds;
 * (d) plan one digest per recipient (`planDigests`); (e) for each digest: skip it when an entry with
 * its idempotency key exists, else write the entry (`pending`, with its providers and source change
 * ids) first, then send, then record the outcome (`deliverEntry`).
 *
 * `skipped` counts (recipient, provider) pairs left out: mailed within the last 7 days, waiting in an
 * entry that is being retried, or already in an outbox entry of the same day. Source changes that wait
 * for a retry or were mailed already are not counted: they are not due, not skipped.
 * With `isDryRun` nothing is sent or written: `wouldSend` lists the due retries and new digests.
 */

/** One mail: its recipient, the slugs of its stale providers and the URLs of its changed sources. */
export type MailSummary = { to: string; providers: string[]; sources: string[] }

export type RemindersResult = {
  sent: MailSummary[]
  failed: { to: string; error: string }[]
  skipped: number
  wouldSend?: MailSummary[]
  /** The earliest retry time of an entry still pending after this run, if any. */
  nextRetryAt: Date | null
}

const isDuplicateKey = (err: unknown): boolean =>
  err instanceof ValidationError && err.data.errors.some((error) => error.path === 'idempotencyKey')

const hasEntry = async (args: { payload: Payload; idempotencyKey: string }): Promise<boolean> => {
  const existing = await args.payload.count({
    collection: 'reminders',
    where: { idempotencyKey: { equals: args.idempotencyKey } },
  })
  return existing.totalDocs > 0
}

/** Writes the outbox entry before anything is sent. `null` when another run wrote it meanwhile. */
const writeEntry = async (args: { payload: Payload; digest: Digest }): Promise<Reminder | null> => {
  const { payload, digest } = args
  const mail = composeDigest({ digest, publicUrl: payload.config.serverURL })
  try {
    return await payload.create({
      collection: 'reminders',
      data: {
        ...pendingEntry({
          recipient: digest.recipientId,
          to: digest.to,
          mail,
          idempotencyKey: digest.idempotencyKey,
          period: digest.period,
        }),
        providers: digest.providers.map((entry) => entry.id),
        sourceChanges: digestSourceChangeIds(digest),
        providerSlugs: digest.providers.map((entry) => entry.slug),
      },
    })
  } catch (err) {
    if (isDuplicateKey(err)) return null
    throw err
  }
}

/** The changed URLs of an entry (sorted, once each); `urls` maps its change ids to their URLs. */
const sourcesOf = (args: {
  entry: Pick<Reminder, 'sourceChanges'>
  urls: Map<string, string>
}): string[] => {
  const ids = (args.entry.sourceChanges ?? []).flatMap((value) => idOf(value) ?? [])
  return [...new Set(ids.flatMap((id) => args.urls.get(id) ?? []))].sort()
}

const summaryOf = (args: {
  entry: Pick<Reminder, 'to' | 'providerSlugs'>
  sources: string[]
}): MailSummary => ({
  to: args.entry.to,
  providers: args.entry.providerSlugs ?? [],
  sources: args.sources,
})

const earliestRetry = async (args: { payload: Payload }): Promise<Date | null> => {
  const next = await args.payload.find({
    collection: 'reminders',
    depth: 0,
    limit: 1,
    where: { status: { equals: 'pending' } },
    sort: 'nextAttemptAt',
    select: { nextAttemptAt: true },
  })
  const value = next.docs[0]?.nextAttemptAt
  return value ? new Date(value) : null
}

export const runReminders = async (args: {
  payload: Payload
  now: Date
  isDryRun?: boolean
}): Promise<RemindersResult> => {
  const { payload, now, isDryRun = false } = args
  const sent: MailSummary[] = []
  const failed: RemindersResult['failed'] = []
  const wouldSend: MailSummary[] = []

  const deliver = async (entry: Reminder, sources: string[]): Promise<void> => {
    const outcome = await deliverEntry({ payload, entry, now })
    if (outcome.isSent) sent.push(summaryOf({ entry, sources }))
    else failed.push({ to: entry.to, error: outcome.error })
  }

  // (a) Retries first, so a digest that finally goes through counts as recently mailed below.
  const pending = await payload.find({
    collection: 'reminders',
    depth: 0,
    pagination: false,
    where: { status: { equals: 'pending' } },
    sort: 'createdAt',
  })
  const due = selectDue({
    entries: pending.docs.map((entry) => ({
      entry,
      status: entry.status,
      nextAttemptAt: entry.nextAttemptAt ?? null,
      attempts: entry.attempts ?? 0,
      permanent: entry.isPermanent ?? false,
    })),
    now,
  })
  const dueUrls = await loadSourceUrls({
    payload,
    ids: due.flatMap(({ entry }) =>
      (entry.sourceChanges ?? []).flatMap((value) => idOf(value) ?? []),
    ),
  })
  for (const { entry } of due) {
    const sources = sourcesOf({ entry, urls: dueUrls })
    if (isDryRun) wouldSend.push(summaryOf({ entry, sources }))
    else await deliver(entry, sources)
  }

  // (b)–(d) Scan and plan.
  const providers = await loadCandidates({ payload, now })
  const sourceChanges = await loadOpenSourceChanges({ payload })
  const heldChanges = await loadHeldSourceChanges({ payload, now })
  const users = await loadDigestUsers({
    payload,
    routes: [...providers, ...sourceChanges, ...heldChanges],
  })
  const outbox = await loadOutboxState({
    payload,
    now,
    sourceChangeIds: [...sourceChanges, ...heldChanges].map((change) => change.id),
  })
  const plan = planDigests({ providers, users, sourceChanges, heldChanges, ...outbox, now })
  if (plan.unrouted.length > 0) {
    payload.logger.warn(
      `Reminders: ${plan.unrouted.length} provider(s) with a due reminder or a changed source have no reviewer and there is no admin to tell (ids: ${plan.unrouted.join(', ')}).`,
    )
  }
  let skipped = plan.skipped + plan.deferred

  // (e) Outbox entry first, then the send.
  for (const digest of plan.digests) {
    const slugs = digest.providers.map((entry) => entry.slug)
    const sources = digest.sources.map((source) => source.url)
    if (await hasEntry({ payload, idempotencyKey: digest.idempotencyKey })) {
      skipped += slugs.length
      continue
    }
    if (isDryRun) {
      wouldSend.push({ to: digest.to, providers: slugs, sources })
      continue
    }
    const entry = await writeEntry({ payload, digest })
    if (entry) await deliver(entry, sources)
    else skipped += slugs.length
  }

  const nextRetryAt = isDryRun ? null : await earliestRetry({ payload })
  return isDryRun
    ? { sent, failed, skipped, wouldSend, nextRetryAt }
    : { sent, failed, skipped, nextRetryAt }
}
