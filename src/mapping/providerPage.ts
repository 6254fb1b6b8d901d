import type { Provider } from '../payload-types'
import type { Frontmatter, ProviderPage, RichText, SectionOverride } from '../markdown/types'
import { emptyPage, pageDefaults, slugFromPageUrl } from '../markdown/page'
import { slugify } from '../../collections/Providers/hooks/deriveSlug'
import type { StoredCitation } from './citationLines'
import { auditFromItem, auditItem, citationFromLine, citationLine } from './citationLines'
import { printedLegalLink, printedRow, storedLegalLink, storedRow } from './datasheet'
import { factKeys, placeholderKeys } from './facts'
import { pageFactsOf, storedFacts } from './factValues'

/**
 * The page mapping: a provider's fields and its site page, both ways, pure: page → provider
 * (`providerFromPage`, which the importer writes) and provider → page (`pageFromProvider`,
 * which export, the preview and the markdown endpoint render). The facts' values are
 * `factValues` (a closed-set fact's option, or the page's value kept), the "Quellen" lines
 * and audit bullets `citationLines`, the table of facts `facts`, the Datenblatt rows
 * `datasheet`, the page's text `src/markdown/`.
 */

// --- Page → provider

export const richTextKeys = [
  'fitFor',
  'lessFitFor',
  'mainTradeoff',
  'quickActions',
  'decisionGuide',
  'privacyFacts',
  'telemetry',
  'securityPoints',
  'setup',
  'openPoints',
] as const satisfies readonly (keyof ProviderPage)[]

/** What the page has beyond the model's fields, kept so export gives the same bytes. */
export type PageExtras = Partial<
  Pick<
    ProviderPage,
    | 'missingFrontmatterKeys'
    | 'frontmatterExtra'
    | 'frontmatterSource'
    | 'bodyPreamble'
    | 'sectionOverrides'
    | 'missingSections'
    | 'sectionOrder'
    | 'extraSections'
  >
> & { updatedText?: string }

export type ProviderData = Omit<
  Provider,
  'id' | 'createdAt' | 'updatedAt' | 'reviewState' | 'editedBy' | 'reviewer' | '_status'
>

export type ImportedPage = {
  slug: string
  data: ProviderData
  /** `status: "done"` on the page: import as approved and published. */
  isDone: boolean
}

const orNull = (value: string, fallback: string): string | null =>
  value === fallback ? null : value

const pageExtrasOf = (page: ProviderPage): PageExtras => {
  const extras: PageExtras = {}
  if (page.missingFrontmatterKeys.length)
    extras.missingFrontmatterKeys = page.missingFrontmatterKeys
  if (page.frontmatterExtra.length) extras.frontmatterExtra = page.frontmatterExtra
  if (page.frontmatterSource !== null) extras.frontmatterSource = page.frontmatterSource
  if (page.bodyPreamble !== '') extras.bodyPreamble = page.bodyPreamble
  if (page.sectionOverrides.length) extras.sectionOverrides = page.sectionOverrides
  if (page.missingSections.length) extras.missingSections = page.missingSections
  if (page.sectionOrder !== null) extras.sectionOrder = page.sectionOrder
  if (page.extraSections.length) extras.extraSections = page.extraSections
  return extras
}

/** The bullet lines of a "Quellen" section kept verbatim (it deviated from the template). */
export const linesOfQuellenOverride = (markdown: string): string[] =>
  markdown
    .split('\n')
    .filter((line) => /^\s*[-*+] /.test(line))
    .map((line) => line.replace(/^\s*[-*+] /, ''))

/** "Quellen" lines, also when the section deviates from the template and is kept verbatim. */
const sourceLinesOf = (page: ProviderPage): string[] => {
  const override = page.sectionOverrides.find((entry) => entry.section === 'quellen')
  return override ? linesOfQuellenOverride(override.markdown) : page.sources
}

/**
 * Maps a parsed site page onto the provider's fields (pure; the importer writes them):
 * the facts, the sections, the "Quellen" lines as citations and the audits as entries
 * (each keeping its line as it stood), and the Datenblatt as rows that follow their
 * field where the field explains them and are kept as they stood where not.
 */
export const providerFromPage = (page: ProviderPage): ImportedPage => {
  const fm = page.frontmatter
  const name = fm.name.trim()
  const slug = slugFromPageUrl(fm.url) ?? slugify(name)
  const pageFacts = Object.fromEntries(factKeys.map((key) => [key, fm[key]])) as Record<
    (typeof factKeys)[number],
    string
  >
  const { facts, keptFactValues } = storedFacts(pageFacts)
  const richTexts = Object.fromEntries(richTextKeys.map((key) => [key, page[key]])) as Record<
    (typeof richTextKeys)[number],
    RichText
  >
  const updated = /^\d{4}-\d{2}-\d{2}$/.test(fm.updated) ? `${fm.updated}T00:00:00.000Z` : null
  const extras = pageExtrasOf(page)
  // A date the field cannot hold (e.g. "Januar 2026") is kept as text, never dropped.
  if (fm.updated !== '' && updated === null) extras.updatedText = fm.updated
  // The Datenblatt rows are explained by the facts as the page states them (kept ones too).
  const fields = { name, category: fm.category, website: fm.website, ...pageFacts }
  return {
    slug,
    isDone: fm.status === 'done',
    data: {
      name,
      slug,
      category: fm.category,
      website: fm.website,
      ...facts,
      keptFactValues,
      ...richTexts,
      updated,
      citations: sourceLinesOf(page).map(citationFromLine),
      audits: page.auditLinks.map(auditFromItem),
      datasheet: page.datasheet.map((row) => storedRow({ row, fields })),
      legalLinks: page.legalLinks.map((link) => storedLegalLink({ link, fields })),
      dataNotesText: orNull(page.dataNotes, fm.data_notes),
      features: page.features.map((text) => ({ text })),
      alternatives: page.alternatives.map((text) => ({ text })),
      pageMeta: {
        layout: orNull(fm.layout, pageDefaults.layout),
        title: orNull(fm.title, pageDefaults.title(name)),
        url: orNull(fm.url, pageDefaults.url(slug)),
        chapter: orNull(fm.chapter, pageDefaults.chapter),
        type: orNull(fm.type, pageDefaults.type),
        format: orNull(fm.format, pageDefaults.format),
        status: fm.status === 'done' ? null : fm.status,
        ...Object.fromEntries(placeholderKeys.map((key) => [key, orNull(fm[key], '')])),
      },
      pageExtras: Object.keys(extras).length ? extras : null,
    },
  }
}

// --- Provider → page

/** The revision's fields that the page prints: the whole provider document. */
export type PageSource = Omit<Provider, 'id' | 'createdAt' | 'updatedAt'>

const sameCitations = (a: readonly StoredCitation[], b: readonly StoredCitation[]): boolean =>
  a.length === b.length &&
  a.every((citation, index) => citationLine(citation) === citationLine(b[index]!))

/**
 * A "Quellen" section kept verbatim prints only while it holds exactly the revision's
 * citations; once an editor changes them, the section is printed from them.
 */
const liveOverrides = ({
  overrides,
  citations,
}: {
  overrides: readonly SectionOverride[]
  citations: readonly StoredCitation[]
}): SectionOverride[] =>
  overrides.filter(
    (override) =>
      override.section !== 'quellen' ||
      sameCitations(linesOfQuellenOverride(override.markdown).map(citationFromLine), citations),
  )

/**
 * The page model of one provider revision (pure). Everything comes from that one
 * document: the facts, the sections, the Datenblatt rows (printed from their fields),
 * the legal links, the audit entries and the citations, plus what the import kept
 * verbatim. `isPublished` decides `status`.
 */
export const pageFromProvider = ({
  provider,
  isPublished,
}: {
  provider: PageSource
  isPublished: boolean
}): ProviderPage => {
  const { updatedText, ...extras } = (provider.pageExtras ?? {}) as PageExtras
  const meta = provider.pageMeta ?? {}
  const base = emptyPage()
  const facts = pageFactsOf(provider)
  // The Datenblatt and legal links print the facts as the page does (a kept page value too).
  const fields: Readonly<Record<string, unknown>> = { ...provider, ...facts }
  const citations = provider.citations ?? []
  const frontmatter: Frontmatter = {
    ...base.frontmatter,
    ...facts,
    ...Object.fromEntries(placeholderKeys.map((key) => [key, meta[key] ?? ''])),
    layout: meta.layout ?? pageDefaults.layout,
    title: meta.title ?? pageDefaults.title(provider.name),
    url: meta.url ?? pageDefaults.url(provider.slug),
    chapter: meta.chapter ?? pageDefaults.chapter,
    type: meta.type ?? pageDefaults.type,
    format: meta.format ?? pageDefaults.format,
    status: isPublished ? pageDefaults.status(true) : (meta.status ?? pageDefaults.status(false)),
    updated: provider.updated ? provider.updated.slice(0, 10) : (updatedText ?? ''),
    name: provider.name,
    category: provider.category,
    website: provider.website,
  }
  return {
    ...base,
    ...extras,
    sectionOverrides: liveOverrides({ overrides: extras.sectionOverrides ?? [], citations }),
    frontmatter,
    ...(Object.fromEntries(
      richTextKeys.map((key) => [key, (provider[key] ?? []) as RichText]),
    ) as Pick<ProviderPage, (typeof richTextKeys)[number]>),
    datasheet: (provider.datasheet ?? []).map((row) => printedRow({ row, fields })),
    legalLinks: (provider.legalLinks ?? []).map((link) => printedLegalLink({ link, fields })),
    auditLinks: (provider.audits ?? []).map((audit) => ({ title: auditItem(audit), url: null })),
    dataNotes: provider.dataNotesText ?? facts.data_notes,
    features: (provider.features ?? []).map((item) => item.text),
    alternatives: (provider.alternatives ?? []).map((item) => item.text),
    sources: citations.map(citationLine),
  }
}
