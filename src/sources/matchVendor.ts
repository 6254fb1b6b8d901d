import type { UrlParts } from './urlParts'
import type { VendorEntry } from './vendorEntry'

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
  return (
    args.vendors.find((entry) => {
      if (entry.kind === 'domain') return isSameOrSubdomain(host, entry.host)
      if (entry.kind === 'host') return host === entry.host
      const isSameHost = host === entry.host || withoutWww === entry.host.replace(/^www\./, '')
      return isSameHost && isPrefixOf(entry.segments, segments)
    }) ?? null
  )
}
