import { parse } from 'tldts'

import type { UrlParts } from './urlParts'
import type { VendorEntry } from './vendorEntry'
import { sharedHostOf } from './sharedHosts'

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
