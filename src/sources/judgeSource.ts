import type { Finding } from '../findings/finding'
import type { Message } from '../i18n/messages'
import type { UrlParts } from './urlParts'
import type { VendorEntry } from './vendorEntry'
import { makeFinding } from '../findings/finding'
import { lookalikeOf } from './lookalike'
import { matchVendor } from './matchVendor'
import { parseSourceLine } from './parseSourceLine'
import {
  documentWithoutPageMessage,
  insecureHttpMessage,
  linkedFromNotVendorMessage,
  linkedReason,
  lookalikeMessage,
  noUrlMessage,
  notVendorMessage,
  primaryReason,
  unusableUrlMessage,
} from './sourceMessages'
import { urlPartsOf } from './urlParts'

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
