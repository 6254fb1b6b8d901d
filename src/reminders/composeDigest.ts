import type { Digest, DigestEntry, Language } from './planDigests'

import { defaultSuppressDays } from './planDigests'

/**
 * Renders a planned digest as an e-mail: subject, plain text and HTML. German by default, English by the
 * recipient's preference. Pure: the caller adds From/To and sends. Every provider value is escaped in
 * the HTML; the HTML uses inline styles only and loads nothing from outside.
 */

export type ComposedMail = {
  subject: string
  text: string
  html: string
}

type Texts = {
  subject: (count: number) => string
  greeting: (name: string | null) => string
  intro: (count: number) => string
  state: (entry: DigestEntry) => string
  lastReviewed: (date: string) => string
  unassigned: string
  open: string
  footer: (suppressDays: number) => string
  formatDate: (isoDay: string) => string
}

const germanDays = (n: number): string => (n === 1 ? '1 Tag' : `${n} Tagen`)
const englishDays = (n: number): string => (n === 1 ? '1 day' : `${n} days`)

const texts: Record<Language, Texts> = {
  de: {
    subject: (count) =>
      count === 1
        ? 'provider-desk: 1 Anbieterprofil braucht eine Prüfung'
        : `provider-desk: ${count} Anbieterprofile brauchen eine Prüfung`,
    greeting: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
    intro: (count) =>
      count === 1
        ? 'dieses Anbieterprofil ist überfällig oder wird bald fällig und braucht eine Prüfung:'
        : 'diese Anbieterprofile sind überfällig oder werden bald fällig und brauchen eine Prüfung:',
    state: (entry) =>
      entry.state === 'stale'
        ? `überfällig seit ${germanDays(entry.daysOverdue)}`
        : entry.daysLeft === 0
          ? 'wird heute fällig'
          : `wird in ${germanDays(entry.daysLeft)} fällig`,
    lastReviewed: (date) => `zuletzt geprüft am ${date}`,
    unassigned: 'niemand zur Prüfung zugewiesen',
    open: 'Im Admin öffnen',
    footer: (days) =>
      `Diese Erinnerung kommt für jedes Profil höchstens einmal in ${days} Tagen. Sie wurde automatisch von provider-desk verschickt.`,
    formatDate: (day) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`,
  },
  en: {
    subject: (count) =>
      count === 1
        ? 'provider-desk: 1 provider profile needs a review'
        : `provider-desk: ${count} provider profiles need a review`,
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: (count) =>
      count === 1
        ? 'this provider profile is overdue or due soon and needs a review:'
        : 'these provider profiles are overdue or due soon and need a review:',
    state: (entry) =>
      entry.state === 'stale'
        ? `overdue by ${englishDays(entry.daysOverdue)}`
        : entry.daysLeft === 0
          ? 'due today'
          : `due in ${englishDays(entry.daysLeft)}`,
    lastReviewed: (date) => `last reviewed on ${date}`,
    unassigned: 'no reviewer assigned',
    open: 'Open in admin',
    footer: (days) =>
      `You get this reminder at most once every ${days} days per profile. It was sent automatically by provider-desk.`,
    formatDate: (day) => day,
  },
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => htmlEscapes[char] ?? char)

export const providerEditUrl = (args: { publicUrl: string; id: string }): string =>
  `${args.publicUrl.replace(/\/+$/, '')}/admin/collections/providers/${encodeURIComponent(args.id)}`

const detailsOf = (args: { entry: DigestEntry; t: Texts }): string[] => {
  const { entry, t } = args
  const details = [t.state(entry), t.lastReviewed(t.formatDate(entry.updated))]
  return entry.isUnassigned ? [...details, t.unassigned] : details
}

const composeText = (args: {
  digest: Digest
  t: Texts
  publicUrl: string
  suppressDays: number
}): string => {
  const { digest, t, publicUrl, suppressDays } = args
  const items = digest.providers.map((entry) => {
    const details = detailsOf({ entry, t }).join(', ')
    return `- ${entry.name}: ${details}\n  ${providerEditUrl({ publicUrl, id: entry.id })}`
  })
  return [
    t.greeting(digest.recipientName),
    '',
    t.intro(digest.providers.length),
    '',
    ...items,
    '',
    '-- ',
    t.footer(suppressDays),
    '',
  ].join('\n')
}

const composeHtml = (args: {
  digest: Digest
  t: Texts
  language: Language
  publicUrl: string
  suppressDays: number
}): string => {
  const { digest, t, language, publicUrl, suppressDays } = args
  const items = digest.providers.map((entry) => {
    const url = escapeHtml(providerEditUrl({ publicUrl, id: entry.id }))
    const color = entry.state === 'stale' ? '#b00020' : '#8a5a00'
    const [state, ...rest] = detailsOf({ entry, t }).map(escapeHtml)
    return [
      '<li style="margin:0 0 12px 0">',
      `<a href="${url}" style="color:#0b57d0;font-weight:bold">${escapeHtml(entry.name)}</a><br>`,
      `<span style="color:${color}">${state}</span>, ${rest.join(', ')}<br>`,
      `<a href="${url}" style="color:#0b57d0;font-size:13px">${escapeHtml(t.open)}</a>`,
      '</li>',
    ].join('')
  })
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(t.subject(digest.providers.length))}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f1f1f;margin:0;padding:16px">',
    `<p style="margin:0 0 12px 0">${escapeHtml(t.greeting(digest.recipientName))}</p>`,
    `<p style="margin:0 0 12px 0">${escapeHtml(t.intro(digest.providers.length))}</p>`,
    `<ul style="margin:0 0 16px 0;padding-left:20px">\n${items.join('\n')}\n</ul>`,
    `<p style="margin:0;color:#5f6368;font-size:13px">${escapeHtml(t.footer(suppressDays))}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

export const composeDigest = (args: {
  digest: Digest
  publicUrl: string
  /** Defaults to the digest's (the recipient's) language. */
  language?: Language
  /** Only for the footer sentence; the same value the plan used. */
  suppressDays?: number
}): ComposedMail => {
  const { digest, publicUrl, suppressDays = defaultSuppressDays } = args
  const language: Language = args.language ?? (digest.language === 'en' ? 'en' : 'de')
  const t = texts[language]
  return {
    subject: t.subject(digest.providers.length),
    text: composeText({ digest, t, publicUrl, suppressDays }),
    html: composeHtml({ digest, t, language, publicUrl, suppressDays }),
  }
}
