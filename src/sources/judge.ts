import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'
import { lookalikeOf } from './lookalikes'
import { parseSourceLine } from './sourceLine'
import {
  documentWithoutPageMessage,
  insecureHttpMessage,
  linkedFromNotVendorMessage,
  linkedReason,
  lookalikeMessage,
  noUrlMessage,
  notVendorMessage,
  primaryReason,
  strayLinkMessage,
  unusableUrlMessage,
} from './sourceMessages'
import type { UrlParts, VendorEntry, VendorFields } from './vendors'
import { matchVendor, urlPartsOf, vendorDomainsOf } from './vendors'

/**
 * The primary-source rule's verdicts, the second half of the rule (docs/decisions/0003,
 * 0006; `vendors.ts` says what the vendor's places are): a whole revision
 * (`judgeRevision`), one citation or audit entry (`judgeCitation`, `judgeAudit`), one URL
 * (`judgeSource`); what they say why is `sourceMessages.ts`, how a "Quellen" line is read
 * `sourceLine.ts`. Pure and free of Node built-ins: the save hook, lint, the source watch and the
 * admin's browser all run this same code.
 */

/**
 * What the rule writes into one citation or audit entry. `verdictReason` is the
 * message (code and parameters) that says why; it is read in the reader's language.
 */
export type EntryJudgement = {
  verdict: SourceVerdict
  verdictReason: Message
  findings: Finding[]
}

/** The parts of a provider revision that reach the page and carry URLs. */
export type JudgedRevision = VendorFields & {
  /** The revision's other page texts, one per field (the body sections, facts, description). */
  texts?: readonly { field: string; text: string }[]
  citations?: readonly CitationLike[] | null
  audits?: readonly AuditLike[] | null
  datasheet?: readonly TextRow[] | null
  legalLinks?: readonly TextLink[] | null
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

/** Where an entry is judged: the vendor domains of its revision, and its path there (`citations.3`). */
type EntryInRevision = { vendors: readonly VendorEntry[]; path: string }

type TextRow = { label?: string | null; note?: string | null; value?: string | null }
type TextLink = { label?: string | null; title?: string | null; text?: string | null }

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
  // The verbatim texts that may hold addresses, each with the field its findings name.
  const places = [
    ...listOf(revision.datasheet).map((row, index) => ({
      texts: [row.label, row.note, row.value],
      field: `datasheet.${index}.value`,
    })),
    ...listOf(revision.legalLinks).map((link, index) => ({
      texts: [link.label, link.title, link.text],
      field: `legalLinks.${index}.text`,
    })),
    ...(revision.texts ?? []).map(({ field, text }) => ({ texts: [text], field })),
  ]
  const textFindings = places.flatMap(({ texts, field }) =>
    strayLinkFindings({ texts, allowed: [], vendors, field }),
  )
  return { vendors, citations, audits, textFindings }
}

/**
 * One "Quellen" entry: its URL (or the URL read from its imported line) by the
 * primary-source rule, its `linkedFrom`, and every other address in its title or
 * line, each against the vendor domains of the same revision. Findings name the
 * entry's path (`citations.3.url`).
 */
export const judgeCitation = (
  args: EntryInRevision & { citation: CitationLike },
): EntryJudgement => {
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
export const judgeAudit = (args: EntryInRevision & { audit: AuditLike }): EntryJudgement => {
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

/** The message of a finding on its own. */
const messageOf = ({ messageCode, params }: Finding): Message =>
  ({ messageCode, params }) as Message

const verdictOf = (base: SourceVerdict, findings: readonly Finding[]): SourceVerdict =>
  findings.some((finding) => finding.severity === 'error') ? 'rejected' : base

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

export type SourceVerdict = 'primary' | 'linked' | 'rejected'

export type SourceToJudge = {
  /** The source's URL field; when empty, the URL is read from `raw`. */
  url?: string | null
  /** The line as it stood in the page's "Quellen" list. */
  raw?: string | null
  /** A vendor page that links this (third-party) document. */
  linkedFrom?: string | null
  vendors: readonly VendorEntry[]
}

export type SourceJudgement = {
  verdict: SourceVerdict
  /** The URL judged (from `url`, or read from `raw`); `null` when there is none. */
  url: string | null
  /** Its host in ASCII (punycode) form; `null` when there is no usable URL. */
  host: string | null
  /** Why, in one sentence: the first finding's message, or the vendor entry matched. */
  reason: Message
  findings: Finding[]
}

/** Third-party documents: without "linked from" they get `source.linked-without-vendor-page`. */
const documentPath = /\.(?:pdf|docx?|odt|rtf)$/

const isDocument = (parts: UrlParts): boolean => documentPath.test(parts.segments.at(-1) ?? '')

/**
 * The primary-source rule for one source.
 * - `primary`: the URL is on a vendor host, a subdomain of one, or under a vendor
 *   host+path prefix; `http:` adds the warning `source.insecure-http`.
 * - `linked`: a third-party URL whose `linkedFrom` is itself primary.
 * - `rejected`, with one error: `source.malformed` (no http(s) URL), `source.lookalike`
 *   (an IDN host that imitates a vendor domain or mixes scripts), or, for a third-party
 *   URL, `source.linked-without-vendor-page` when `linkedFrom` is set but not primary
 *   or when the URL is a document (pdf, doc, docx, odt, rtf) without `linkedFrom`, and
 *   `source.rejected` otherwise.
 * Findings are on field `url` when a URL was given, `sources` for a raw line, and
 * `linkedFrom` for a `linkedFrom` that is not a vendor page.
 */
export const judgeSource = (source: SourceToJudge): SourceJudgement => {
  const { vendors } = source
  const givenUrl = source.url?.trim() || undefined
  const field = givenUrl ? 'url' : 'sources'
  const value = givenUrl ?? source.raw?.trim() ?? ''
  const url = givenUrl ?? (source.raw ? parseSourceLine(source.raw).url : undefined)
  const reject = (args: {
    code: Finding['code']
    message: Message
    url?: string
    host?: string
    field?: string
    value?: string
  }): SourceJudgement => ({
    verdict: 'rejected',
    url: args.url ?? null,
    host: args.host ?? null,
    reason: args.message,
    findings: [
      makeFinding({
        code: args.code,
        message: args.message,
        field: args.field ?? field,
        value: args.value ?? value,
      }),
    ],
  })

  if (!url) return reject({ code: 'source.malformed', message: noUrlMessage(value) })
  const parts = urlPartsOf(url)
  if (!parts) return reject({ code: 'source.malformed', message: unusableUrlMessage(url) })
  const { host } = parts
  const httpWarnings =
    parts.protocol === 'http:'
      ? [
          makeFinding({
            code: 'source.insecure-http',
            message: insecureHttpMessage({ host }),
            field,
            value,
          }),
        ]
      : []

  const entry = matchVendor({ parts, vendors })
  if (entry)
    return { verdict: 'primary', url, host, reason: primaryReason(entry), findings: httpWarnings }

  const lookalike = lookalikeOf({ parts, vendors })
  if (lookalike) {
    return reject({
      code: 'source.lookalike',
      message: lookalikeMessage({ host, lookalike, vendors }),
      url,
      host,
    })
  }

  const linkedFrom = source.linkedFrom?.trim()
  if (linkedFrom) {
    const page = judgeSource({ url: linkedFrom, vendors })
    if (page.verdict !== 'primary') {
      const message = linkedFromNotVendorMessage({ host, linkedFrom, vendors })
      return reject({
        code: 'source.linked-without-vendor-page',
        message,
        url,
        host,
        field: 'linkedFrom',
        value: linkedFrom,
      })
    }
    const pageWarnings = page.findings.map((finding) => ({ ...finding, field: 'linkedFrom' }))
    return {
      verdict: 'linked',
      url,
      host,
      reason: linkedReason({ host, linkedFrom }),
      findings: [...httpWarnings, ...pageWarnings],
    }
  }

  return isDocument(parts)
    ? reject({
        code: 'source.linked-without-vendor-page',
        message: documentWithoutPageMessage({ host, vendors }),
        url,
        host,
      })
    : reject({ code: 'source.rejected', message: notVendorMessage({ host, vendors }), url, host })
}
