import type { CollectionBeforeOperationHook, Endpoint, Payload, TaskConfig } from 'payload'
import { addDataAndFileToRequest, APIError } from 'payload'

import { refusal } from '../http'
import { mailTexts } from '../i18n/mail/mailTexts'
import type { Language } from '../i18n/messages'
import { languageFrom, languageOf, message, textFor } from '../i18n/messages'
import { escapeHtml } from '../mail/escapeHtml'
import { deliverEntry, pendingEntry } from '../reminders/deliverEntry'

/**
 * "Passwort vergessen" without an account oracle and without a write in the request.
 *
 * `POST /api/users/forgot-password` answers at once, the same for every well-formed
 * address: it only queues the reset job (on the notices queue, which the server looks at
 * every ten seconds). The job asks Payload for a token (`forgotPassword` with
 * `disableEmail`, inside one transaction: Payload's own request-interval write runs
 * outside the request's transaction and waited for it, holding the SQLite write lock
 * for 30 s), writes the mail to the outbox and sends it with the digest's delivery
 * guarantees. Once sent, the stored copy no longer holds the link.
 *
 * Every other way into Payload's operation (GraphQL `forgotPasswordUsers`, the Local API
 * without the job's flag) is refused: that operation would mail from inside the request.
 */

export const passwordResetSlug = 'sendPasswordReset'

/** At most one reset mail per account in this window (Payload's own default interval). */
const resetIntervalMs = 15 * 60 * 1000

/** Addresses queued by this process lately: a burst of requests queues one job each. */
const recentlyQueued = new Map<string, number>()
const queueMemoryMs = 60 * 1000
const queueMemoryLimit = 10_000

const isQueuedLately = (email: string, now: number): boolean => {
  for (const [address, at] of recentlyQueued) {
    if (at > now - queueMemoryMs && recentlyQueued.size <= queueMemoryLimit) break
    recentlyQueued.delete(address)
  }
  if ((recentlyQueued.get(email) ?? 0) > now - queueMemoryMs) return true
  recentlyQueued.set(email, now)
  return false
}

/** A lower-cased address of plausible shape, or `null`. */
export const resetAddressOf = (body: unknown): string | null => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null
  const { email } = body as { email?: unknown }
  if (typeof email !== 'string') return null
  const address = email.trim().toLowerCase()
  return address.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(address) ? address : null
}

export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    // JSON from scripts, form data (`_payload`) from the admin's "Passwort vergessen" form.
    // A body that is neither leaves `req.data` empty and is refused below with how to send it.
    await addDataAndFileToRequest(req).catch(() => undefined)
    const email = resetAddressOf(req.data)
    if (!email) {
      return refusal(req, 'auth.reset-email-invalid', message('auth.reset-email-invalid', {}), 400)
    }
    if (!isQueuedLately(email, Date.now())) {
      await req.payload.jobs.queue({
        task: passwordResetSlug,
        queue: 'notices',
        input: { email, language: languageOf(req) },
      })
    }
    return Response.json({ message: textFor(req, message('auth.reset-requested', {})) })
  },
}

/** Payload's own operation runs only for the reset job. */
export const onlyTheResetJobResets: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'forgotPassword' && !req.context.isPasswordResetJob) {
    throw new APIError(textFor(req, message('auth.reset-rest-only', {})), 400, undefined, true)
  }
  return args
}

type ResetMail = { subject: string; text: string; html: string }

export const composeResetMail = ({
  name,
  link,
  language,
}: {
  name: string
  link: string
  language: Language
}): ResetMail => {
  const texts = mailTexts[language].passwordReset
  return {
    subject: texts.subject,
    text: [texts.greeting(name), '', texts.body, link, '', texts.ignore, ''].join('\n'),
    html: [
      `<p>${escapeHtml(texts.greeting(name))}</p>`,
      `<p>${escapeHtml(texts.body)}<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
      `<p>${escapeHtml(texts.ignore)}</p>`,
    ].join('\n'),
  }
}

/**
 * The reset job: one mail per account and interval, through the outbox. System work on
 * behalf of the person who asked: the Local API's default `overrideAccess: true` is intended.
 */
export const sendPasswordReset = async ({
  payload,
  email,
  language: askedIn,
  now,
}: {
  payload: Payload
  email: string
  language: Language
  now: Date
}): Promise<{ isSent: boolean }> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    select: { email: true, name: true, language: true },
  })
  const user = docs[0]
  if (!user) return { isSent: false }
  const { totalDocs: recent } = await payload.count({
    collection: 'reminders',
    where: {
      and: [
        { period: { equals: 'password-reset' } },
        { status: { equals: 'sent' } },
        { recipient: { equals: user.id } },
        { createdAt: { greater_than: new Date(now.getTime() - resetIntervalMs).toISOString() } },
      ],
    },
  })
  if (recent > 0) return { isSent: false }
  const token = await payload.forgotPassword({
    collection: 'users',
    data: { email },
    disableEmail: true,
    context: { isPasswordResetJob: true },
  })
  if (typeof token !== 'string' || !token) return { isSent: false }
  const language = user.language === 'de' || user.language === 'en' ? user.language : askedIn
  const link = `${payload.config.serverURL}/admin/reset/${token}`
  const mail = composeResetMail({ name: user.name || email, link, language })
  const entry = await payload.create({
    collection: 'reminders',
    data: pendingEntry({
      recipient: user.id,
      to: user.email,
      mail,
      idempotencyKey: `password-reset:${user.id}:${now.toISOString()}`,
      period: 'password-reset',
    }),
  })
  const outcome = await deliverEntry({ payload, entry, now })
  // The copy in the outbox must not be a way into the account; a failed send is asked for again.
  const copy = mail.text.replace(link, mailTexts[language].passwordReset.redacted)
  await payload.update({
    collection: 'reminders',
    id: entry.id,
    data: {
      text: copy,
      html: mail.html.replaceAll(
        escapeHtml(link),
        escapeHtml(mailTexts[language].passwordReset.redacted),
      ),
      status: outcome.isSent ? 'sent' : 'failed',
      nextAttemptAt: null,
    },
  })
  return { isSent: outcome.isSent }
}

export const sendPasswordResetTask = (): TaskConfig<{
  input: { email: string; language: string }
  output: { isSent: boolean }
}> => ({
  slug: passwordResetSlug,
  label: 'Send a password reset mail',
  inputSchema: [
    { name: 'email', type: 'text', required: true },
    { name: 'language', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'isSent', type: 'checkbox', required: true }],
  handler: async ({ input, req }) => ({
    output: await sendPasswordReset({
      payload: req.payload,
      email: input.email,
      language: languageFrom(input.language),
      now: new Date(),
    }),
  }),
})
