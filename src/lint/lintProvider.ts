import type { Finding } from '../findings/finding'
import type { VendorFields } from '../sources/vendorDomains'
import type { DatasheetRow } from './datasheetFindings'
import type { ProviderText } from './obfuscatedEmailFindings'
import { judgeSource } from '../sources/judgeSource'
import { vendorDomainsOf } from '../sources/vendorDomains'
import { datasheetFindings } from './datasheetFindings'
import { missingFieldFindings } from './missingFieldFindings'
import { obfuscatedEmailFindings } from './obfuscatedEmailFindings'
import { stalenessFindings } from './stalenessFindings'

export type LintedProvider = VendorFields & {
  updated?: string | null
  reviewIntervalDays?: number | null
  /** Every other frontmatter field, compared with the Datenblatt and checked for presence. */
  [field: string]: unknown
}

export type LintedSource = { url?: string | null; raw?: string | null; linkedFrom?: string | null }

/**
 * All findings about one provider: each source judged by the primary-source rule,
 * Datenblatt rows that contradict their field, scraped e-mail placeholders in its
 * texts, fields a published page needs, and staleness. Pure: the caller loads the data.
 */
export const lintProvider = (args: {
  provider: LintedProvider
  sources: readonly LintedSource[]
  datasheet: readonly DatasheetRow[]
  texts: readonly ProviderText[]
  now: Date
}): Finding[] => {
  const { provider } = args
  const vendors = vendorDomainsOf(provider)
  return [
    ...args.sources.flatMap((source) => judgeSource({ ...source, vendors }).findings),
    ...datasheetFindings({ provider, datasheet: args.datasheet }),
    ...obfuscatedEmailFindings(args.texts),
    ...missingFieldFindings(provider),
    ...stalenessFindings({
      updated: provider.updated,
      reviewIntervalDays: provider.reviewIntervalDays,
      now: args.now,
    }),
  ]
}
