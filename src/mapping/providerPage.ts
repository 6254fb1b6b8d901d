import type { Provider } from '../payload-types'
import type {
  Frontmatter,
  LinkItem,
  ProviderPage,
  RichText,
  SectionOverride,
} from '../markdown/types'
import { escapeLinkLabel, escapeLinkText } from '../markdown/escaping'
import { emptyPage, pageDefaults, slugFromPageUrl } from '../markdown/page'
import { parseLinkItem } from '../markdown/sections'
import { parseSourceLine } from '../sources/sourceLine'
import { slugify } from '../../hooks/deriveSlug'
import { printedLegalLink, printedRow, storedLegalLink, storedRow } from './datasheet'
import type { ClosedFactKey, FactKey, OptionOf } from './facts'
import { closedFactKeys, factKeys, optionValuesOf, placeholderKeys } from './facts'

/**
 * The page mapping: a provider's fields and its site page, both ways, pure. First the
 * "Quellen" lines and audit bullets as the provider stores them, then page → provider
 * (`providerFromPage`, which the importer writes) and provider → page
 * (`pageFromProvider`, which export, the preview and the markdown endpoint render). The
 * facts' values follow (a closed-set fact's option, or the page's value kept); the table of
 * facts is `facts`, the Datenblatt rows `datasheet`, the page's text `src/markdown/`.
 */

// --- Fact values: a page's values ⇄ the fact fields

/**
 * A page's fact values ⇄ the provider's fields, both directions. A closed-set fact
 * (a select) stores a page's value when it is exactly one of the site's values; any
 * other value is kept as it stood in `keptFactValues` (the select stays empty), so
 * export writes the page's bytes back until an editor picks an option, and lint says
 * so (`field.unknown-value`). Nothing is lowercased or trimmed: "Yes" is not "yes".
 */

/** Page values of closed-set facts that are none of their options, as they stood. */
export type KeptFactValues = { [key in ClosedFactKey]?: string | null }

/** The provider's fact fields and kept values, as stored (or as in a form). */
export type FactSource = { readonly [key in FactKey]?: string | null } & {
  readonly keptFactValues?: KeptFactValues | null
}

/** The fact fields as stored: a closed-set fact holds one of its options or nothing. */
export type StoredFactFields = {
  [key in FactKey]: key extends ClosedFactKey ? OptionOf<key> | null : string
}

export type StoredFactValue = { value: string | null; kept: string | null }

/** One closed-set fact's page value as stored: the option, or no option and the value kept. */
export const storedFactValue = ({
  key,
  value,
}: {
  key: ClosedFactKey
  value: string
}): StoredFactValue => {
  if (value === '') return { value: null, kept: null }
  return optionValuesOf(key).includes(value) ? { value, kept: null } : { value: null, kept: value }
}

const isClosed = (key: FactKey): key is ClosedFactKey =>
  (closedFactKeys as readonly string[]).includes(key)

/**
 * A page's facts as the provider stores them: text facts as they are, closed-set facts
 * as their option (or empty), and every closed-set fact's kept value (`null` where
 * none, so a re-import clears what an earlier import kept).
 */
export const storedFacts = (
  values: Readonly<Record<FactKey, string>>,
): { facts: StoredFactFields; keptFactValues: Record<ClosedFactKey, string | null> } => {
  const facts: Partial<Record<FactKey, string | null>> = {}
  const keptFactValues = {} as Record<ClosedFactKey, string | null>
  for (const key of factKeys) {
    if (!isClosed(key)) {
      facts[key] = values[key] ?? ''
      continue
    }
    const stored = storedFactValue({ key, value: values[key] ?? '' })
    facts[key] = stored.value
    keptFactValues[key] = stored.kept
  }
  // Every fact is set; a closed-set one only to one of its options (`storedFactValue`).
  return { facts: facts as StoredFactFields, keptFactValues }
}

/** The kept page value of a closed-set fact while no option is chosen, else `null`. */
export const keptValueOf = ({
  provider,
  key,
}: {
  provider: FactSource
  key: ClosedFactKey
}): string | null => {
  if (provider[key]) return null
  return provider.keptFactValues?.[key] || null
}

/** A fact as the page prints it: the field's value (the chosen option), else the kept page value, else ''. */
export const pageFactValue = ({ provider, key }: { provider: FactSource; key: FactKey }): string =>
  provider[key] || (isClosed(key) ? keptValueOf({ provider, key }) : null) || ''

/** Every fact as the page prints it. */
export const pageFactsOf = (provider: FactSource): Record<FactKey, string> =>
  Object.fromEntries(factKeys.map((key) => [key, pageFactValue({ provider, key })])) as Record<
    FactKey,
    string
  >

/**
 * The kept values that still count: a fact whose option is chosen drops its kept
 * value (the editor replaced the page's value). For the save hook.
 */
export const liveKeptValues = ({
  kept,
  facts,
}: {
  kept: KeptFactValues | null | undefined
  facts: FactSource
}): Record<ClosedFactKey, string | null> =>
  Object.fromEntries(
    closedFactKeys.map((key) => [key, facts[key] ? null : kept?.[key] || null]),
  ) as Record<ClosedFactKey, string | null>

// --- Citations and audits

/** What kind of document a citation is; editors correct the importer's guess. */
export const citationKinds = [
  'policy',
  'terms',
  'faq',
  'support',
  'repo',
  'transparency',
  'audit-report',
  'other',
] as const

export type CitationKind = (typeof citationKinds)[number]

/** The page-relevant part of one "Quellen" entry as the provider stores it. */
export type StoredCitation = {
  url?: string | null
  title?: string | null
  kind?: CitationKind | null
  linkedFrom?: string | null
  /** The line as it stood on an imported page; printed only while it says what the fields say. */
  rawLine?: string | null
}

/** The page-relevant part of one "Audits (laut Anbieter)" entry. */
export type StoredAudit = {
  title: string
  reportUrl?: string | null
  linkedFrom?: string | null
  rawLine?: string | null
}

const kindRules: [RegExp, CitationKind][] = [
  [/\.pdf(\?|#|$)|audit/i, 'audit-report'],
  [/transparen/i, 'transparency'],
  [/privacy|datenschutz/i, 'policy'],
  [/terms|tos\b|agb|legal/i, 'terms'],
  [/\/faq|faq\./i, 'faq'],
  [/support|help|zendesk|hc\/|kb\//i, 'support'],
  [/github\.com|gitlab\.|codeberg\.org|bitbucket\.org|sourcehut|sr\.ht/i, 'repo'],
]

/** A first guess at what kind of document a URL is. */
export const guessCitationKind = (url: string | null | undefined): CitationKind =>
  (url && kindRules.find(([pattern]) => pattern.test(url))?.[1]) || 'other'

const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a || null) === (b || null)

type LinkFields = { url?: string | null; title?: string | null }

/**
 * An entry's line on the page: the line it was imported from while that still says what
 * its fields say (`read` reads a line's URL and title), else `[title](url)` from the
 * fields, else the URL or the title alone.
 */
const entryLine = ({
  rawLine,
  read,
  fields,
}: {
  rawLine?: string | null
  read: (line: string) => LinkFields
  fields: LinkFields
}): string => {
  if (rawLine) {
    const line = read(rawLine)
    if (same(line.url, fields.url) && same(line.title, fields.title)) return rawLine
  }
  if (fields.url && fields.title) return `[${escapeLinkLabel(fields.title)}](${fields.url})`
  return fields.url || escapeLinkText(fields.title ?? '')
}

/** A citation's "Quellen" line: the imported line as it was, else `[title](url)` from its fields. */
export const citationLine = (citation: StoredCitation): string =>
  entryLine({ rawLine: citation.rawLine, read: parseSourceLine, fields: citation })

/** An imported "Quellen" line as a citation: its URL and title read from the line, kept whole. */
export const citationFromLine = (rawLine: string): StoredCitation => {
  const { url, title } = parseSourceLine(rawLine)
  return { rawLine, url: url ?? null, title: title ?? null, kind: guessCitationKind(url) }
}

/** An audit's Datenblatt bullet: the imported item as it was, else `[title](report)` from its fields. */
export const auditItem = (audit: StoredAudit): string =>
  entryLine({
    rawLine: audit.rawLine,
    read: parseLinkItem,
    fields: { url: audit.reportUrl, title: audit.title },
  })

/** An imported "Audits (laut Anbieter)" bullet as an audit entry. */
export const auditFromItem = (link: LinkItem): StoredAudit => ({
  title: link.title,
  reportUrl: link.url,
  rawLine: link.url ? `[${link.title}](${link.url})` : link.title,
})

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
