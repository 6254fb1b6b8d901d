import type { Audit, Provider, Source } from '../payload-types'
import type { Frontmatter, ProviderPage, RichText } from '../markdown/types'
import { emptyPage } from '../markdown/emptyPage'
import { pageDefaults } from '../markdown/pageDefaults'
import type { PageExtras } from '../import/providerFromPage'
import { factKeys, placeholderKeys, richTextKeys } from '../import/providerFromPage'

type PageSource = Pick<Source, 'rawLine' | 'url' | 'title' | 'position'>
type PageAudit = Pick<Audit, 'title' | 'reportUrl' | 'position'>

const byPosition = <T extends { position?: number | null }>(items: readonly T[]): T[] =>
  [...items].sort(
    (a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER),
  )

/** A source's "Quellen" line: the imported line as it was, else `[title](url)`. */
export const sourceLineOf = (source: PageSource): string => {
  if (source.rawLine) return source.rawLine
  if (source.url && source.title) return `[${source.title}](${source.url})`
  return source.url ?? source.title ?? ''
}

/**
 * The page model of a provider (pure): its fields, its sources and audits in
 * page order, and what the import kept verbatim. `isPublished` decides `status`.
 */
export const pageFromProvider = ({
  provider,
  sources,
  audits,
  isPublished,
}: {
  provider: Provider
  sources: readonly PageSource[]
  audits: readonly PageAudit[]
  isPublished: boolean
}): ProviderPage => {
  const { updatedText, ...extras } = (provider.pageExtras ?? {}) as PageExtras
  const meta = provider.pageMeta ?? {}
  const base = emptyPage()
  const frontmatter: Frontmatter = {
    ...base.frontmatter,
    ...Object.fromEntries(factKeys.map((key) => [key, provider[key] ?? ''])),
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
    frontmatter,
    ...(Object.fromEntries(
      richTextKeys.map((key) => [key, (provider[key] ?? []) as RichText]),
    ) as Pick<ProviderPage, (typeof richTextKeys)[number]>),
    datasheet: (provider.datasheet ?? []).map((row) => ({
      label: row.label,
      value: row.value ?? '',
    })),
    legalLinks: (provider.legalLinks ?? []).map((link) => ({
      label: link.label,
      title: link.title ?? '',
      url: link.url ?? null,
    })),
    auditLinks: byPosition(audits).map((audit) => ({
      title: audit.title,
      url: audit.reportUrl ?? null,
    })),
    dataNotes: provider.dataNotesText ?? provider.data_notes ?? '',
    features: (provider.features ?? []).map((item) => item.text),
    alternatives: (provider.alternatives ?? []).map((item) => item.text),
    sources: byPosition(sources).map(sourceLineOf),
  }
}
