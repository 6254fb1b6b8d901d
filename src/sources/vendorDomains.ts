import type { VendorField } from '../mapping/facts'
import { vendorRepoFields, vendorSiteFields } from '../mapping/facts'
import type { VendorEntry } from './vendorEntry'
import { entryOfUrl } from './entryOfUrl'
import { parseVendorDomain } from './parseVendorDomain'
import { urlPartsOf } from './urlParts'

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
 * Shared platforms never become whole-host entries (see `sharedHosts.ts`). Entries
 * the editable list refuses are left out here; `parseVendorDomain` says why.
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
  return dedupe([...fromSites, ...fromRepo, ...fromList].filter((entry) => entry !== null))
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
