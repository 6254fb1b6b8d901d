import type { Finding } from '../findings/finding'
import type { StoredDatasheetRow, StoredLegalLink } from '../mapping/datasheet'
import type { JudgedRevision } from '../sources/judge'
import type { ProviderText } from './obfuscatedEmailFindings'
import { pageFactsOf } from '../mapping/factValues'
import { vendorFields } from '../mapping/facts'
import { judgeRevision } from '../sources/judge'
import { datasheetFindings } from './datasheetFindings'
import { missingFieldFindings } from './missingFieldFindings'
import { obfuscatedEmailFindings } from './obfuscatedEmailFindings'
import { stalenessFindings } from './stalenessFindings'
import { unknownValueFindings } from './unknownValueFindings'
import { workflowFieldNames } from '../workflow/review'

/** Fields that hold no page text: ids, dates, the review workflow. */
const skippedFields: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'updatedAt',
  ...workflowFieldNames,
])

/** Keys of stored JSON that are structure, not text (Slate node types, row ids). */
const structuralKeys: ReadonlySet<string> = new Set([
  'id',
  'type',
  'align',
  'bare',
  'start',
  // What the source rule wrote into citations and audits: its own messages, not page text.
  'verdict',
  'verdictReason',
  'findings',
  'source',
])

/** Every string in a value (Slate leaves, list items, verbatim markdown), one per line. */
const stringsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      structuralKeys.has(key) ? [] : stringsIn(inner),
    )
  }
  return []
}

/**
 * The texts lint reads for scraped e-mail placeholders: per field of the provider
 * (plain text, rich text, lists, the body sections), every string it holds.
 */
export const providerTexts = (doc: object): ProviderText[] =>
  Object.entries(doc).flatMap(([field, value]) => {
    if (skippedFields.has(field)) return []
    const text = stringsIn(value).join('\n')
    return text.trim() ? [{ field, text }] : []
  })

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
