import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { idOf, idsOf } from '../db/idOf'
import { env } from '../env'
import { languageFrom } from '../i18n/messages'
import type { Notice, Provider, Reminder, User } from '../payload-types'
import { deliverEntry, pendingEntry } from '../reminders/deliverEntry'
import { approvedEditorsOf } from '../workflow/reviewLog'
import type { NoticeEvent, NoticeKind } from './composeNotice'
import { composeNotice } from './composeNotice'

/**
 * Workflow notices (issue "a team can run its week"): who is told when work waits.
 * - `recordNotices` runs in the review step's own save (`recordReview`, same transaction):
 *   on submit the assigned reviewer (else every reviewer who did not edit the revision),
 *   on "Änderungen anfordern" and on approval the revision's editors; never the person
 *   who acted, never someone who switched that kind off. It writes one `notices` record
 *   per recipient and queues the notice job for when the quiet period has passed.
 * - `sendNotices` (the job) groups each person's waiting notices into one mail once the
 *   oldest is `NOTICE_DELAY_SECONDS` old, writes it to the outbox (`reminders`) before it
 *   sends, links the notices to it and sends through `deliverEntry`: the digest's delivery
 *   guarantees (retry with backoff, a permanent 5xx recorded, nothing mailed twice).
 */

/** The notice settings field of a user (`notices` group) for each kind. */
const preferenceOf: Record<NoticeKind, 'submitted' | 'changesRequested' | 'approved'> = {
  submitted: 'submitted',
  changes_requested: 'changesRequested',
  approved: 'approved',
}

const wantsNotice = (user: Pick<User, 'notices'>, kind: NoticeKind): boolean =>
  user.notices?.[preferenceOf[kind]] !== false

type Recipient = Pick<User, 'id' | 'name' | 'roles' | 'notices'>

const findUsers = async ({
  req,
  where,
}: {
  req: PayloadRequest
  where: Parameters<Payload['find']>[0]['where']
}): Promise<Recipient[]> => {
  const { docs } = await req.payload.find({
    collection: 'users',
    where,
    pagination: false,
    depth: 0,
    select: { name: true, roles: true, notices: true },
    overrideAccess: true,
    req,
  })
  return docs
}

/** Who is told of a review step, before preferences: see the module comment. */
const recipientsOf = async ({
  kind,
  doc,
  previousDoc,
  actorId,
  req,
}: {
  kind: NoticeKind
  doc: Provider
  previousDoc: Provider | undefined
  actorId: string | null
  req: PayloadRequest
}): Promise<Recipient[]> => {
  const current = idsOf(kind === 'approved' ? previousDoc?.editedBy : doc.editedBy)
  // An approved revision sent back on a re-check: told are those who wrote it.
  const editors =
    current.length === 0 && kind === 'changes_requested'
      ? await approvedEditorsOf({ providerId: String(doc.id), payload: req.payload, req })
      : current
  const isNotActor = (user: Recipient) => String(user.id) !== actorId
  if (kind !== 'submitted') {
    if (editors.length === 0) return []
    return (await findUsers({ req, where: { id: { in: editors } } })).filter(isNotActor)
  }
  const mayReview = (user: Recipient) =>
    isNotActor(user) &&
    !editors.includes(String(user.id)) &&
    Boolean(user.roles?.includes('reviewer'))
  const assigned = idOf(doc.reviewer)
  if (assigned) {
    const [reviewer] = await findUsers({ req, where: { id: { equals: assigned } } })
    if (reviewer && mayReview(reviewer)) return [reviewer]
  }
  return (await findUsers({ req, where: { roles: { in: ['reviewer'] } } })).filter(mayReview)
}

/** Seconds a person's first notice waits for more to join it in one mail. */
export const noticeDelayMs = (): number => env().NOTICE_DELAY_SECONDS * 1000

export const sendNoticesSlug = 'sendNotices'
export const noticeQueue = 'notices'

/** Records the notices of one review step (in its transaction) and queues the mail job. */
export const recordNotices = async ({
  kind,
  doc,
  previousDoc,
  occurredAt,
  req,
}: {
  kind: NoticeKind
  doc: Provider
  previousDoc: Provider | undefined
  occurredAt: string
  req: PayloadRequest
}): Promise<void> => {
  const actorId = req.user ? String(req.user.id) : null
  const recipients = (await recipientsOf({ kind, doc, previousDoc, actorId, req })).filter((user) =>
    wantsNotice(user, kind),
  )
  if (recipients.length === 0) return
  const actorName = req.user && 'name' in req.user ? String(req.user.name ?? '') || null : null
  for (const recipient of recipients) {
    await req.payload.create({
      collection: 'notices',
      data: {
        recipient: recipient.id,
        kind,
        provider: doc.id,
        providerName: doc.name,
        actor: actorId,
        actorName,
        comment: kind === 'submitted' ? null : (doc.reviewComment ?? null),
        occurredAt,
      },
      overrideAccess: true,
      req,
    })
  }
  await req.payload.jobs.queue({
    task: sendNoticesSlug,
    queue: noticeQueue,
    input: {},
    waitUntil: new Date(Date.parse(occurredAt) + noticeDelayMs()),
    req,
  })
}

export type SendNoticesResult = { sent: number; failed: number; waiting: number }

const eventOf = (notice: Notice): NoticeEvent => ({
  kind: notice.kind,
  providerId: idOf(notice.provider) ?? '',
  providerName: notice.providerName ?? '',
  actorName: notice.actorName ?? null,
  comment: notice.comment ?? null,
  occurredAt: notice.occurredAt,
})

/**
 * Mails every person's waiting notices whose oldest is at least `delayMs` old (one mail a
 * person), and retries notice mails whose retry time has come. System work on behalf of
 * no person: the Local API's default `overrideAccess: true` is intended.
 */
export const sendNotices = async ({
  payload,
  now,
  delayMs = noticeDelayMs(),
}: {
  payload: Payload
  now: Date
  delayMs?: number
}): Promise<SendNoticesResult> => {
  let sent = 0
  let failed = 0
  const deliver = async (entry: Reminder) => {
    const outcome = await deliverEntry({ payload, entry, now })
    if (outcome.isSent) sent += 1
    else failed += 1
  }
  const { docs: retries } = await payload.find({
    collection: 'reminders',
    where: {
      and: [
        { period: { equals: 'notice' } },
        { status: { equals: 'pending' } },
        { attempts: { greater_than: 0 } },
        { nextAttemptAt: { less_than_equal: now.toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
  })
  for (const entry of retries) await deliver(entry)

  const { docs: waiting } = await payload.find({
    collection: 'notices',
    where: { outbox: { exists: false } },
    sort: 'occurredAt',
    pagination: false,
    depth: 0,
  })
  const byRecipient = new Map<string, Notice[]>()
  for (const notice of waiting) {
    const recipient = idOf(notice.recipient)
    if (recipient) byRecipient.set(recipient, [...(byRecipient.get(recipient) ?? []), notice])
  }
  const due = [...byRecipient].filter(
    ([, notices]) => Date.parse(notices[0]!.occurredAt) <= now.getTime() - delayMs,
  )
  if (due.length === 0) return { sent, failed, waiting: waiting.length }
  const { docs: users } = await payload.find({
    collection: 'users',
    where: { id: { in: due.map(([id]) => id) } },
    pagination: false,
    depth: 0,
    select: { email: true, name: true, language: true },
  })
  const usersById = new Map(users.map((user) => [String(user.id), user]))
  let mailed = 0
  for (const [recipientId, notices] of due) {
    const user = usersById.get(recipientId)
    const ids = notices.map((notice) => notice.id)
    if (!user?.email) {
      // The account is gone: nothing to mail, and nothing should wait for it.
      await payload.delete({ collection: 'notices', where: { id: { in: ids } } })
      continue
    }
    const mail = composeNotice({
      events: notices.map(eventOf),
      recipientName: user.name ?? null,
      language: languageFrom(user.language),
      publicUrl: payload.config.serverURL,
    })
    const entry = await payload.create({
      collection: 'reminders',
      data: {
        ...pendingEntry({
          recipient: recipientId,
          to: user.email,
          mail,
          // One mail per person and first notice: a second run finds the notices linked.
          idempotencyKey: `notice:${recipientId}:${ids[0]}`,
          period: 'notice',
        }),
        providers: [...new Set(notices.flatMap((notice) => idOf(notice.provider) ?? []))],
      },
    })
    await payload.update({
      collection: 'notices',
      where: { id: { in: ids } },
      data: { outbox: entry.id },
      depth: 0,
    })
    mailed += notices.length
    await deliver(entry)
  }
  return { sent, failed, waiting: waiting.length - mailed }
}

/**
 * The notice job: queued by every recorded notice for when its quiet period has passed
 * (and run by the server's job runner every few seconds). `concurrency` keeps runs
 * exclusive across processes, so a notice is never mailed twice.
 */
export const sendNoticesTask = (): TaskConfig<{
  input: object
  output: SendNoticesResult
}> => ({
  slug: sendNoticesSlug,
  label: 'Send workflow notices',
  concurrency: () => sendNoticesSlug,
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } },
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
    { name: 'waiting', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const result = await sendNotices({ payload: req.payload, now: new Date() })
    // A mail left for a retry gets a run at its retry time.
    const { docs } = await req.payload.find({
      collection: 'reminders',
      where: { and: [{ period: { equals: 'notice' } }, { status: { equals: 'pending' } }] },
      sort: 'nextAttemptAt',
      limit: 1,
      depth: 0,
      select: { nextAttemptAt: true },
    })
    const retryAt = docs[0]?.nextAttemptAt
    if (retryAt) {
      await req.payload.jobs.queue({
        task: sendNoticesSlug,
        queue: noticeQueue,
        input: {},
        waitUntil: new Date(retryAt),
      })
    }
    return { output: result }
  },
})
