import type { LinkItem } from '../markdown/types'
import { parseLinkItem } from '../markdown/sections'
import { parseSourceLine } from '../sources/judge'

/** What kind of document a citation is; editors correct the importer's guess. */
export const citationKinds = [
  'policy',
  'terms',
  'faq',
  'support',
  'repo',
  'transparency',
  'audit-report',
  'other',
] as const

export type CitationKind = (typeof citationKinds)[number]

/** The page-relevant part of one "Quellen" entry as the provider stores it. */
export type StoredCitation = {
  url?: string | null
  title?: string | null
  kind?: CitationKind | null
  linkedFrom?: string | null
  /** The line as it stood on an imported page; printed only while it says what the fields say. */
  rawLine?: string | null
}

/** The page-relevant part of one "Audits (laut Anbieter)" entry. */
export type StoredAudit = {
  title: string
  reportUrl?: string | null
  linkedFrom?: string | null
  rawLine?: string | null
}

const kindRules: [RegExp, CitationKind][] = [
  [/\.pdf(\?|#|$)|audit/i, 'audit-report'],
  [/transparen/i, 'transparency'],
  [/privacy|datenschutz/i, 'policy'],
  [/terms|tos\b|agb|legal/i, 'terms'],
  [/\/faq|faq\./i, 'faq'],
  [/support|help|zendesk|hc\/|kb\//i, 'support'],
  [/github\.com|gitlab\.|codeberg\.org|bitbucket\.org|sourcehut|sr\.ht/i, 'repo'],
]

/** A first guess at what kind of document a URL is. */
export const guessCitationKind = (url: string | null | undefined): CitationKind =>
  (url && kindRules.find(([pattern]) => pattern.test(url))?.[1]) || 'other'

/** Text inside `[…]` of a link: nothing in it can close the link text early. */
export const escapeLinkLabel = (text: string): string =>
  text.replace(/[\\[\]]/g, (char) => `\\${char}`)

/**
 * Text for a markdown line that must stay text: nothing in it can open a link, an
 * autolink, an HTML tag or an emphasis the editor did not see as such.
 */
export const escapeLinkText = (text: string): string =>
  text
    .replace(/[\\[\]<>*_`]/g, (char) => `\\${char}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')

const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a || null) === (b || null)

/** True while the imported line still cites what the citation's fields say. */
const isLineOfCitation = (citation: StoredCitation): boolean => {
  if (!citation.rawLine) return false
  const line = parseSourceLine(citation.rawLine)
  return same(line.url, citation.url) && same(line.title, citation.title)
}

/** A citation's "Quellen" line: the imported line as it was, else `[title](url)` from its fields. */
export const citationLine = (citation: StoredCitation): string => {
  if (isLineOfCitation(citation)) return citation.rawLine ?? ''
  if (citation.url && citation.title) return `[${escapeLinkLabel(citation.title)}](${citation.url})`
  return citation.url || escapeLinkText(citation.title ?? '')
}

/** An imported "Quellen" line as a citation: its URL and title read from the line, kept whole. */
export const citationFromLine = (rawLine: string): StoredCitation => {
  const { url, title } = parseSourceLine(rawLine)
  return { rawLine, url: url ?? null, title: title ?? null, kind: guessCitationKind(url) }
}

const isLineOfAudit = (audit: StoredAudit): boolean => {
  if (!audit.rawLine) return false
  const link = parseLinkItem(audit.rawLine)
  return same(link.url, audit.reportUrl) && same(link.title, audit.title)
}

/** An audit's Datenblatt bullet: the imported item as it was, else `[title](report)` from its fields. */
export const auditItem = (audit: StoredAudit): string => {
  if (isLineOfAudit(audit)) return audit.rawLine ?? ''
  if (audit.reportUrl && audit.title) return `[${escapeLinkLabel(audit.title)}](${audit.reportUrl})`
  return audit.reportUrl || escapeLinkText(audit.title ?? '')
}

/** An imported "Audits (laut Anbieter)" bullet as an audit entry. */
export const auditFromItem = (link: LinkItem): StoredAudit => ({
  title: link.title,
  reportUrl: link.url,
  rawLine: link.url ? `[${link.title}](${link.url})` : link.title,
})
