import punycode from 'punycode/punycode.js'
import { parse } from 'tldts'

import type { LanguageSource, Message } from '../i18n/messages'
import { message, textFor } from '../i18n/messages'
import type { VendorField } from '../mapping/facts'
import { vendorFields, vendorRepoFields, vendorSiteFields } from '../mapping/facts'

/**
 * What a provider's official places on the web are, the first half of the primary-source
 * rule (docs/decisions/0003; `judge.ts` is the second half): the vendor entries, where they
 * come from (the provider's URL fields and its editable `vendorDomains` list), the shared
 * platforms that never count as a whole, and whether a URL falls under an entry or only
 * looks like one. Pure and free of Node built-ins: the admin runs it in the browser too.
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

/** The entries as one readable list, without duplicates, for messages. */
export const describeVendorEntries = (entries: readonly VendorEntry[]): string =>
  entries.length === 0 ? 'none yet' : [...new Set(entries.map(describeVendorEntry))].join(', ')

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

/**
 * Hosts shared by many tenants. None of them is ever a whole-host vendor domain:
 * owning one repository, channel or help centre on them says nothing about the rest.
 *
 * The public suffix list (read by `tldts` with private domains on) already makes
 * `github.io`, `gitlab.io`, `blogspot.com`, `netlify.app`, `pages.dev` … public
 * suffixes, so `org.github.io` is a registrable domain of its own. This list covers
 * the shared hosts the suffix list does not.
 */
export type SharedHost = {
  host: string
  /**
   * How many leading path segments name one tenant: `github.com/<org>` → 1,
   * `youtube.com/channel/<id>` → 2. `null` when a path prefix cannot name one tenant
   * (an app store's listing lives in a query string or shares its path with others).
   */
  tenantSegments: number | null
  /** True when `<tenant>.<host>` belongs to one tenant, like `sessionapp.zendesk.com`. */
  hasTenantSubdomains: boolean
}

const byPath = (host: string, tenantSegments = 1): SharedHost => ({
  host,
  tenantSegments,
  hasTenantSubdomains: false,
})
const bySubdomain = (host: string): SharedHost => ({
  host,
  tenantSegments: null,
  hasTenantSubdomains: true,
})
const byBoth = (host: string): SharedHost => ({
  host,
  tenantSegments: 1,
  hasTenantSubdomains: true,
})
const byNothing = (host: string): SharedHost => ({
  host,
  tenantSegments: null,
  hasTenantSubdomains: false,
})

export const sharedHosts: readonly SharedHost[] = [
  // code hosts: github.com/<org>, raw.githubusercontent.com/<org>
  byPath('github.com'),
  byPath('githubusercontent.com'),
  byPath('gitlab.com'),
  byPath('codeberg.org'),
  byPath('bitbucket.org'),
  byPath('gitee.com'),
  byPath('sr.ht'),
  byPath('huggingface.co'),
  bySubdomain('sourceforge.net'),
  bySubdomain('sourceforge.io'),
  // publishing platforms: medium.com/@name and name.medium.com
  byBoth('medium.com'),
  byBoth('substack.com'),
  bySubdomain('wordpress.com'),
  bySubdomain('tumblr.com'),
  bySubdomain('ghost.io'),
  bySubdomain('hashnode.dev'),
  bySubdomain('squarespace.com'),
  bySubdomain('weebly.com'),
  bySubdomain('itch.io'),
  byPath('notion.so'),
  byPath('storage.googleapis.com'),
  // help desks and status pages: the tenant is the subdomain
  bySubdomain('zendesk.com'),
  bySubdomain('freshdesk.com'),
  bySubdomain('helpscoutdocs.com'),
  bySubdomain('intercom.help'),
  bySubdomain('atlassian.net'),
  bySubdomain('statuspage.io'),
  // app and package stores: listings cannot be told apart by a path prefix
  byNothing('apps.apple.com'),
  byNothing('itunes.apple.com'),
  byNothing('play.google.com'),
  byNothing('f-droid.org'),
  byNothing('chromewebstore.google.com'),
  byNothing('chrome.google.com'),
  byNothing('addons.mozilla.org'),
  byNothing('apps.microsoft.com'),
  byNothing('flathub.org'),
  byNothing('snapcraft.io'),
  byNothing('npmjs.com'),
  byNothing('pypi.org'),
  byNothing('hub.docker.com'),
  // documents and forms hosted for anyone
  byNothing('docs.google.com'),
  byNothing('drive.google.com'),
  byNothing('sites.google.com'),
  byNothing('iubenda.com'),
  byNothing('termly.io'),
  byNothing('termsfeed.com'),
  byNothing('privacypolicies.com'),
  byNothing('web.archive.org'),
  // social networks: twitter.com/<name>; youtube.com/channel/<id>
  byPath('twitter.com'),
  byPath('x.com'),
  byPath('facebook.com'),
  byPath('instagram.com'),
  byPath('threads.net'),
  byPath('tiktok.com'),
  byPath('mastodon.social'),
  byPath('t.me'),
  byPath('linkedin.com', 2),
  byPath('youtube.com', 2),
  byPath('reddit.com', 2),
  byPath('bsky.app', 2),
]

/** `www.` and `m.` are the platform itself, not a tenant. */
const platformAliasPrefix = /^(?:www|m|mobile)\./

/**
 * The shared host `host` lies on, and whether `host` is the platform itself
 * (`github.com`, `www.github.com`, `gist.github.com`) or one tenant's subdomain
 * (`sessionapp.zendesk.com`). `null` for a host on no shared platform.
 */
export const sharedHostOf = (
  host: string,
): { shared: SharedHost; isTenantSubdomain: boolean } | null => {
  const bare = host.replace(platformAliasPrefix, '')
  const shared = sharedHosts.find(
    (candidate) => bare === candidate.host || bare.endsWith('.' + candidate.host),
  )
  if (!shared) return null
  const isTenantSubdomain = shared.hasTenantSubdomains && bare !== shared.host
  return { shared, isTenantSubdomain }
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

/**
 * Letters from other scripts that look like Latin ones (a small part of Unicode's
 * confusables list: the ones used in real phishing domains).
 */
const confusables: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  ь: 'b',
  п: 'n',
  т: 't',
  м: 'm',
  г: 'r',
  // Greek
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  // Armenian
  օ: 'o',
  ս: 'u',
  հ: 'h',
  ո: 'n',
  ց: 'g',
  զ: 'q',
  // Latin look-alikes outside a–z
  ı: 'i',
  ɡ: 'g',
  ɑ: 'a',
  ȷ: 'j',
  ß: 'ss',
}

/** Scripts that must not mix inside one label (Latin with Han or Kana is normal and allowed). */
const exclusiveScripts = [
  /\p{Script=Latin}/u,
  /\p{Script=Cyrillic}/u,
  /\p{Script=Greek}/u,
  /\p{Script=Armenian}/u,
  /\p{Script=Georgian}/u,
  /\p{Script=Cherokee}/u,
]

const isMixedScriptLabel = (label: string): boolean =>
  exclusiveScripts.filter((script) => script.test(label)).length > 1

/** What a host looks like to a reader: accents dropped, confusable letters mapped to Latin. */
export const skeletonOf = (unicodeHost: string): string =>
  unicodeHost
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/./gu, (letter) => confusables[letter] ?? letter)

export type Lookalike = {
  /** The host as a reader sees it (`getsеssion.org` with a Cyrillic е). */
  unicodeHost: string
  /** The vendor entry it imitates, if any. */
  imitates: VendorEntry | null
  isMixedScript: boolean
}

/**
 * The host as people read it: each `xn--` label decoded (RFC 3492), '' when one is not
 * valid punycode. The punycode package rather than `node:url`, so that the rule also runs
 * in the admin's browser bundle.
 */
const unicodeOf = (host: string): string => {
  try {
    return punycode.toUnicode(host)
  } catch {
    return ''
  }
}

/**
 * Flags a host that is not a vendor host but looks like one once decoded from
 * punycode (`xn--getssion-…` → `getsеssion.org`), or that mixes scripts inside one
 * label. Plain ASCII hosts are never lookalikes here: an ASCII typo domain is simply
 * not a vendor domain. Call it only for hosts that did not match a vendor entry.
 */
export const lookalikeOf = (args: {
  parts: UrlParts
  vendors: readonly VendorEntry[]
}): Lookalike | null => {
  const unicodeHost = unicodeOf(args.parts.host)
  if (unicodeHost === '' || unicodeHost === args.parts.host) return null
  const isMixedScript = unicodeHost.split('.').some(isMixedScriptLabel)
  const skeleton = skeletonOf(unicodeHost)
  const imitates = matchVendor({ parts: { ...args.parts, host: skeleton }, vendors: args.vendors })
  if (!imitates && !isMixedScript) return null
  return { unicodeHost, imitates, isMixedScript }
}
