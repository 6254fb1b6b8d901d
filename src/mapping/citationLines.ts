/**
 * The "Quellen" lines and the audit bullets as the provider stores them, both directions,
 * pure: an entry prints the line it was imported from while that still says what its
 * fields say, else a line made from its fields; an imported line becomes an entry with its
 * URL and title read from it. Also the kinds of document a citation is, and the
 * importer's first guess.
 */
import type { LinkItem } from '../markdown/types'
import { escapeLinkLabel, escapeLinkText } from '../markdown/escaping'
import { parseLinkItem } from '../markdown/sections'
import { parseSourceLine } from '../sources/sourceLine'

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
type StoredAudit = {
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
const guessCitationKind = (url: string | null | undefined): CitationKind =>
  (url && kindRules.find(([pattern]) => pattern.test(url))?.[1]) || 'other'

const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a || null) === (b || null)

type LinkFields = { url?: string | null; title?: string | null }

/**
 * An entry's line on the page: the line it was imported from while that still says what
 * its fields say (`read` reads a line's URL and title), else `[title](url)` from the
 * fields, else the URL or the title alone.
 */
const entryLine = ({
  rawLine,
  read,
  fields,
}: {
  rawLine?: string | null
  read: (line: string) => LinkFields
  fields: LinkFields
}): string => {
  if (rawLine) {
    const line = read(rawLine)
    if (same(line.url, fields.url) && same(line.title, fields.title)) return rawLine
  }
  if (fields.url && fields.title) return `[${escapeLinkLabel(fields.title)}](${fields.url})`
  return fields.url || escapeLinkText(fields.title ?? '')
}

/** A citation's "Quellen" line: the imported line as it was, else `[title](url)` from its fields. */
export const citationLine = (citation: StoredCitation): string =>
  entryLine({ rawLine: citation.rawLine, read: parseSourceLine, fields: citation })

/** An imported "Quellen" line as a citation: its URL and title read from the line, kept whole. */
export const citationFromLine = (rawLine: string): StoredCitation => {
  const { url, title } = parseSourceLine(rawLine)
  return { rawLine, url: url ?? null, title: title ?? null, kind: guessCitationKind(url) }
}

/** An audit's Datenblatt bullet: the imported item as it was, else `[title](report)` from its fields. */
export const auditItem = (audit: StoredAudit): string =>
  entryLine({
    rawLine: audit.rawLine,
    read: parseLinkItem,
    fields: { url: audit.reportUrl, title: audit.title },
  })

/** An imported "Audits (laut Anbieter)" bullet as an audit entry. */
export const auditFromItem = (link: LinkItem): StoredAudit => ({
  title: link.title,
  reportUrl: link.url,
  rawLine: link.url ? `[${link.title}](${link.url})` : link.title,
})
