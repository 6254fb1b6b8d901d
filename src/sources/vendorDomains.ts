import type { VendorEntry } from './vendorEntry'
import { entryOfUrl } from './entryOfUrl'
import { parseVendorDomain } from './parseVendorDomain'
import { urlPartsOf } from './urlParts'

/** The provider fields the vendor domains come from. Values that are not URLs ("Nicht angegeben") are ignored. */
export type VendorFields = {
  website?: string | null
  privacy?: string | null
  terms?: string | null
  transparency?: string | null
  warrant_canary?: string | null
  repo?: string | null
  /** Editable: hosts (`sessionapp.zendesk.com`) or host+path prefixes (`github.com/org`). */
  vendorDomains?: readonly string[] | null
}

const siteFields = ['website', 'privacy', 'terms', 'transparency', 'warrant_canary'] as const

/**
 * Every official place of a provider: the registrable domains of its website-like
 * URLs, its repo URL as host plus first path segment, and its editable list.
 * Shared platforms never become whole-host entries (see `sharedHosts.ts`). Entries
 * the editable list refuses are left out here; `parseVendorDomain` says why.
 */
export const vendorDomainsOf = (provider: VendorFields): VendorEntry[] => {
  const fromSites = siteFields.map((field) => {
    const parts = urlPartsOf(provider[field] ?? '')
    return parts ? entryOfUrl({ parts, from: field, isWidened: true, ownHostSegments: 0 }) : null
  })
  const repoParts = urlPartsOf(provider.repo ?? '')
  const fromRepo = repoParts
    ? entryOfUrl({ parts: repoParts, from: 'repo', isWidened: true, ownHostSegments: 1 })
    : null
  const fromList = (provider.vendorDomains ?? []).map(
    (value) => parseVendorDomain(value).entry ?? null,
  )
  return dedupe([...fromSites, fromRepo, ...fromList].filter((entry) => entry !== null))
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
