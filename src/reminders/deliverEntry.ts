import type { Payload } from 'payload'

import type { Reminder } from '../payload-types'
import type { SmtpErrorLike } from './retryPolicy'
import { afterFailure } from './retryPolicy'

/**
 * Sends one outbox entry through Payload's mail adapter (nodemailer) and records the outcome on it.
 *
 * - `sent` only when the send promise resolved and the server's `accepted` list names the recipient;
 *   `sentAt` is the run's clock (`now`), so `--now` also dates the send.
 * - On an SMTP or connection error, `afterFailure` decides: a 5xx reply → `failed` + `isPermanent`;
 *   anything else → `pending` with `nextAttemptAt` (backoff), or `failed` after the last attempt.
 *   `lastError` and `attempts` are recorded either way. A failed send is an expected run-time failure:
 *   it is logged and returned, not thrown.
 * - Database errors are not caught: they are not a delivery outcome, and the entry stays `pending`.
 *
 * System work on behalf of no person: the Local API's default `overrideAccess: true` is intended.
 */

export type DeliveryOutcome = { isSent: true } | { isSent: false; error: string }

/**
 * A new outbox entry: the mail, whom it goes to, its idempotency key and period, and the
 * state before any attempt. The digest, the notices and the password reset write it alike.
 */
export const pendingEntry = ({
  recipient,
  to,
  mail,
  idempotencyKey,
  period,
}: {
  recipient: string
  to: string
  mail: { subject: string; text: string; html: string }
  idempotencyKey: string
  period: string
}) => ({
  recipient,
  to,
  subject: mail.subject,
  text: mail.text,
  html: mail.html,
  status: 'pending' as const,
  isPermanent: false,
  attempts: 0,
  nextAttemptAt: null,
  idempotencyKey,
  period,
})

type SentInfo = { accepted?: unknown; messageId?: unknown }

/** Raised when the server answered but did not accept the recipient. */
class RecipientNotAcceptedError extends Error implements SmtpErrorLike {
  readonly code = 'EENVELOPE'
  constructor(to: string) {
    super(`the SMTP server did not accept the recipient ${to}`)
  }
}

const isAccepted = (args: { info: SentInfo; to: string }): boolean => {
  const accepted = Array.isArray(args.info.accepted) ? args.info.accepted : []
  const wanted = args.to.toLowerCase()
  return accepted.some((address) => {
    const value =
      typeof address === 'string' ? address : (address as { address?: unknown })?.address
    return typeof value === 'string' && value.toLowerCase() === wanted
  })
}

const describeError = (err: unknown): string => {
  if (!(err instanceof Error)) return String(err)
  const code = (err as SmtpErrorLike).code
  return code && !err.message.includes(code) ? `${err.message} (${code})` : err.message
}

export const deliverEntry = async (args: {
  payload: Payload
  entry: Pick<Reminder, 'id' | 'to' | 'subject' | 'text' | 'html' | 'attempts'>
  now: Date
}): Promise<DeliveryOutcome> => {
  const { payload, entry, now } = args
  const attempts = (entry.attempts ?? 0) + 1
  let info: SentInfo
  try {
    info = ((await payload.sendEmail({
      to: entry.to,
      subject: entry.subject ?? '',
      text: entry.text ?? '',
      html: entry.html ?? undefined,
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    })) ?? {}) as SentInfo
    if (!isAccepted({ info, to: entry.to })) throw new RecipientNotAcceptedError(entry.to)
  } catch (err) {
    const outcome = afterFailure({ err: err as SmtpErrorLike, attempts, now })
    const error = describeError(err)
    payload.logger.error({
      msg: `Reminder to ${entry.to} not delivered (attempt ${attempts}, ${outcome.isPermanent ? 'rejected permanently' : outcome.status === 'pending' ? 'will retry' : 'giving up'})`,
      err,
    })
    await payload.update({
      collection: 'reminders',
      id: entry.id,
      data: {
        status: outcome.status,
        isPermanent: outcome.isPermanent,
        nextAttemptAt: outcome.nextAttemptAt?.toISOString() ?? null,
        attempts,
        lastError: error,
      },
    })
    return { isSent: false, error }
  }
  await payload.update({
    collection: 'reminders',
    id: entry.id,
    data: {
      status: 'sent',
      attempts,
      sentAt: now.toISOString(),
      messageId: typeof info.messageId === 'string' ? info.messageId : null,
      nextAttemptAt: null,
      lastError: null,
      isPermanent: false,
    },
  })
  return { isSent: true }
}
