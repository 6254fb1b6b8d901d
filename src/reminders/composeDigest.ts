import type { ChangedSource, CitingProfile, ExcerptBlock } from './groupSourceChanges'
import type { ClaimChange } from '../evidence/verify'
import type { Digest, DigestEntry, Language } from './planDigests'

import { dateText } from '../i18n/dates'
import { defaultSuppressDays } from './planDigests'
import { escapeHtml } from '../mail/escapeHtml'

/**
 * Renders a planned digest as an e-mail: subject, plain text and HTML. German by default, English by the
 * recipient's preference. Pure: the caller adds From/To and sends. Every provider value is escaped in
 * the HTML; the HTML uses inline styles only and loads nothing from outside.
 *
 * The stale and due-soon providers come first, then the section "Quellen geändert" (when the digest has
 * source changes): per changed URL the profiles citing it, each with its admin link, and the excerpt of
 * the change as preformatted text (the watch's `- old` / `+ new` lines), or, where quoted passages of the
 * profile no longer stand, "Belege geändert": each claim with its passage as approved and as it is now
 * (claim-level evidence, docs/source-watch.md). Then the notes "Geändert, Belege unberührt": documents
 * that changed while every passage the profile quotes still stands, with the profiles citing them
 * (nothing was re-opened; they only ride along in a digest sent anyway). A vendor URL is a link only when
 * it is http(s), so no other scheme from the data ends up in an `href`.
 */

export type ComposedMail = {
  subject: string
  text: string
  html: string
}

type Texts = {
  subject: (count: number) => string
  /** "2 sources changed": the subject's part for changed sources (`subjectOf` joins them). */
  sourcesChanged: (count: number) => string
  greeting: (name: string | null) => string
  intro: (count: number) => string
  /** The first sentence when there is no stale or due-soon provider, only changed sources. */
  introSourcesOnly: string
  sourcesHeading: string
  sourcesIntro: (count: number) => string
  citedBy: string
  excerpt: string
  /** The label of a block whose quoted passages no longer stand ("Belege geändert"). */
  claimsChanged: string
  claimState: (state: ClaimChange['state']) => string
  quoted: (text: string) => string
  asApproved: string
  now: string
  closest: string
  /** The notes on changed documents whose quoted passages all hold. */
  notesHeading: string
  notesIntro: (count: number) => string
  state: (entry: DigestEntry) => string
  lastReviewed: (date: string) => string
  unassigned: string
  open: string
  footer: (suppressDays: number) => string
  /** The footer when the digest has changed sources. */
  footerWithSources: (args: { suppressDays: number; hasProfiles: boolean }) => string
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
    sourcesChanged: (count) => (count === 1 ? '1 Quelle geändert' : `${count} Quellen geändert`),
    greeting: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
    intro: (count) =>
      count === 1
        ? 'dieses Anbieterprofil ist überfällig oder wird bald fällig und braucht eine Prüfung:'
        : 'diese Anbieterprofile sind überfällig oder werden bald fällig und brauchen eine Prüfung:',
    introSourcesOnly: 'die Quellenüberwachung hat Änderungen an zitierten Dokumenten bemerkt.',
    sourcesHeading: 'Quellen geändert',
    sourcesIntro: (count) =>
      count === 1
        ? 'Dieses zitierte Dokument hat sich seit der letzten Freigabe geändert. Bitte die Änderung prüfen und die Profile, die es zitieren, erneut freigeben:'
        : 'Diese zitierten Dokumente haben sich seit der letzten Freigabe geändert. Bitte die Änderungen prüfen und die Profile, die sie zitieren, erneut freigeben:',
    citedBy: 'zitiert in',
    excerpt: 'Änderung',
    claimsChanged: 'Belege geändert',
    claimState: (state) => (state === 'edited' ? 'geändert' : 'nicht mehr gefunden'),
    quoted: (text) => `„${text}“`,
    asApproved: 'wie freigegeben',
    now: 'jetzt',
    closest: 'ähnlichste Stelle',
    notesHeading: 'Geändert, Belege unberührt',
    notesIntro: (count) =>
      count === 1
        ? 'Dieses zitierte Dokument hat sich geändert, aber jede Stelle, die die Profile daraus zitieren, steht noch. Nichts wurde wieder geöffnet; zur Kenntnis:'
        : 'Diese zitierten Dokumente haben sich geändert, aber jede Stelle, die die Profile daraus zitieren, steht noch. Nichts wurde wieder geöffnet; zur Kenntnis:',
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
    footerWithSources: ({ suppressDays, hasProfiles }) =>
      [
        ...(hasProfiles
          ? [`Diese Erinnerung kommt für jedes Profil höchstens einmal in ${suppressDays} Tagen.`]
          : []),
        'Jede Quellenänderung wird nur einmal gemeldet.',
        'Diese Mail wurde automatisch von provider-desk verschickt.',
      ].join(' '),
    formatDate: (day) => dateText(day, 'de'),
  },
  en: {
    subject: (count) =>
      count === 1
        ? 'provider-desk: 1 provider profile needs a review'
        : `provider-desk: ${count} provider profiles need a review`,
    sourcesChanged: (count) => (count === 1 ? '1 source changed' : `${count} sources changed`),
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: (count) =>
      count === 1
        ? 'this provider profile is overdue or due soon and needs a review:'
        : 'these provider profiles are overdue or due soon and need a review:',
    introSourcesOnly: 'the source watch noticed changes in cited documents.',
    sourcesHeading: 'Sources changed',
    sourcesIntro: (count) =>
      count === 1
        ? 'This cited document changed since the last approval. Please check the change and approve the profiles citing it again:'
        : 'These cited documents changed since the last approval. Please check the changes and approve the profiles citing them again:',
    citedBy: 'cited in',
    excerpt: 'Change',
    claimsChanged: 'Evidence changed',
    claimState: (state) => (state === 'edited' ? 'edited' : 'no longer found'),
    quoted: (text) => `“${text}”`,
    asApproved: 'as approved',
    now: 'now',
    closest: 'closest passage',
    notesHeading: 'Changed, evidence unaffected',
    notesIntro: (count) =>
      count === 1
        ? 'This cited document changed, but every passage the profiles quote from it still stands. Nothing was re-opened; for your information:'
        : 'These cited documents changed, but every passage the profiles quote from them still stands. Nothing was re-opened; for your information:',
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
    footerWithSources: ({ suppressDays, hasProfiles }) =>
      [
        ...(hasProfiles
          ? [`You get this reminder at most once every ${suppressDays} days per profile.`]
          : []),
        'Each source change is reported once.',
        'This mail was sent automatically by provider-desk.',
      ].join(' '),
    formatDate: (day) => dateText(day, 'en'),
  },
}

export const providerEditUrl = (args: { publicUrl: string; id: string }): string =>
  `${args.publicUrl.replace(/\/+$/, '')}/admin/collections/providers/${encodeURIComponent(args.id)}`

const detailsOf = (args: { entry: DigestEntry; t: Texts }): string[] => {
  const { entry, t } = args
  const details = [t.state(entry), t.lastReviewed(t.formatDate(entry.updated))]
  return entry.isUnassigned ? [...details, t.unassigned] : details
}

/** "…: 2 profiles need a review, 1 source changed"; without profiles "provider-desk: 1 source changed". */
const subjectOf = (args: { digest: Digest; t: Texts }): string => {
  const { digest, t } = args
  const profiles = digest.providers.length
  if (digest.sources.length === 0) return t.subject(profiles)
  const sources = t.sourcesChanged(digest.sources.length)
  return profiles > 0 ? `${t.subject(profiles)}, ${sources}` : `provider-desk: ${sources}`
}

const footerOf = (args: { digest: Digest; t: Texts; suppressDays: number }): string => {
  const { digest, t, suppressDays } = args
  return digest.sources.length + digest.notes.length > 0
    ? t.footerWithSources({ suppressDays, hasProfiles: digest.providers.length > 0 })
    : t.footer(suppressDays)
}

/** The opening sentence: the stale profiles' when there are any, else the one of the section. */
const introOf = (args: { digest: Digest; t: Texts }): string =>
  args.digest.providers.length > 0
    ? args.t.intro(args.digest.providers.length)
    : args.t.introSourcesOnly

/** A vendor URL as a link target: http(s) only, anything else is shown but not linked. */
const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url)

const citingLabel = (args: { profile: CitingProfile; t: Texts }): string =>
  args.profile.isUnassigned ? `${args.profile.name} (${args.t.unassigned})` : args.profile.name

/** The profiles citing a document, once each: a note's excerpts differ per baseline, not its meaning. */
const profilesOf = (source: ChangedSource): CitingProfile[] => {
  const seen = new Map<string, CitingProfile>()
  for (const profile of source.excerpts.flatMap((block) => block.profiles)) {
    if (!seen.has(profile.id)) seen.set(profile.id, profile)
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'))
}

/** The label of a claim's later passage: what it reads now, or only the closest one found. */
const afterLabel = (claim: ClaimChange, t: Texts): string =>
  claim.state === 'edited' ? t.now : t.closest

/** A block's quoted passages that no longer stand (plain text): claim, state, before, after. */
const claimsText = (block: ExcerptBlock, t: Texts): string[] => [
  `  ${t.claimsChanged}:`,
  ...block.claims.flatMap((claim) => [
    `    ${t.quoted(claim.claim)} – ${t.claimState(claim.state)}`,
    `      ${t.asApproved}: ${claim.before}`,
    ...(claim.after === null ? [] : [`      ${afterLabel(claim, t)}: ${claim.after}`]),
  ]),
]

const claimsHtml = (block: ExcerptBlock, t: Texts): string => {
  const items = block.claims.map((claim) =>
    [
      `<li style="margin:0 0 8px 0"><strong>${escapeHtml(claim.claim)}</strong> – ${escapeHtml(t.claimState(claim.state))}`,
      `<div style="color:#5f6368;font-size:13px">${escapeHtml(t.asApproved)}: <del>${escapeHtml(claim.before)}</del></div>`,
      ...(claim.after === null
        ? []
        : [
            `<div style="font-size:13px">${escapeHtml(afterLabel(claim, t))}: <ins>${escapeHtml(claim.after)}</ins></div>`,
          ]),
      '</li>',
    ].join(''),
  )
  return [
    `<div style="margin:4px 0 0 0;color:#5f6368;font-size:13px">${escapeHtml(t.claimsChanged)}:</div>`,
    `<ul style="margin:2px 0 0 0;padding-left:20px">${items.join('')}</ul>`,
  ].join('')
}

const composeSourcesText = (args: {
  sources: ChangedSource[]
  t: Texts
  publicUrl: string
}): string[] => {
  const { sources, t, publicUrl } = args
  if (sources.length === 0) return []
  const blocks = sources.map((source) =>
    [
      source.url,
      ...source.excerpts.flatMap((block) => [
        `  ${t.citedBy}:`,
        ...block.profiles.map(
          (profile) =>
            `  - ${citingLabel({ profile, t })}: ${providerEditUrl({ publicUrl, id: profile.id })}`,
        ),
        ...(block.claims.length > 0
          ? claimsText(block, t)
          : block.excerpt === ''
            ? []
            : [`  ${t.excerpt}:`, ...block.excerpt.split('\n').map((line) => `    ${line}`)]),
      ]),
    ].join('\n'),
  )
  return [t.sourcesHeading, '', t.sourcesIntro(sources.length), '', blocks.join('\n\n'), '']
}

/** The notes: per document, the profiles citing it (plain text). */
const composeNotesText = (args: {
  notes: ChangedSource[]
  t: Texts
  publicUrl: string
}): string[] => {
  const { notes, t, publicUrl } = args
  if (notes.length === 0) return []
  const blocks = notes.map((note) =>
    [
      note.url,
      `  ${t.citedBy}:`,
      ...profilesOf(note).map(
        (profile) =>
          `  - ${citingLabel({ profile, t })}: ${providerEditUrl({ publicUrl, id: profile.id })}`,
      ),
    ].join('\n'),
  )
  return [t.notesHeading, '', t.notesIntro(notes.length), '', blocks.join('\n\n'), '']
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
    introOf({ digest, t }),
    '',
    ...(items.length > 0 ? [...items, ''] : []),
    ...composeSourcesText({ sources: digest.sources, t, publicUrl }),
    ...composeNotesText({ notes: digest.notes, t, publicUrl }),
    '-- ',
    footerOf({ digest, t, suppressDays }),
    '',
  ].join('\n')
}

const linkStyle = 'color:#0b57d0'
const preStyle =
  'margin:2px 0 0 0;padding:8px;background:#f6f8fa;border:1px solid #dadce0;border-radius:4px;font-family:Menlo,Consolas,monospace;font-size:13px;line-height:1.4;white-space:pre-wrap;word-break:break-word'

/** A citing profile as a link to its edit view, "(niemand zuständig)" beside it when unassigned. */
const profileLinkHtml = (
  profile: { id: string; name: string; isUnassigned: boolean },
  t: Texts,
  publicUrl: string,
): string => {
  const href = escapeHtml(providerEditUrl({ publicUrl, id: profile.id }))
  const link = `<a href="${href}" style="${linkStyle}">${escapeHtml(profile.name)}</a>`
  return profile.isUnassigned ? `${link} (${escapeHtml(t.unassigned)})` : link
}

const composeSourcesHtml = (args: {
  sources: ChangedSource[]
  t: Texts
  publicUrl: string
}): string[] => {
  const { sources, t, publicUrl } = args
  if (sources.length === 0) return []
  const items = sources.map((source) => {
    const url = escapeHtml(source.url)
    const head = isWebUrl(source.url)
      ? `<a href="${url}" style="${linkStyle};font-weight:bold;word-break:break-all">${url}</a>`
      : `<strong style="word-break:break-all">${url}</strong>`
    const blocks = source.excerpts.map((block) => {
      const profiles = block.profiles.map((profile) => profileLinkHtml(profile, t, publicUrl))
      return [
        `<div style="margin:4px 0 0 0">${escapeHtml(t.citedBy)}: ${profiles.join(', ')}</div>`,
        ...(block.claims.length > 0
          ? [claimsHtml(block, t)]
          : block.excerpt === ''
            ? []
            : [
                `<div style="margin:4px 0 0 0;color:#5f6368;font-size:13px">${escapeHtml(t.excerpt)}:</div>`,
                `<pre style="${preStyle}">${escapeHtml(block.excerpt)}</pre>`,
              ]),
      ].join('')
    })
    return `<li style="margin:0 0 16px 0">${head}${blocks.join('')}</li>`
  })
  return [
    `<h2 style="margin:20px 0 8px 0;font-size:17px">${escapeHtml(t.sourcesHeading)}</h2>`,
    `<p style="margin:0 0 12px 0">${escapeHtml(t.sourcesIntro(sources.length))}</p>`,
    `<ul style="margin:0 0 16px 0;padding-left:20px">\n${items.join('\n')}\n</ul>`,
  ]
}

const composeNotesHtml = (args: {
  notes: ChangedSource[]
  t: Texts
  publicUrl: string
}): string[] => {
  const { notes, t, publicUrl } = args
  if (notes.length === 0) return []
  const items = notes.map((note) => {
    const url = escapeHtml(note.url)
    const head = isWebUrl(note.url)
      ? `<a href="${url}" style="${linkStyle};word-break:break-all">${url}</a>`
      : `<span style="word-break:break-all">${url}</span>`
    const profiles = profilesOf(note).map((profile) => profileLinkHtml(profile, t, publicUrl))
    return `<li style="margin:0 0 8px 0">${head}<div style="margin:2px 0 0 0">${escapeHtml(t.citedBy)}: ${profiles.join(', ')}</div></li>`
  })
  return [
    `<h2 style="margin:20px 0 8px 0;font-size:17px">${escapeHtml(t.notesHeading)}</h2>`,
    `<p style="margin:0 0 12px 0;color:#5f6368">${escapeHtml(t.notesIntro(notes.length))}</p>`,
    `<ul style="margin:0 0 16px 0;padding-left:20px;color:#5f6368">\n${items.join('\n')}\n</ul>`,
  ]
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
    `<title>${escapeHtml(subjectOf({ digest, t }))}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f1f1f;margin:0;padding:16px">',
    `<p style="margin:0 0 12px 0">${escapeHtml(t.greeting(digest.recipientName))}</p>`,
    `<p style="margin:0 0 12px 0">${escapeHtml(introOf({ digest, t }))}</p>`,
    ...(items.length > 0
      ? [`<ul style="margin:0 0 16px 0;padding-left:20px">\n${items.join('\n')}\n</ul>`]
      : []),
    ...composeSourcesHtml({ sources: digest.sources, t, publicUrl }),
    ...composeNotesHtml({ notes: digest.notes, t, publicUrl }),
    `<p style="margin:0;color:#5f6368;font-size:13px">${escapeHtml(footerOf({ digest, t, suppressDays }))}</p>`,
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
    subject: subjectOf({ digest, t }),
    text: composeText({ digest, t, publicUrl, suppressDays }),
    html: composeHtml({ digest, t, language, publicUrl, suppressDays }),
  }
}
