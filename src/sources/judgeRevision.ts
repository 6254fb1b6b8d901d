import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'
import type { SourceVerdict } from './judgeSource'
import { judgeSource } from './judgeSource'
import type { VendorFields } from './vendorDomains'
import { vendorDomainsOf } from './vendorDomains'
import { strayLinkMessage } from './sourceMessages'
import type { VendorEntry } from './vendorEntry'

/**
 * What the rule writes into one citation or audit entry. `verdictReason` is the
 * message (code and parameters) that says why; it is read in the reader's language.
 */
export type EntryJudgement = {
  verdict: SourceVerdict
  verdictReason: Message
  findings: Finding[]
}

type CitationLike = {
  url?: string | null
  title?: string | null
  linkedFrom?: string | null
  rawLine?: string | null
}

type AuditLike = {
  title?: string | null
  reportUrl?: string | null
  linkedFrom?: string | null
  rawLine?: string | null
  auditor?: string | null
  period?: string | null
  scope?: string | null
  summary?: string | null
}

type TextRow = { label?: string | null; note?: string | null; value?: string | null }
type TextLink = { label?: string | null; title?: string | null; text?: string | null }

/** The parts of a provider revision that reach the page and carry URLs. */
export type JudgedRevision = VendorFields & {
  /** The revision's other page texts, one per field (the body sections, facts, description). */
  texts?: readonly { field: string; text: string }[]
  citations?: readonly CitationLike[] | null
  audits?: readonly AuditLike[] | null
  datasheet?: readonly TextRow[] | null
  legalLinks?: readonly TextLink[] | null
}

/** `https://…`, `www.…` and scheme-relative `//host.tld/…` (a link target the browser completes). */
const urlPattern =
  /\bhttps?:\/\/[^\s<>"'`)\]]+|\bwww\.[^\s<>"'`)\]]+|(?<![\w:/])\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#][^\s<>"'`)\]]*)?/gi

/** Every web address written inside a text, trailing punctuation dropped, as an absolute URL. */
export const urlsInText = (text: string | null | undefined): string[] =>
  [...(text ?? '').matchAll(urlPattern)].map((match) =>
    match[0]
      .replace(/[.,;:!?]+$/, '')
      .replace(/^www\./i, (www) => `https://${www}`)
      .replace(/^\/\//, 'https://'),
  )

/** `source.rejected` for each address inside `texts` that is not a vendor page (and not one of `allowed`). */
const strayLinkFindings = (args: {
  texts: readonly (string | null | undefined)[]
  allowed: readonly (string | null | undefined)[]
  vendors: readonly VendorEntry[]
  field: string
}): Finding[] => {
  const allowed = new Set(args.allowed.filter(Boolean).map((url) => url!.trim()))
  const urls = [...new Set(args.texts.flatMap(urlsInText))].filter((url) => !allowed.has(url))
  return urls.flatMap((url) =>
    judgeSource({ url, vendors: args.vendors }).verdict === 'primary'
      ? []
      : [
          makeFinding({
            code: 'source.rejected',
            message: strayLinkMessage({ url, vendors: args.vendors }),
            field: args.field,
            value: url,
          }),
        ],
  )
}

/** The message of a finding on its own. */
const messageOf = ({ messageCode, params }: Finding): Message =>
  ({ messageCode, params }) as Message

const verdictOf = (base: SourceVerdict, findings: readonly Finding[]): SourceVerdict =>
  findings.some((finding) => finding.severity === 'error') ? 'rejected' : base

/**
 * One "Quellen" entry: its URL (or the URL read from its imported line) by the
 * primary-source rule, its `linkedFrom`, and every other address in its title or
 * line, each against the vendor domains of the same revision. Findings name the
 * entry's path (`citations.3.url`).
 */
export const judgeCitation = (args: {
  citation: CitationLike
  vendors: readonly VendorEntry[]
  path: string
}): EntryJudgement => {
  const { citation, vendors, path } = args
  const base = judgeSource({
    url: citation.url,
    raw: citation.rawLine ?? citation.title,
    linkedFrom: citation.linkedFrom,
    vendors,
  })
  // A vendor page that names a `linkedFrom` must name a vendor page there too.
  const linkedFrom = citation.linkedFrom?.trim()
  const strayLinkedFrom =
    base.verdict === 'primary' &&
    linkedFrom &&
    judgeSource({ url: linkedFrom, vendors }).verdict !== 'primary'
      ? [
          makeFinding({
            code: 'source.linked-without-vendor-page',
            message: strayLinkMessage({ url: linkedFrom, vendors }),
            field: `${path}.linkedFrom`,
            value: linkedFrom,
          }),
        ]
      : []
  const findings = [
    ...base.findings.map((finding) => ({
      ...finding,
      field: `${path}.${finding.field === 'linkedFrom' ? 'linkedFrom' : 'url'}`,
    })),
    ...strayLinkedFrom,
    ...strayLinkFindings({
      texts: [citation.title, citation.rawLine],
      allowed: [base.url, citation.url, citation.linkedFrom],
      vendors,
      field: `${path}.title`,
    }),
  ]
  const verdict = verdictOf(base.verdict, findings)
  const firstError = findings.find((finding) => finding.severity === 'error')
  return { verdict, verdictReason: firstError ? messageOf(firstError) : base.reason, findings }
}

/**
 * One audit entry: its report URL like a citation (a third-party report needs the
 * vendor page that links it); an entry without a report is text and only its title
 * is checked for addresses.
 */
export const judgeAudit = (args: {
  audit: AuditLike
  vendors: readonly VendorEntry[]
  path: string
}): EntryJudgement => {
  const { audit, vendors, path } = args
  const factFindings = strayLinkFindings({
    texts: [audit.auditor, audit.period, audit.scope, audit.summary],
    allowed: [],
    vendors,
    field: `${path}.summary`,
  })
  if (!audit.reportUrl?.trim()) {
    const findings = [
      ...strayLinkFindings({
        texts: [audit.title, audit.rawLine],
        allowed: [],
        vendors,
        field: `${path}.title`,
      }),
      ...factFindings,
    ]
    return {
      verdict: verdictOf('primary', findings),
      verdictReason: findings[0] ? messageOf(findings[0]) : message('source.no-report', {}),
      findings,
    }
  }
  const judged = judgeCitation({
    citation: {
      url: audit.reportUrl,
      title: audit.title,
      linkedFrom: audit.linkedFrom,
      rawLine: audit.rawLine,
    },
    vendors,
    path,
  })
  const findings = [
    ...judged.findings.map((finding) =>
      finding.field === `${path}.url` ? { ...finding, field: `${path}.reportUrl` } : finding,
    ),
    ...factFindings,
  ]
  const firstError = findings.find((finding) => finding.severity === 'error')
  return {
    verdict: verdictOf(judged.verdict, findings),
    verdictReason: firstError ? messageOf(firstError) : judged.verdictReason,
    findings,
  }
}

/**
 * The primary-source rule over a whole revision (pure): every citation, every audit
 * report, and every address in the Datenblatt's verbatim texts, all against the vendor
 * domains of this same revision.
 */
export const judgeRevision = (revision: JudgedRevision) => {
  const vendors = vendorDomainsOf(revision)
  const listOf = <T>(value: readonly T[] | null | undefined): readonly T[] =>
    Array.isArray(value) ? value : []
  const citations = listOf(revision.citations).map((citation, index) =>
    judgeCitation({ citation, vendors, path: `citations.${index}` }),
  )
  const audits = listOf(revision.audits).map((audit, index) =>
    judgeAudit({ audit, vendors, path: `audits.${index}` }),
  )
  const textFindings = [
    ...listOf(revision.datasheet).flatMap((row, index) =>
      strayLinkFindings({
        texts: [row.label, row.note, row.value],
        allowed: [],
        vendors,
        field: `datasheet.${index}.value`,
      }),
    ),
    ...listOf(revision.legalLinks).flatMap((link, index) =>
      strayLinkFindings({
        texts: [link.label, link.title, link.text],
        allowed: [],
        vendors,
        field: `legalLinks.${index}.text`,
      }),
    ),
    ...(revision.texts ?? []).flatMap(({ field, text }) =>
      strayLinkFindings({ texts: [text], allowed: [], vendors, field }),
    ),
  ]
  return { vendors, citations, audits, textFindings }
}
