import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'
import type { SharedHost } from './sharedHosts'
import type { VendorEntry } from './vendorEntry'
import { entryOfUrl } from './entryOfUrl'
import { sharedHostOf } from './sharedHosts'
import { urlPartsOf } from './urlParts'

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
