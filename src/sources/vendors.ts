import { parse } from 'tldts'

import type { LanguageSource, Message } from '../i18n/messages'
import { message, textFor } from '../i18n/messages'
import type { VendorField } from '../mapping/facts'
import { vendorFields, vendorRepoFields, vendorSiteFields } from '../mapping/facts'
import type { SharedHost } from './sharedHosts'
import { sharedHostOf } from './sharedHosts'

/**
 * What a provider's official places on the web are, the first half of the primary-source
 * rule (docs/decisions/0003; `judge.ts` is the second half): the vendor entries, where they
 * come from (the provider's URL fields and its editable `vendorDomains` list; never a shared
 * platform as a whole, `sharedHosts.ts`), and whether a URL falls under an entry (one that
 * only looks like one is `lookalikes.ts`). Pure and free of Node built-ins: the admin runs
 * it in the browser too.
 */

/**
 * One official place of a provider on the web.
 * - `domain`: the host and every subdomain of it (`getsession.org`, `foo.github.io`).
 * - `host`: exactly this host, nothing below it (a tenant on a shared platform,
 *   `sessionapp.zendesk.com`).
 * - `prefix`: this exact host with URLs whose path starts with these whole segments
 *   (`github.com/session-foundation`, never `github.com/session-foundation-evil`).
 * - `platform`: a shared platform as a whole, for the platform's own profile (its
 *   website is the platform's root, `https://github.com`): every page of the platform
 *   itself (`sharedHostOf`), never a tenant's subdomain (`sessionapp.zendesk.com`).
 */
export type VendorEntry =
  | { kind: 'domain'; host: string; from: VendorEntryOrigin }
  | { kind: 'host'; host: string; from: VendorEntryOrigin }
  | { kind: 'prefix'; host: string; segments: string[]; from: VendorEntryOrigin }
  | { kind: 'platform'; host: string; from: VendorEntryOrigin }

/** The provider field an entry came from (`website`, `repo`, `vendorDomains` …). */
export type VendorEntryOrigin = string

/** `getsession.org`, `sessionapp.zendesk.com`, `github.com/session-foundation`. */
export const describeVendorEntry = (entry: VendorEntry): string =>
  entry.kind === 'prefix' ? [entry.host, ...entry.segments].join('/') : entry.host

/**
 * The provider fields the vendor domains come from (`vendor` in `src/mapping/facts.ts`).
 * Values that are not URLs ("Nicht angegeben") are ignored.
 */
export type VendorFields = { [field in VendorField]?: string | null } & {
  /** Editable: hosts (`sessionapp.zendesk.com`) or host+path prefixes (`github.com/org`). */
  vendorDomains?: readonly string[] | null
}

/**
 * Every official place of a provider: the registrable domains of its website-like
 * URLs, its repo URL as host plus first path segment, and its editable list.
 * Shared platforms never become whole-host entries (see `sharedHosts`), except for
 * the platform's own profile (`platformEntryOf`). Entries the editable list refuses
 * are left out here; `parseVendorDomain` says why.
 */
export const vendorDomainsOf = (provider: VendorFields): VendorEntry[] => {
  const fromField = (field: VendorField, ownHostSegments: 0 | 1) => {
    const parts = urlPartsOf(provider[field] ?? '')
    return parts ? entryOfUrl({ parts, from: field, isWidened: true, ownHostSegments }) : null
  }
  const fromSites = vendorSiteFields.map((field) => fromField(field, 0))
  const fromRepo = vendorRepoFields.map((field) => fromField(field, 1))
  const fromList = (provider.vendorDomains ?? []).map(
    (value) => parseVendorDomain(value).entry ?? null,
  )
  const platform = platformEntryOf(provider.website)
  return dedupe(
    [platform, ...fromSites, ...fromRepo, ...fromList].filter((entry) => entry !== null),
  )
}

/**
 * The shared platform a provider is itself: its website is the root of a shared host
 * (`https://github.com`, `https://www.reddit.com/`), so the profile is the platform's
 * own and every page of the platform is the vendor's (`https://x.com/en/privacy` for X).
 * For any other vendor a path there still names only one account. The website is
 * reviewed content: the reviewer sees who claims to be the platform. A tenant's
 * subdomain (`sessionapp.zendesk.com`) or a path (`github.com/org`) names a tenant,
 * not the platform (`entryOfUrl`).
 */
const platformEntryOf = (website: string | null | undefined): VendorEntry | null => {
  const parts = urlPartsOf(website ?? '')
  if (!parts || parts.segments.length > 0) return null
  const onShared = sharedHostOf(parts.host)
  if (!onShared || onShared.isTenantSubdomain) return null
  return { kind: 'platform', host: onShared.shared.host, from: 'website' }
}

const keyOf = (entry: VendorEntry): string =>
  entry.kind === 'prefix'
    ? `prefix:${entry.host}/${entry.segments.join('/')}`
    : `${entry.kind}:${entry.host}`

const dedupe = (entries: VendorEntry[]): VendorEntry[] => {
  const seen = new Set<string>()
  return entries.filter((entry) => {
    const key = keyOf(entry)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The provider fields `vendorDomainsOf` reads, as a Local API `select`. */
export const vendorFieldSelect = {
  ...(Object.fromEntries(vendorFields.map((field) => [field, true])) as Record<VendorField, true>),
  vendorDomains: true,
} as const

export type ParsedVendorDomain =
  { entry: VendorEntry; problem?: undefined } | { entry?: undefined; problem: Message }

/**
 * Reads one entry of a provider's editable `vendorDomains` list: a host
 * (`sessionapp.zendesk.com`, `session.foundation`: the host and its subdomains) or a
 * host with a path prefix (`github.com/session-foundation`). A scheme is allowed and
 * ignored. An entry that would make a shared platform or a public suffix a vendor
 * domain is refused with a reason the admin can show.
 */
export const parseVendorDomain = (value: string): ParsedVendorDomain => {
  const trimmed = value.trim().replace(/^\*\./, '')
  const parts = urlPartsOf(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`)
  if (!parts || !parts.host.includes('.')) {
    return { problem: message('vendor-domain.not-a-host', { value }) }
  }
  const onShared = sharedHostOf(parts.host)
  if (parts.segments.length > 0) {
    const count = onShared?.isTenantSubdomain ? 0 : onShared?.shared.tenantSegments
    if (count === null) {
      return { problem: message('vendor-domain.shared-no-prefix', { host: parts.host }) }
    }
    if (count !== undefined && parts.segments.length < count) {
      return { problem: message('vendor-domain.shared-too-short', { host: parts.host, count }) }
    }
    return {
      entry: { kind: 'prefix', host: parts.host, segments: parts.segments, from: 'vendorDomains' },
    }
  }
  const entry = entryOfUrl({ parts, from: 'vendorDomains', isWidened: false, ownHostSegments: 0 })
  if (entry) return { entry }
  if (onShared) return { problem: sharedHostProblem({ host: parts.host, shared: onShared.shared }) }
  return { problem: message('vendor-domain.public-suffix', { host: parts.host }) }
}

const sharedHostProblem = (args: { host: string; shared: SharedHost }): Message => {
  const { host, shared } = args
  const hints = [
    ...(shared.hasTenantSubdomains ? [`<vendor>.${shared.host}`] : []),
    ...(shared.tenantSegments === 1 ? [`${host}/<vendor>`] : []),
    ...(shared.tenantSegments === 2 ? [`${host}/<kind>/<vendor>`] : []),
  ]
  return message('vendor-domain.shared-host', { host, hints })
}

/** Why entries of a provider's `vendorDomains` list cannot count, one message each, in the asker's language. */
export const vendorDomainProblems = ({
  values,
  req,
}: {
  values: readonly string[] | null | undefined
  req: LanguageSource | undefined
}): string[] =>
  (values ?? []).flatMap((value) => {
    const { problem } = parseVendorDomain(value)
    return problem ? [textFor(req, problem)] : []
  })

/**
 * The vendor entry one official URL stands for.
 * - On a shared platform: the tenant's own subdomain as an exact host, or the host
 *   plus the segments that name the tenant (`github.com/session-foundation`); nothing
 *   when the URL does not name a tenant (`https://github.com`, an app store page).
 * - Elsewhere: the registrable domain (`isWidened`, for website-like fields) or the host
 *   itself, with every subdomain; with `ownHostSegments: 1` (the repo field) the host
 *   plus its first path segment when there is one (`git.example.org/org`).
 * Public suffixes (`github.io`, `com`) and hosts without a domain (`localhost`) give nothing.
 */
export const entryOfUrl = (args: {
  parts: UrlParts
  from: string
  isWidened: boolean
  ownHostSegments: 0 | 1
}): VendorEntry | null => {
  const { parts, from } = args
  const onShared = sharedHostOf(parts.host)
  if (onShared?.isTenantSubdomain) return { kind: 'host', host: parts.host, from }
  if (onShared) {
    const count = onShared.shared.tenantSegments
    if (count === null || parts.segments.length < count) return null
    return { kind: 'prefix', host: parts.host, segments: parts.segments.slice(0, count), from }
  }
  const firstSegment = parts.segments[0]
  if (args.ownHostSegments === 1 && firstSegment !== undefined) {
    return { kind: 'prefix', host: parts.host, segments: [firstSegment], from }
  }
  const parsed = parse(parts.host, { allowPrivateDomains: true })
  if (parsed.isIp) return { kind: 'host', host: parts.host, from }
  if (!parsed.domain) return null
  return { kind: 'domain', host: args.isWidened ? parsed.domain : parts.host, from }
}

/**
 * The form under which a cited document is registered once, however many profiles
 * cite it: an absolute http(s) URL with host in lower case, no default port and no
 * fragment. `null` for anything that is not such a URL.
 */
export const normalizedUrl = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? ''
  if (!URL.canParse(trimmed)) return null
  const url = new URL(trimmed)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  url.hash = ''
  return url.href
}

/** The parts of an http(s) URL the source rule compares, in ASCII (punycode) form. */
export type UrlParts = {
  protocol: 'http:' | 'https:'
  /** Lower case, punycode, no trailing dot. */
  host: string
  /** Non-empty path segments, lower case (`/Session-Foundation/x/` → `['session-foundation', 'x']`). */
  segments: string[]
}

/** Parses an absolute http(s) URL; `null` for anything else (no URL, `ftp:`, `mailto:`, no host). */
export const urlPartsOf = (value: string): UrlParts | null => {
  if (!URL.canParse(value.trim())) return null
  const url = new URL(value.trim())
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  if (host === '') return null
  const segments = url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.toLowerCase())
  return { protocol: url.protocol, host, segments }
}

const isSameOrSubdomain = (host: string, domain: string): boolean =>
  host === domain || host.endsWith('.' + domain)

const isPrefixOf = (prefix: readonly string[], segments: readonly string[]): boolean =>
  prefix.length <= segments.length && prefix.every((segment, index) => segments[index] === segment)

/**
 * The vendor entry a URL falls under, or `null`. Hosts compare on label boundaries
 * (`getsession.org.evil.com` and `evil-getsession.org` are not `getsession.org`) and
 * prefixes on whole path segments (`github.com/session-foundation-evil` is not
 * `github.com/session-foundation`). Both sides are ASCII (punycode), lower case.
 */
export const matchVendor = (args: {
  parts: UrlParts
  vendors: readonly VendorEntry[]
}): VendorEntry | null => {
  const { host, segments } = args.parts
  const withoutWww = host.replace(/^www\./, '')
  const onShared = sharedHostOf(host)
  return (
    args.vendors.find((entry) => {
      if (entry.kind === 'domain') return isSameOrSubdomain(host, entry.host)
      if (entry.kind === 'host') return host === entry.host
      if (entry.kind === 'platform')
        return onShared?.shared.host === entry.host && !onShared.isTenantSubdomain
      const isSameHost = host === entry.host || withoutWww === entry.host.replace(/^www\./, '')
      return isSameHost && isPrefixOf(entry.segments, segments)
    }) ?? null
  )
}
