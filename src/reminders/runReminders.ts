import type { Payload } from 'payload'
import { ValidationError } from 'payload'

import type { Reminder } from '../payload-types'
import type { Digest } from './planDigests'
import { composeDigest } from './composeDigest'
import { deliverEntry } from './deliverEntry'
import { loadCandidates } from './loadCandidates'
import { loadDigestUsers } from './loadDigestUsers'
import { loadOutboxState } from './loadOutboxState'
import { planDigests } from './planDigests'
import { selectDue } from './selectDue'

/**
 * One reminder run: the glue between the outbox (`reminders`), the providers and the pure planning.
 * Local API only (no raw driver), so it runs the same on SQLite and MongoDB. Every Local API call
 * here and in the loaders is system work on behalf of no person: the default `overrideAccess: true`
 * is intended, there is no `user` whose rules could apply.
 *
 * Order: (a) retry outbox entries whose retry time has come (`selectDue`); (b) load the providers that
 * may be stale or due soon (indexed range on `updated`); (c) load what the outbox says was mailed
 * recently or is still being retried; (d) plan one digest per recipient (`planDigests`); (e) for each
 * digest: skip it when an entry with its idempotency key exists, else write the entry (`pending`)
 * first, then send, then record the outcome (`deliverEntry`).
 *
 * `skipped` counts (recipient, provider) pairs left out: mailed within the last 7 days, waiting in an
 * entry that is being retried, or already in an outbox entry of the same day.
 * With `isDryRun` nothing is sent or written: `wouldSend` lists the due retries and new digests.
 */

export type MailSummary = { to: string; providers: string[] }

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
        recipient: digest.recipientId,
        to: digest.to,
        providers: digest.providers.map((entry) => entry.id),
        providerSlugs: digest.providers.map((entry) => entry.slug),
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        status: 'pending',
        isPermanent: false,
        attempts: 0,
        nextAttemptAt: null,
        idempotencyKey: digest.idempotencyKey,
        period: digest.period,
      },
    })
  } catch (err) {
    if (isDuplicateKey(err)) return null
    throw err
  }
}

const summaryOf = (entry: Pick<Reminder, 'to' | 'providerSlugs'>): MailSummary => ({
  to: entry.to,
  providers: entry.providerSlugs ?? [],
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

  const deliver = async (entry: Reminder): Promise<void> => {
    const outcome = await deliverEntry({ payload, entry, now })
    if (outcome.isSent) sent.push(summaryOf(entry))
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
  for (const { entry } of due) {
    if (isDryRun) wouldSend.push(summaryOf(entry))
    else await deliver(entry)
  }

  // (b)–(d) Scan and plan.
  const providers = await loadCandidates({ payload, now })
  const users = await loadDigestUsers({ payload, providers })
  const { recentlyMailed, inFlight } = await loadOutboxState({ payload, now })
  const plan = planDigests({ providers, users, recentlyMailed, inFlight, now })
  if (plan.unrouted.length > 0) {
    payload.logger.warn(
      `Reminders: ${plan.unrouted.length} stale provider(s) have no reviewer and there is no admin to tell (ids: ${plan.unrouted.join(', ')}).`,
    )
  }
  let skipped = plan.skipped + plan.deferred

  // (e) Outbox entry first, then the send.
  for (const digest of plan.digests) {
    const slugs = digest.providers.map((entry) => entry.slug)
    if (await hasEntry({ payload, idempotencyKey: digest.idempotencyKey })) {
      skipped += slugs.length
      continue
    }
    if (isDryRun) {
      wouldSend.push({ to: digest.to, providers: slugs })
      continue
    }
    const entry = await writeEntry({ payload, digest })
    if (entry) await deliver(entry)
    else skipped += slugs.length
  }

  const nextRetryAt = isDryRun ? null : await earliestRetry({ payload })
  return isDryRun
    ? { sent, failed, skipped, wouldSend, nextRetryAt }
    : { sent, failed, skipped, nextRetryAt }
}
