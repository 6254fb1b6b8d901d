import type { Language } from '../i18n/messages'
import { escapeHtml } from '../mail/escapeHtml'

/**
 * A person's pending workflow notices as one e-mail: subject, plain text and HTML, in the
 * recipient's language. Pure: the caller writes it to the outbox and sends it. Every value
 * from the data is escaped in the HTML; links go to the admin only.
 */

export type NoticeKind = 'submitted' | 'changes_requested' | 'approved'

export type NoticeEvent = {
  kind: NoticeKind
  providerId: string
  providerName: string
  actorName: string | null
  comment: string | null
  occurredAt: string
}

export type ComposedNotice = { subject: string; text: string; html: string }

type Texts = {
  subjectOne: (event: NoticeEvent) => string
  subjectMany: (count: number) => string
  greeting: (name: string | null) => string
  line: (event: NoticeEvent) => string
  comment: string
  open: string
  at: (when: string) => string
  footer: string
  someone: string
}

/** A German date and time in the team's zone: `07.12.2026, 14:05`. */
export const formatGermanDateTime = (iso: string): string =>
  new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))

const formatEnglishDateTime = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))

const texts: Record<Language, Texts> = {
  de: {
    subjectOne: (event) =>
      event.kind === 'submitted'
        ? `provider-desk: „${event.providerName}“ wartet auf dein Review`
        : event.kind === 'changes_requested'
          ? `provider-desk: Änderungen an „${event.providerName}“ angefordert`
          : `provider-desk: „${event.providerName}“ ist freigegeben`,
    subjectMany: (count) => `provider-desk: ${count} Neuigkeiten zu Anbieterprofilen`,
    greeting: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
    line: (event) => {
      const who = event.actorName ?? 'Jemand'
      if (event.kind === 'submitted')
        return `${who} hat „${event.providerName}“ zur Prüfung eingereicht. Die Fassung wartet auf dein Review.`
      if (event.kind === 'changes_requested')
        return `${who} hat Änderungen an „${event.providerName}“ angefordert. Die Fassung ist zurück bei dir.`
      return `${who} hat „${event.providerName}“ freigegeben. Die Fassung wird beim nächsten Export veröffentlicht.`
    },
    comment: 'Kommentar',
    open: 'Im Admin öffnen',
    at: (when) => `am ${formatGermanDateTime(when)} Uhr`,
    footer:
      'Diese Mail wurde automatisch von provider-desk verschickt. Welche Benachrichtigungen du bekommst, stellst du in deinem Konto unter „Benachrichtigungen per E-Mail“ ein.',
    someone: 'Jemand',
  },
  en: {
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
    at: (when) => `on ${formatEnglishDateTime(when)}`,
    footer:
      'This mail was sent automatically by provider-desk. Choose which notices you get in your account under "E-mail notices".',
    someone: 'Someone',
  },
}

const providerUrl = (publicUrl: string, id: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/admin/collections/providers/${encodeURIComponent(id)}`

/** One mail for a person's notices, oldest first. */
export const composeNotice = ({
  events,
  recipientName,
  language,
  publicUrl,
}: {
  events: readonly NoticeEvent[]
  recipientName: string | null
  language: Language
  publicUrl: string
}): ComposedNotice => {
  const t = texts[language]
  const subject = events.length === 1 ? t.subjectOne(events[0]!) : t.subjectMany(events.length)
  const textBlocks = events.map((event) =>
    [
      `${t.line(event)} (${t.at(event.occurredAt)})`,
      ...(event.comment?.trim()
        ? [
            `${t.comment}:`,
            ...event.comment
              .trim()
              .split('\n')
              .map((line) => `> ${line}`),
          ]
        : []),
      `${t.open}: ${providerUrl(publicUrl, event.providerId)}`,
    ].join('\n'),
  )
  const text = [t.greeting(recipientName), '', textBlocks.join('\n\n'), '', '-- ', t.footer].join(
    '\n',
  )
  const htmlBlocks = events.map((event) =>
    [
      '<li style="margin-bottom:12px">',
      `<p style="margin:0">${escapeHtml(t.line(event))} <span style="color:#555">(${escapeHtml(t.at(event.occurredAt))})</span></p>`,
      event.comment?.trim()
        ? `<blockquote style="margin:6px 0;padding-left:8px;border-left:3px solid #999;white-space:pre-wrap">${escapeHtml(event.comment.trim())}</blockquote>`
        : '',
      `<p style="margin:4px 0"><a href="${escapeHtml(providerUrl(publicUrl, event.providerId))}">${escapeHtml(t.open)}</a></p>`,
      '</li>',
    ].join(''),
  )
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;font-size:15px">',
    `<p>${escapeHtml(t.greeting(recipientName))}</p>`,
    `<ul style="padding-left:18px">${htmlBlocks.join('')}</ul>`,
    `<p style="color:#555;font-size:13px">${escapeHtml(t.footer)}</p>`,
    '</body></html>',
  ].join('')
  return { subject, text, html }
}
