/**
 * What happens after a failed digest send. Pure: the caller passes the error and the clock.
 *
 * Classification: an SMTP reply 5xx (550 mailbox unknown, 554 rejected, 535 auth failed …) is
 * `permanent`: the same mail would be rejected again, so it is not retried and shows as failed in the
 * admin. A 4xx reply (421, 450, 451, 452: try later) and every connection problem (refused, reset,
 * timeout, DNS, TLS/socket, greeting) is `transient`. A message nodemailer cannot even build or address
 * (`EMESSAGE`, `EENVELOPE` without a reply code) is `permanent`. Anything unknown counts as `transient`:
 * the attempt limit below still ends it.
 *
 * Backoff after the n-th failed attempt (`attempts` = attempts made so far, including the failed one):
 *
 *   attempt 1 → +5 min, 2 → +15 min, 3 → +1 h, 4 → +4 h, 5 → +12 h, 6 and later → +24 h (the cap)
 *
 * After `maxAttempts` (8) failed attempts, about 2 days 17 h after the first one when the job runs often
 * enough, a transient failure becomes `failed` for good. The providers are then free to be planned into
 * a new digest by a later daily scan, so nothing is lost.
 */

export type SmtpErrorLike = {
  responseCode?: number
  code?: string
  message?: string
}

export type SmtpErrorKind = 'permanent' | 'transient'

export const maxAttempts = 8

const minuteMs = 60_000
const hourMs = 60 * minuteMs

/** Delay after the 1st, 2nd, … failed attempt; the last value repeats (the 24 h cap). */
export const backoffScheduleMs: readonly number[] = [
  5 * minuteMs,
  15 * minuteMs,
  hourMs,
  4 * hourMs,
  12 * hourMs,
  24 * hourMs,
]

const permanentCodes = new Set(['EMESSAGE', 'EENVELOPE'])

export const classifySmtpError = (err: SmtpErrorLike): SmtpErrorKind => {
  const { responseCode, code } = err
  if (typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600)
    return 'permanent'
  if (typeof responseCode === 'number' && responseCode >= 400 && responseCode < 500)
    return 'transient'
  if (code && permanentCodes.has(code)) return 'permanent'
  return 'transient'
}

export const nextAttemptAt = (args: { attempts: number; now: Date }): Date => {
  const index = Math.min(Math.max(args.attempts, 1), backoffScheduleMs.length) - 1
  return new Date(args.now.getTime() + (backoffScheduleMs[index] ?? 24 * hourMs))
}

export type FailureOutcome = {
  status: 'pending' | 'failed'
  isPermanent: boolean
  /** When to try again; `null` when the entry is given up. */
  nextAttemptAt: Date | null
}

/**
 * The outbox state after a failed send. `attempts` counts the attempt that just failed.
 * Permanent error → failed for good; transient with attempts left → pending with backoff;
 * transient with `maxAttempts` reached → failed for good.
 */
export const afterFailure = (args: {
  err: SmtpErrorLike
  attempts: number
  now: Date
}): FailureOutcome => {
  if (classifySmtpError(args.err) === 'permanent')
    return { status: 'failed', isPermanent: true, nextAttemptAt: null }
  if (args.attempts >= maxAttempts)
    return { status: 'failed', isPermanent: false, nextAttemptAt: null }
  return {
    status: 'pending',
    isPermanent: false,
    nextAttemptAt: nextAttemptAt({ attempts: args.attempts, now: args.now }),
  }
}
