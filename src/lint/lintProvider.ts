import type { Finding } from '../findings/finding'
import type { StoredDatasheetRow, StoredLegalLink } from '../mapping/datasheet'
import type { JudgedRevision } from '../sources/judgeRevision'
import type { ProviderText } from './obfuscatedEmailFindings'
import { pageFactsOf } from '../mapping/factValues'
import { vendorFields } from '../mapping/facts'
import { judgeRevision } from '../sources/judgeRevision'
import { datasheetFindings } from './datasheetFindings'
import { missingFieldFindings } from './missingFieldFindings'
import { obfuscatedEmailFindings } from './obfuscatedEmailFindings'
import { stalenessFindings } from './stalenessFindings'
import { unknownValueFindings } from './unknownValueFindings'

export type LintedProvider = JudgedRevision & {
  updated?: string | null
  reviewIntervalDays?: number | null
  datasheet?: readonly StoredDatasheetRow[] | null
  legalLinks?: readonly StoredLegalLink[] | null
  /** Every other frontmatter field, compared with the Datenblatt and checked for presence. */
  [field: string]: unknown
}

/**
 * Fields the rule judges on their own (the vendor fields define the vendor domains;
 * entries and rows are judged with their paths) or that only the importer writes.
 */
const separatelyJudged: ReadonlySet<string> = new Set([
  ...vendorFields,
  'vendorDomains',
  'citations',
  'audits',
  'datasheet',
  'legalLinks',
  'pageExtras',
  'slug',
])

/**
 * All findings about one provider revision: every citation, audit report and address
 * in its Datenblatt and every other page text (body sections, facts, description) judged
 * by the primary-source rule against the revision's own vendor domains, Datenblatt rows kept from a page that contradict their field, scraped
 * e-mail placeholders in its texts, fields a published page needs, and staleness.
 * Pure: the caller loads the revision.
 */
export const lintProvider = (args: {
  provider: LintedProvider
  texts: readonly ProviderText[]
  now: Date
}): Finding[] => {
  const { provider } = args
  const pageTexts = args.texts.filter(({ field }) => !separatelyJudged.has(field))
  const judged = judgeRevision({ ...provider, texts: pageTexts })
  return [
    ...judged.citations.flatMap((judgement) => judgement.findings),
    ...judged.audits.flatMap((judgement) => judgement.findings),
    ...judged.textFindings,
    ...datasheetFindings({
      // Rows are compared with the facts as the page prints them (a kept page value too).
      provider: { ...provider, ...pageFactsOf(provider) },
      datasheet: provider.datasheet ?? [],
      legalLinks: provider.legalLinks ?? [],
    }),
    ...unknownValueFindings(provider),
    ...obfuscatedEmailFindings(args.texts),
    ...missingFieldFindings(provider),
    ...stalenessFindings({
      updated: provider.updated,
      reviewIntervalDays: provider.reviewIntervalDays,
      now: args.now,
    }),
  ]
}
