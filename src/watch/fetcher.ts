import { Agent, buildConnector, request } from 'undici'

import type { ConnectToRule } from './connectTo'
import type { AcceptedType } from './answer'
import { readAnswer } from './answer'
import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'
import { maxDocumentBytes } from './limits'
import { resolveTarget, systemLookup } from './resolveTarget'
import type { Lookup, Target } from './resolveTarget'

/** The validators a server gave for a document, sent back as a conditional request. */
export type Validators = { etag: string | null; lastModified: string | null }

export type Redirect = { from: string; to: string; status: number }

/** Stable codes of a failed fetch; `isTransient` says whether the next run may succeed. */
export type FailureCode =
  | 'bad-url'
  | 'unsupported-protocol'
  | 'dns'
  | 'network'
  | 'tls'
  | 'timeout'
  | 'http-error'
  | 'too-large'
  | 'unsupported-type'
  | 'too-many-redirects'
  | 'bad-redirect'
  | 'unexpected-304'

export type Trail = {
  /** The URL asked for. */
  url: string
  /** The URL of the last hop made (the asked one without redirects). */
  finalUrl: string
  redirects: Redirect[]
}

export type FetchResult =
  | (Trail & {
      outcome: 'ok'
      status: number
      contentType: AcceptedType
      /** The `charset` parameter of the content type, lower case, if any. */
      charset: string | null
      validators: Validators
      bytes: number
      body: Buffer
    })
  | (Trail & { outcome: 'not-modified'; status: 304; validators: Validators })
  | (Trail & {
      outcome: 'blocked'
      /** 0 for the URL asked for, n for the n-th redirect's target. */
      hop: number
      host: string
      address: string
      /** Why the address is refused (`loopback`, `private`, `cloudMetadata` …). */
      range: string
      /** Why, for a person (`watch.blocked…`). */
      message: Message
    })
  | (Trail & {
      outcome: 'failed'
      code: FailureCode
      /** Why, for a person (`watch.…`): technical codes as its parameters. */
      message: Message
      isTransient: boolean
      /** The HTTP status, for `http-error`. */
      status?: number
    })

export type FetcherOptions = {
  /** The desk's public URL, named in the `User-Agent` so a vendor can see who asks. */
  publicUrl: string
  /** Parsed `SOURCE_WATCH_CONNECT_TO`. */
  connectTo?: ConnectToRule[]
  /** Resolver; the system's by default. Tests pass their own. */
  lookup?: Lookup
  connectTimeoutMs?: number
  /** For the whole fetch: every hop, headers and body. */
  totalTimeoutMs?: number
  maxBytes?: number
  maxRedirects?: number
}

export type DocumentRequest = {
  url: string
  validators?: Validators
  /** The source's own language tags (`en`, `en-US, en`); none: `defaultAcceptLanguage`. */
  language?: string | null
}

/** The site is German: vendors that offer their documents in German are asked for it first. */
export const defaultAcceptLanguage = 'de-DE,de;q=0.9,en;q=0.8'

/** One language tag (`de`, `en-US`, `zh-Hant-TW`), as a source's override lists them. */
const languageTag = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i

/** The tags of a source's override (comma- or space-separated); `[]` when any is not one. */
export const languageTags = (language: string): string[] => {
  const tags = language.split(/[\s,]+/).filter(Boolean)
  return tags.every((tag) => languageTag.test(tag)) ? tags : []
}

/** `Accept-Language` for a source: its tags in order, weighted down from 1, else the default. */
export const acceptLanguageFor = (language?: string | null): string => {
  const tags = language ? languageTags(language) : []
  if (tags.length === 0) return defaultAcceptLanguage
  return tags
    .slice(0, 9)
    .map((tag, index) => (index === 0 ? tag : `${tag};q=${(1 - index / 10).toFixed(1)}`))
    .join(',')
}

export type Fetcher = {
  fetchDocument: (documentRequest: DocumentRequest) => Promise<FetchResult>
  close: () => Promise<void>
}

export const userAgentFor = (publicUrl: string): string =>
  `provider-desk source watch (+${publicUrl})`

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
])
const timeoutCodes = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
])
const tlsCodePattern = /^(ERR_TLS_|ERR_SSL_)|CERT|UNABLE_TO_|SELF_SIGNED/

/** Thrown by the connector when the address it resolved at connect time is refused. */
class AddressRefusedError extends Error {
  readonly target: Extract<Target, { kind: 'refused' }>
  constructor(target: Extract<Target, { kind: 'refused' }>) {
    super(`${target.host} is ${target.address} (${target.range})`)
    this.target = target
  }
}

const refusalMessage = ({
  host,
  address,
  range,
}: {
  host: string
  address: string
  range: string
}): Message =>
  host === address
    ? message('watch.blocked', { address, range })
    : message('watch.blocked.resolves', { host, address, range })

/** What an expected network failure is, or `null` for anything else (a bug: rethrown). */
const failureOf = (error: unknown): { code: FailureCode; message: Message } | null => {
  const code = (error as { code?: unknown }).code
  const detail = error instanceof Error ? error.message : String(error)
  if (typeof code !== 'string') return null
  if (timeoutCodes.has(code))
    return { code: 'timeout', message: message('watch.timeout', { detail }) }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return { code: 'dns', message: message('watch.unresolved', { detail }) }
  if (networkCodes.has(code))
    return { code: 'network', message: message('watch.network', { code, detail }) }
  if (tlsCodePattern.test(code))
    return { code: 'tls', message: message('watch.tls', { code, detail }) }
  return null
}

/**
 * A fetcher of cited documents. Every hop's address is checked before a connection is
 * made, and the connection is made to exactly the address checked: the agent's connector
 * resolves and checks again itself and dials the IP, so a name that answers differently
 * the second time (DNS rebinding) gains nothing. TLS keeps the URL's host for SNI and the
 * certificate check, against Node's CA store (with `NODE_EXTRA_CA_CERTS`).
 */
export const createFetcher = ({
  publicUrl,
  connectTo = [],
  lookup = systemLookup,
  connectTimeoutMs = 10_000,
  totalTimeoutMs = 30_000,
  maxBytes = maxDocumentBytes,
  maxRedirects = 5,
}: FetcherOptions): Fetcher => {
  const connectDirectly = buildConnector({ timeout: connectTimeoutMs })
  const agent = new Agent({
    connect: (options, callback) => {
      resolveTarget({ ...options, connectTo, lookup }).then(
        (target) => {
          if (target.kind === 'refused') return callback(new AddressRefusedError(target), null)
          if (target.kind === 'unresolved') {
            return callback(Object.assign(new Error(target.message), { code: 'ENOTFOUND' }), null)
          }
          try {
            connectDirectly(
              { ...options, hostname: target.address, port: String(target.port) },
              callback,
            )
          } catch (error) {
            callback(error as Error, null)
          }
        },
        (error: Error) => callback(error, null),
      )
    },
  })
  const userAgent = userAgentFor(publicUrl)

  const fetchDocument = async ({
    url,
    validators,
    language,
  }: DocumentRequest): Promise<FetchResult> => {
    const redirects: Redirect[] = []
    const trail = (finalUrl: string): Trail => ({ url, finalUrl, redirects })
    const failed = (finalUrl: string, code: FailureCode, reason: Message, isTransient = false) => ({
      ...trail(finalUrl),
      outcome: 'failed' as const,
      code,
      message: reason,
      isTransient,
    })
    if (!URL.canParse(url)) return failed(url, 'bad-url', message('watch.bad-url', { url }))
    const signal = AbortSignal.timeout(totalTimeoutMs)
    const headers: Record<string, string> = {
      'user-agent': userAgent,
      accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8',
      'accept-language': acceptLanguageFor(language),
    }
    if (validators?.etag) headers['if-none-match'] = validators.etag
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified
    const isConditional = Boolean(validators?.etag || validators?.lastModified)

    let current = new URL(url)
    for (;;) {
      const hopUrl = current.href
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        const code = redirects.length === 0 ? 'unsupported-protocol' : 'bad-redirect'
        const reason = message('watch.unsupported-protocol', { protocol: current.protocol })
        return failed(hopUrl, code, reason)
      }
      const { hostname, port, protocol } = current
      const target = await resolveTarget({ hostname, port, protocol, connectTo, lookup })
      if (target.kind === 'unresolved') {
        return failed(hopUrl, 'dns', message('watch.unresolved', { detail: target.message }), true)
      }
      if (target.kind === 'refused') {
        return {
          ...trail(hopUrl),
          outcome: 'blocked',
          hop: redirects.length,
          host: target.host,
          address: target.address,
          range: target.range,
          message: refusalMessage(target),
        }
      }

      try {
        const response = await request(current, {
          dispatcher: agent,
          headers,
          signal,
          headersTimeout: totalTimeoutMs,
          bodyTimeout: totalTimeoutMs,
        })
        const answer = await readAnswer({
          response,
          trail: trail(hopUrl),
          signal,
          maxBytes,
          isConditional,
        })
        if (answer.kind === 'result') return answer.result
        if (redirects.length >= maxRedirects) {
          const reason = message('watch.too-many-redirects', { maxRedirects })
          return failed(hopUrl, 'too-many-redirects', reason)
        }
        redirects.push({ from: hopUrl, to: answer.location.href, status: answer.status })
        current = answer.location
      } catch (error) {
        if (error instanceof AddressRefusedError) {
          return {
            ...trail(hopUrl),
            outcome: 'blocked',
            hop: redirects.length,
            ...error.target,
            message: refusalMessage(error.target),
          }
        }
        if (signal.aborted) {
          const reason = message('watch.no-answer', { ms: totalTimeoutMs })
          return failed(hopUrl, 'timeout', reason, true)
        }
        const failure = failureOf(error)
        if (!failure) throw error
        return failed(hopUrl, failure.code, failure.message, failure.code !== 'tls')
      }
    }
  }

  return { fetchDocument, close: () => agent.close() }
}
