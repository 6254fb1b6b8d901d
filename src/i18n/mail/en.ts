import type { MailTexts } from './mailTexts'

/** An English date and time in the team's zone: `7 Dec 2026, 14:05`. */
const dateTime = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))

/** The English mails' words: plain, "…". */
export const en: MailTexts = {
  notice: {
    subjectOne: (event) =>
      event.kind === 'submitted'
        ? `provider-desk: "${event.providerName}" waits for your review`
        : event.kind === 'changes_requested'
          ? `provider-desk: changes requested on "${event.providerName}"`
          : `provider-desk: "${event.providerName}" is approved`,
    subjectMany: (count) => `provider-desk: ${count} updates on provider profiles`,
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    line: (event) => {
      const who = event.actorName ?? 'Someone'
      if (event.kind === 'submitted')
        return `${who} submitted "${event.providerName}" for review. The revision waits for your review.`
      if (event.kind === 'changes_requested')
        return `${who} requested changes on "${event.providerName}". The revision is back with you.`
      return `${who} approved "${event.providerName}". The revision is published with the next export.`
    },
    comment: 'Comment',
    open: 'Open in admin',
    at: (when) => `on ${dateTime(when)}`,
    footer:
      'This mail was sent automatically by provider-desk. Choose which notices you get in your account under "E-mail notices".',
  },
  passwordReset: {
    subject: 'provider-desk: reset your password',
    greeting: (name) => `Hello ${name},`,
    body: 'a new password was requested for your account. The link is valid for one hour:',
    ignore: 'If this was not you, ignore this e-mail; your password stays as it is.',
    redacted: '(The link was removed from this copy after sending.)',
  },
}
