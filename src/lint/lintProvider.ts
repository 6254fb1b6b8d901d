/**
 * The lint: every finding about one provider revision. The rules read only the revision
 * and are pure; `lintProvider` runs them all. `collectProviderFindings` at the end loads
 * a revision (or takes the one being saved) and adds what needs the database: the
 * interval that applies and what the source watch found. The primary-source rule itself
 * is `src/sources/judge.ts`.
 */
import type { Payload, PayloadRequest } from 'payload'

import { derivedEntryKeysByList, fieldsWithRole } from '../../collections/fields/providerFieldRoles'
import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import { message } from '../i18n/messages'
import type { Provider } from '../payload-types'
import type { StoredDatasheetRow, StoredLegalLink } from '../mapping/datasheet'
import type { FactSource, PageExtras } from '../mapping/providerPage'
import { keptValueOf, pageFactsOf } from '../mapping/providerPage'
import { printRichText, sectionTemplates } from '../markdown/sections'
import type { RichText, SectionId } from '../markdown/types'
import {
  closedFactKeys,
  datasheetFacts,
  legalFacts,
  optionValuesOf,
  vendorFields,
} from '../mapping/facts'
import { effectiveIntervalDays, loadCategoryIntervals, stalenessOf } from '../reminders/staleness'
import type { JudgedRevision } from '../sources/judge'
import { judgeRevision } from '../sources/judge'
import { pageLinkFindings, withoutKnown } from '../sources/pageLinks'
import { watchFindings } from '../watch/watchFindings'
import { factCoverageOf } from '../evidence/coverage'

// --- Fields a published page needs

/**
 * What a published provider page needs: the name and category head the page, the
 * website anchors the vendor domains, the description is the page's meta text, and
 * privacy and terms are the two legal links every profile cites.
 */
export const requiredFields = [
  'name',
  'category',
  'website',
  'description',
  'privacy',
  'terms',
] as const

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/** `field.missing` for each required field that is empty. */
export const missingFieldFindings = (provider: Readonly<Record<string, unknown>>): Finding[] =>
  requiredFields
    .filter((field) => isEmpty(provider[field]))
    .map((field) =>
      makeFinding({
        code: 'field.missing',
        message: message('field.missing', { field }),
        field,
        value: '',
      }),
    )

// --- Body sections of the site's layout that would print nothing

/**
 * The provider fields each body section prints (Kurzprofil and Datenblatt are made from
 * facts): rich text, a list of `{ text }` items, or the citations.
 */
const sectionContent: Partial<Record<SectionId, readonly string[]>> = {
  kurzfazit: ['fitFor', 'lessFitFor', 'mainTradeoff'],
  sofortmassnahmen: ['quickActions'],
  entscheidungshilfe: ['decisionGuide'],
  datenschutz: ['privacyFacts'],
  telemetrie: ['telemetry'],
  sicherheit: ['securityPoints'],
  einrichtung: ['setup'],
  features: ['features'],
  alternativen: ['alternatives'],
  offenePunkte: ['openPoints'],
  quellen: ['citations'],
}

const isBlankContent = (value: unknown): boolean => {
  if (!Array.isArray(value) || value.length === 0) return true
  // A list of items (`features`, `alternatives`) or entries (`citations`).
  if (value.every((item) => item && typeof item === 'object' && !('children' in item))) {
    return value.every((item: Record<string, unknown>) =>
      ['text', 'url', 'rawLine', 'title'].every(
        (key) => typeof item[key] !== 'string' || (item[key] as string).trim() === '',
      ),
    )
  }
  return printRichText(value as RichText).trim() === ''
}

/**
 * `section.empty` for each body section of the site's layout that would print nothing
 * (no content and no section kept verbatim from an imported page): a warning naming the
 * section, so "Keine Befunde" means the page is complete.
 */
export const emptySectionFindings = (provider: Readonly<Record<string, unknown>>): Finding[] => {
  const extras = (provider.pageExtras ?? {}) as PageExtras
  const kept = new Set((extras.sectionOverrides ?? []).map((entry) => entry.section))
  return sectionTemplates.flatMap(({ id, heading }) => {
    const fields = sectionContent[id]
    if (!fields || kept.has(id)) return []
    if (!fields.every((field) => isBlankContent(provider[field]))) return []
    return [
      makeFinding({
        code: 'section.empty',
        message: message('section.empty', { section: heading }),
        field: fields[0]!,
        value: heading,
      }),
    ]
  })
}

// --- Values outside their closed set

/**
 * `field.unknown-value` for each closed-set fact that holds a page's value outside its
 * set (kept as it stood, no option chosen yet).
 */
export const unknownValueFindings = (provider: FactSource): Finding[] =>
  closedFactKeys.flatMap((field) => {
    const value = keptValueOf({ provider, key: field })
    if (value === null) return []
    return [
      makeFinding({
        code: 'field.unknown-value',
        message: message('field.unknown-value', {
          field,
          value,
          options: [...optionValuesOf(field)],
        }),
        field,
        value,
      }),
    ]
  })

// --- Datenblatt facts no quoted passage supports

/**
 * `claim.unsupported` for each Datenblatt fact with a value that no evidence entry names
 * as its claim (`factCoverageOf`): a warning, so an imported profile, whose facts all start
 * without evidence, is never blocked by it.
 */
export const unsupportedClaimFindings = (
  provider: FactSource & Pick<Provider, 'evidence'>,
): Finding[] =>
  factCoverageOf(provider).unsupported.map(({ field, row }) =>
    makeFinding({
      code: 'claim.unsupported',
      message: message('claim.unsupported', { field, row }),
      field,
      value: pageFactsOf(provider)[field],
    }),
  )

// --- Datenblatt rows and legal links that contradict their field

const normalize = (value: unknown): string =>
  (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : ''
  )
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\/$/, '')
    .toLowerCase()

/**
 * A row agrees with its field when both say the same (case and spacing aside), or
 * when the row adds a note after the field's value: "yes (Account ID/Recovery-Phrase)"
 * agrees with "yes"; "no" does not agree with "yes", nor "yesterday" with "yes".
 */
export const isConsistentRow = (args: { row: string; field: string }): boolean => {
  const row = normalize(args.row)
  const field = normalize(args.field)
  if (row === field) return true
  return field !== '' && row.startsWith(field) && /^[\s(]/.test(row.slice(field.length))
}

const labelOfFact = new Map<string, string>(datasheetFacts.map((fact) => [fact.field, fact.label]))
const labelOfLegal = new Map<string, string>(legalFacts.map((legal) => [legal.field, legal.label]))

/**
 * `datasheet.mismatch` for each Datenblatt row or legal link that was kept as it stood
 * on an imported page and contradicts its field. Such a row does not follow the field
 * until an editor clears its kept value.
 */
export const datasheetFindings = (args: {
  provider: Readonly<Record<string, unknown>>
  datasheet: readonly StoredDatasheetRow[]
  legalLinks: readonly StoredLegalLink[]
}): Finding[] => {
  const fieldValue = (key: string): string =>
    normalize(args.provider[key]) === '' ? '' : String(args.provider[key])
  const rows = args.datasheet.flatMap((row, index) => {
    if (!row.fact || !row.value) return []
    const value = fieldValue(row.fact)
    if (isConsistentRow({ row: row.value, field: value })) return []
    return [
      makeFinding({
        code: 'datasheet.mismatch',
        message: message('datasheet.mismatch.row', {
          label: labelOfFact.get(row.fact) ?? row.fact,
          row: row.value,
          field: row.fact,
          fieldValue: value,
        }),
        field: `datasheet.${index}.value`,
        value: row.value,
      }),
    ]
  })
  const links = args.legalLinks.flatMap((link, index) => {
    if (!link.field || !link.text) return []
    const value = fieldValue(link.field)
    if (value !== '' && link.text.includes(value)) return []
    return [
      makeFinding({
        code: 'datasheet.mismatch',
        message: message('datasheet.mismatch.legal-link', {
          label: labelOfLegal.get(link.field) ?? link.field,
          text: link.text,
          field: link.field,
          fieldValue: value,
        }),
        field: `legalLinks.${index}.text`,
        value: link.text,
      }),
    ]
  })
  return [...rows, ...links]
}

// --- Scraped e-mail placeholders

export type ProviderText = { field: string; text: string }

/**
 * What Cloudflare's e-mail obfuscation leaves in scraped text: `[email protected]`,
 * also with `&#160;`, `&nbsp;` or a no-break space, and its `/cdn-cgi/l/email-protection` links.
 */
const placeholder =
  /\[email(?:\s|&#160;|&#xa0;|&nbsp;|\u00a0)+protected\]|\/cdn-cgi\/l\/email-protection[#\w-]*/gi

const lineAround = (text: string, index: number): string => {
  const start = text.lastIndexOf('\n', index) + 1
  const end = text.indexOf('\n', index)
  return text.slice(start, end === -1 ? undefined : end).trim()
}

/** `text.obfuscated-email` for each scraped e-mail placeholder; `value` is the line it stands in. */
export const obfuscatedEmailFindings = (texts: readonly ProviderText[]): Finding[] =>
  texts.flatMap(({ field, text }) =>
    [...text.matchAll(placeholder)].map((match) =>
      makeFinding({
        code: 'text.obfuscated-email',
        message: message('text.obfuscated-email', { field, placeholder: match[0] }),
        field,
        value: lineAround(text, match.index),
      }),
    ),
  )

// --- Staleness

/**
 * `provider.stale` once `updated + reviewIntervalDays` has passed, `provider.due-soon`
 * within the last 14 days before that; nothing for a fresh or never-approved profile.
 */
export const stalenessFindings = (args: {
  updated: string | null | undefined
  reviewIntervalDays?: number | null
  now: Date
}): Finding[] => {
  const staleness = stalenessOf(args)
  const updated = args.updated ?? ''
  if (staleness.state === 'stale') {
    return [
      makeFinding({
        code: 'provider.stale',
        message: message('provider.stale', { updated, staleOn: staleness.staleOn ?? '' }),
        field: 'updated',
        value: updated,
      }),
    ]
  }
  if (staleness.state === 'due-soon') {
    return [
      makeFinding({
        code: 'provider.due-soon',
        message: message('provider.due-soon', {
          updated,
          staleOn: staleness.staleOn ?? '',
          daysLeft: staleness.daysLeft ?? 0,
        }),
        field: 'updated',
        value: updated,
      }),
    ]
  }
  return []
}

// --- All of them

/** Fields that hold no page text: Payload's own (ids, dates), the review workflow. */
const skippedFields = fieldsWithRole('system', 'workflow')

/** Keys of stored JSON that are structure, not text (Slate node types, row ids). */
const structuralKeys: ReadonlySet<string> = new Set([
  'id',
  'type',
  'align',
  'bare',
  'start',
  // What the source rule wrote into citations and audits: its own messages, not page text.
  ...(derivedEntryKeysByList.get('citations') ?? []),
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
    ...unsupportedClaimFindings(provider),
    ...obfuscatedEmailFindings(args.texts),
    ...missingFieldFindings(provider),
    ...emptySectionFindings(provider),
    ...stalenessFindings({
      updated: provider.updated,
      reviewIntervalDays: provider.reviewIntervalDays,
      now: args.now,
    }),
  ]
}

// --- With what the database knows

/**
 * Every finding about one provider revision: its latest revision (the draft, if any)
 * as stored, or `provider`, a revision being saved. Everything the page prints is in
 * that one document (citations, audits, Datenblatt), and every address the printed page
 * links is judged where the browser takes it (`pageLinkFindings`). Staleness uses the interval that
 * applies (own, else the category's default, else 180 days), exactly as the reminders
 * do. What the source watch found about the cited documents comes with them
 * (`watchFindings`). Reads are system reads (the rule applies whoever asks); pass `req` to stay
 * inside the caller's transaction.
 */
export const collectProviderFindings = async ({
  payload,
  providerId,
  now,
  req,
  provider: given,
}: {
  payload: Payload
  providerId: string
  now: Date
  req?: PayloadRequest
  provider?: Provider
}): Promise<Finding[]> => {
  const provider =
    given ??
    (await payload.findByID({
      collection: 'providers',
      id: providerId,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    }))
  const categoryIntervals = await loadCategoryIntervals({ payload, req })
  const reviewIntervalDays = effectiveIntervalDays({
    reviewIntervalDays: provider.reviewIntervalDays,
    category: provider.category,
    categoryIntervals,
  })
  const linted = lintProvider({
    // Payload's generated interface has no index signature; lint reads fields by name.
    provider: { ...provider, reviewIntervalDays } as LintedProvider,
    texts: providerTexts(provider),
    now,
  })
  const pageLinks = withoutKnown({ findings: pageLinkFindings(provider), known: linted })
  return [...linted, ...pageLinks, ...(await watchFindings({ payload, provider, req }))]
}
