/**
 * One official place of a provider on the web.
 * - `domain`: the host and every subdomain of it (`getsession.org`, `foo.github.io`).
 * - `host`: exactly this host, nothing below it (a tenant on a shared platform,
 *   `sessionapp.zendesk.com`).
 * - `prefix`: this exact host with URLs whose path starts with these whole segments
 *   (`github.com/session-foundation`, never `github.com/session-foundation-evil`).
 */
export type VendorEntry =
  | { kind: 'domain'; host: string; from: VendorEntryOrigin }
  | { kind: 'host'; host: string; from: VendorEntryOrigin }
  | { kind: 'prefix'; host: string; segments: string[]; from: VendorEntryOrigin }

/** The provider field an entry came from (`website`, `repo`, `vendorDomains` …). */
export type VendorEntryOrigin = string

/** `getsession.org`, `sessionapp.zendesk.com`, `github.com/session-foundation`. */
export const describeVendorEntry = (entry: VendorEntry): string =>
  entry.kind === 'prefix' ? [entry.host, ...entry.segments].join('/') : entry.host

/** The entries as one readable list, without duplicates, for messages. */
export const describeVendorEntries = (entries: readonly VendorEntry[]): string =>
  entries.length === 0 ? 'none yet' : [...new Set(entries.map(describeVendorEntry))].join(', ')
