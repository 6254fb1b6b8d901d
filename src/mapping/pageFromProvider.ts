import type { Provider } from '../payload-types'
import type { Frontmatter, ProviderPage, RichText, SectionOverride } from '../markdown/types'
import { emptyPage, pageDefaults } from '../markdown/page'
import type { StoredCitation } from './citations'
import { auditItem, citationFromLine, citationLine } from './citations'
import { printedLegalLink, printedRow } from './datasheet'
import type { PageExtras } from './providerFromPage'
import { placeholderKeys } from './facts'
import { pageFactsOf } from './factValues'
import { linesOfQuellenOverride, richTextKeys } from './providerFromPage'

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
