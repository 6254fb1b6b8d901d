import type { SharedHost } from './sharedHosts'
import type { VendorEntry } from './vendorEntry'
import { entryOfUrl } from './entryOfUrl'
import { sharedHostOf } from './sharedHosts'
import { urlPartsOf } from './urlParts'

export type ParsedVendorDomain =
  { entry: VendorEntry; problem?: undefined } | { entry?: undefined; problem: string }

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
    return {
      problem: `"${value}" is not a host name. Write it like getsession.org or github.com/your-org.`,
    }
  }
  const onShared = sharedHostOf(parts.host)
  if (parts.segments.length > 0) {
    const count = onShared?.isTenantSubdomain ? 0 : onShared?.shared.tenantSegments
    if (count === null) {
      return {
        problem: `${parts.host} is shared by many vendors and a path cannot tell one vendor's pages apart there. Cite the vendor's own page instead.`,
      }
    }
    if (count !== undefined && parts.segments.length < count) {
      return {
        problem: `${parts.host} is shared by many vendors; a prefix there needs at least ${count} path segments naming the vendor.`,
      }
    }
    return {
      entry: { kind: 'prefix', host: parts.host, segments: parts.segments, from: 'vendorDomains' },
    }
  }
  const entry = entryOfUrl({ parts, from: 'vendorDomains', isWidened: false, ownHostSegments: 0 })
  if (entry) return { entry }
  if (onShared) return { problem: sharedHostProblem({ host: parts.host, shared: onShared.shared }) }
  return {
    problem: `${parts.host} is a public suffix shared by many sites and can never be a vendor domain. Add the vendor's own name under it, like <vendor>.${parts.host}.`,
  }
}

const sharedHostProblem = (args: { host: string; shared: SharedHost }): string => {
  const { host, shared } = args
  const hints = [
    ...(shared.hasTenantSubdomains ? [`<vendor>.${shared.host}`] : []),
    ...(shared.tenantSegments === 1 ? [`${host}/<vendor>`] : []),
    ...(shared.tenantSegments === 2 ? [`${host}/<kind>/<vendor>`] : []),
  ]
  const fix =
    hints.length > 0
      ? `Add the vendor's own part instead, like ${hints.join(' or ')}.`
      : "Cite the vendor's own page instead."
  return `${host} is shared by many vendors and can never be a vendor domain as a whole. ${fix}`
}
