import type { ChangedSource, CitingProfile, ExcerptBlock } from './groupSourceChanges'
import type { ClaimChange } from '../evidence/verify'
import type { Digest, DigestEntry, Language } from './planDigests'

import type { DigestTexts } from '../i18n/digest/digestTexts'
import { digestTexts } from '../i18n/digest/digestTexts'
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

export const providerEditUrl = (args: { publicUrl: string; id: string }): string =>
  `${args.publicUrl.replace(/\/+$/, '')}/admin/collections/providers/${encodeURIComponent(args.id)}`

const detailsOf = (args: { entry: DigestEntry; t: DigestTexts }): string[] => {
  const { entry, t } = args
  const details = [t.state(entry), t.lastReviewed(t.formatDate(entry.updated))]
  return entry.isUnassigned ? [...details, t.unassigned] : details
}

const subjectOf = (args: { digest: Digest; t: DigestTexts }): string =>
  args.t.subject({ profiles: args.digest.providers.length, sources: args.digest.sources.length })

const footerOf = (args: { digest: Digest; t: DigestTexts; suppressDays: number }): string => {
  const { digest, t, suppressDays } = args
  return digest.sources.length + digest.notes.length > 0
    ? t.footerWithSources({ suppressDays, hasProfiles: digest.providers.length > 0 })
    : t.footer(suppressDays)
}

/** The opening sentence: the stale profiles' when there are any, else the one of the section. */
const introOf = (args: { digest: Digest; t: DigestTexts }): string =>
  args.digest.providers.length > 0
    ? args.t.intro(args.digest.providers.length)
    : args.t.introSourcesOnly

/** A vendor URL as a link target: http(s) only, anything else is shown but not linked. */
const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url)

const citingLabel = (args: { profile: CitingProfile; t: DigestTexts }): string =>
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
const afterLabel = (claim: ClaimChange, t: DigestTexts): string =>
  claim.state === 'edited' ? t.now : t.closest

/** A block's quoted passages that no longer stand (plain text): claim, state, before, after. */
const claimsText = (block: ExcerptBlock, t: DigestTexts): string[] => [
  `  ${t.claimsChanged}:`,
  ...block.claims.flatMap((claim) => [
    `    ${t.quoted(claim.claim)} – ${t.claimState(claim.state)}`,
    `      ${t.asApproved}: ${claim.before}`,
    ...(claim.after === null ? [] : [`      ${afterLabel(claim, t)}: ${claim.after}`]),
  ]),
]

const claimsHtml = (block: ExcerptBlock, t: DigestTexts): string => {
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

/** The profiles citing a document, with their admin links (plain text). */
const citedByText = (profiles: CitingProfile[], t: DigestTexts, publicUrl: string): string[] => [
  `  ${t.citedBy}:`,
  ...profiles.map(
    (profile) =>
      `  - ${citingLabel({ profile, t })}: ${providerEditUrl({ publicUrl, id: profile.id })}`,
  ),
]

/** What changed in one block (plain text): the passages that no longer stand, else the excerpt. */
const changeText = (block: ExcerptBlock, t: DigestTexts): string[] => {
  if (block.claims.length > 0) return claimsText(block, t)
  if (block.excerpt === '') return []
  return [`  ${t.excerpt}:`, ...block.excerpt.split('\n').map((line) => `    ${line}`)]
}

/**
 * The changed sources and the notes alike (plain text): heading, intro, then each
 * document's URL and its lines (`linesOf`); nothing without documents.
 */
const sectionText = (args: {
  documents: ChangedSource[]
  heading: string
  intro: (count: number) => string
  linesOf: (document: ChangedSource) => string[]
}): string[] => {
  const { documents, heading, intro, linesOf } = args
  if (documents.length === 0) return []
  const blocks = documents.map((document) => [document.url, ...linesOf(document)].join('\n'))
  return [heading, '', intro(documents.length), '', blocks.join('\n\n'), '']
}

const composeText = (args: {
  digest: Digest
  t: DigestTexts
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
    ...sectionText({
      documents: digest.sources,
      heading: t.sourcesHeading,
      intro: t.sourcesIntro,
      linesOf: (source) =>
        source.excerpts.flatMap((block) => [
          ...citedByText(block.profiles, t, publicUrl),
          ...changeText(block, t),
        ]),
    }),
    ...sectionText({
      documents: digest.notes,
      heading: t.notesHeading,
      intro: t.notesIntro,
      linesOf: (note) => citedByText(profilesOf(note), t, publicUrl),
    }),
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
  t: DigestTexts,
  publicUrl: string,
): string => {
  const href = escapeHtml(providerEditUrl({ publicUrl, id: profile.id }))
  const link = `<a href="${href}" style="${linkStyle}">${escapeHtml(profile.name)}</a>`
  return profile.isUnassigned ? `${link} (${escapeHtml(t.unassigned)})` : link
}

/** The profiles citing a document as links; `margin` above the line. */
const citedByHtml = (args: {
  profiles: CitingProfile[]
  t: DigestTexts
  publicUrl: string
  margin: string
}): string => {
  const { profiles, t, publicUrl, margin } = args
  const links = profiles.map((profile) => profileLinkHtml(profile, t, publicUrl))
  return `<div style="margin:${margin} 0 0 0">${escapeHtml(t.citedBy)}: ${links.join(', ')}</div>`
}

/** What changed in one block (HTML): the passages that no longer stand, else the excerpt. */
const changeHtml = (block: ExcerptBlock, t: DigestTexts): string => {
  if (block.claims.length > 0) return claimsHtml(block, t)
  if (block.excerpt === '') return ''
  return [
    `<div style="margin:4px 0 0 0;color:#5f6368;font-size:13px">${escapeHtml(t.excerpt)}:</div>`,
    `<pre style="${preStyle}">${escapeHtml(block.excerpt)}</pre>`,
  ].join('')
}

/** A document's URL as the head of its item: bold for a change, plain for a note; linked only when http(s). */
const documentHeadHtml = (url: string, isMuted: boolean): string => {
  const escaped = escapeHtml(url)
  if (isWebUrl(url)) {
    const weight = isMuted ? '' : ';font-weight:bold'
    return `<a href="${escaped}" style="${linkStyle}${weight};word-break:break-all">${escaped}</a>`
  }
  const tag = isMuted ? 'span' : 'strong'
  return `<${tag} style="word-break:break-all">${escaped}</${tag}>`
}

/**
 * The changed sources and the notes alike (HTML): heading, intro, then each document's
 * URL and its body (`bodyOf`); the notes muted (grey, closer together). Nothing without
 * documents.
 */
const sectionHtml = (args: {
  documents: ChangedSource[]
  heading: string
  intro: (count: number) => string
  isMuted: boolean
  bodyOf: (document: ChangedSource) => string
}): string[] => {
  const { documents, heading, intro, isMuted, bodyOf } = args
  if (documents.length === 0) return []
  const muted = isMuted ? ';color:#5f6368' : ''
  const items = documents.map(
    (document) =>
      `<li style="margin:0 0 ${isMuted ? 8 : 16}px 0">${documentHeadHtml(document.url, isMuted)}${bodyOf(document)}</li>`,
  )
  return [
    `<h2 style="margin:20px 0 8px 0;font-size:17px">${escapeHtml(heading)}</h2>`,
    `<p style="margin:0 0 12px 0${muted}">${escapeHtml(intro(documents.length))}</p>`,
    `<ul style="margin:0 0 16px 0;padding-left:20px${muted}">\n${items.join('\n')}\n</ul>`,
  ]
}

const composeHtml = (args: {
  digest: Digest
  t: DigestTexts
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
    ...sectionHtml({
      documents: digest.sources,
      heading: t.sourcesHeading,
      intro: t.sourcesIntro,
      isMuted: false,
      bodyOf: (source) =>
        source.excerpts
          .map(
            (block) =>
              citedByHtml({ profiles: block.profiles, t, publicUrl, margin: '4px' }) +
              changeHtml(block, t),
          )
          .join(''),
    }),
    ...sectionHtml({
      documents: digest.notes,
      heading: t.notesHeading,
      intro: t.notesIntro,
      isMuted: true,
      bodyOf: (note) => citedByHtml({ profiles: profilesOf(note), t, publicUrl, margin: '2px' }),
    }),
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
  const t = digestTexts[language]
  return {
    subject: subjectOf({ digest, t }),
    text: composeText({ digest, t, publicUrl, suppressDays }),
    html: composeHtml({ digest, t, language, publicUrl, suppressDays }),
  }
}
