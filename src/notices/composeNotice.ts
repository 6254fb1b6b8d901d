import { mailTexts } from '../i18n/mail/mailTexts'
import type { Language } from '../i18n/messages'
import { escapeHtml } from '../mail/escapeHtml'

/**
 * A person's pending workflow notices as one e-mail: subject, plain text and HTML, in the
 * recipient's language (the words: src/i18n/mail). Pure: the caller writes it to the outbox and sends it. Every value
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
  const t = mailTexts[language].notice
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
