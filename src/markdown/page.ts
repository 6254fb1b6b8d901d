import type { ProviderPage, SectionId } from './types'
import type { SectionTemplate } from './sections'
import { sectionIds } from './types'
import {
  emptyFrontmatter,
  frontmatterFromYaml,
  splitFrontmatter,
  yamlFromFrontmatter,
} from './frontmatter'
import { sectionTemplates } from './sections'

/**
 * A whole site page: the empty page model, the body split into its `## ` sections and
 * their separators, and the two directions, `parsePage` (file → model) and `renderPage`
 * (model → the same bytes), and what the template derives from the provider. Each
 * section's own shape is in `sections.ts`, the frontmatter in `frontmatter.ts`.
 */

/**
 * Frontmatter values the template derives from the provider. The importer stores a
 * value only when the page's differs from these, so renaming a provider or moving
 * the site's layout file changes every page at once.
 */
export const pageDefaults = {
  layout: '../../../layouts/DocLayout.astro',
  chapter: 'Anbieter',
  type: 'single',
  format: 'provider',
  title: (name: string): string => `Anbieter / ${name}`,
  url: (slug: string): string => `/anbieter/${slug}/`,
  /** Only approved (published) pages are exported; a preview of anything else says so. */
  status: (isPublished: boolean): string => (isPublished ? 'done' : 'draft'),
} as const

/** The slug in a page's `url` (`/anbieter/<slug>/`), if it has that shape. */
export const slugFromPageUrl = (url: string): string | null =>
  /^\/anbieter\/([a-z0-9][a-z0-9-]*)\/?$/.exec(url.trim())?.[1] ?? null

/** A page with every field empty; the starting point for parsing and for factories. */
export const emptyPage = (): ProviderPage => ({
  frontmatter: emptyFrontmatter(),
  missingFrontmatterKeys: [],
  frontmatterExtra: [],
  frontmatterSource: null,
  bodyPreamble: '',
  fitFor: [],
  lessFitFor: [],
  mainTradeoff: [],
  quickActions: [],
  decisionGuide: [],
  datasheet: [],
  legalLinks: [],
  auditLinks: [],
  dataNotes: '',
  privacyFacts: [],
  telemetry: [],
  securityPoints: [],
  setup: [],
  features: [],
  alternatives: [],
  openPoints: [],
  sources: [],
  sectionOverrides: [],
  missingSections: [],
  sectionOrder: null,
  extraSections: [],
})

/** One `## ` section of the body: its heading line and everything after it, verbatim. */
export type BodyChunk = { headingLine: string; rest: string }

/**
 * Splits a page body at lines starting with `## `: the text before the first
 * heading and one chunk per heading. Concatenating preamble and chunks (heading
 * line + `\n` + rest) gives the body back.
 */
export const splitBodySections = (body: string): { preamble: string; chunks: BodyChunk[] } => {
  const starts: number[] = []
  for (let offset = 0; offset < body.length;) {
    if (body.startsWith('## ', offset)) starts.push(offset)
    const lineEnd = body.indexOf('\n', offset)
    if (lineEnd === -1) break
    offset = lineEnd + 1
  }
  const chunks = starts.map((start, index) => {
    const chunk = body.slice(start, starts[index + 1] ?? body.length)
    const newline = chunk.indexOf('\n')
    return newline === -1
      ? { headingLine: chunk, rest: '' }
      : { headingLine: chunk.slice(0, newline), rest: chunk.slice(newline + 1) }
  })
  return { preamble: body.slice(0, starts[0] ?? body.length), chunks }
}

/** The separator a section ends with: a blank line before the next heading, one newline at the end. */
export const sectionSeparator = (isLast: boolean): string => (isLast ? '\n' : '\n\n')

/**
 * Verbatim section text without its separator when that can be added back
 * unambiguously; otherwise the text exactly as it stands (see `withSeparator`).
 */
export const withoutSeparator = ({ rest, isLast }: { rest: string; isLast: boolean }): string => {
  const separator = sectionSeparator(isLast)
  const stripped = rest.slice(0, rest.length - separator.length)
  return rest.endsWith(separator) && stripped !== '' && !stripped.endsWith('\n') ? stripped : rest
}

export const withSeparator = ({
  markdown,
  isLast,
}: {
  markdown: string
  isLast: boolean
}): string =>
  markdown !== '' && !markdown.endsWith('\n') ? markdown + sectionSeparator(isLast) : markdown

const templateByHeading = new Map(
  sectionTemplates.map((template) => [`## ${template.heading}`, template]),
)

/** The section's fields when it has the template's exact shape, else `null`. */
const parseSection = ({
  template,
  rest,
  isLast,
  page,
}: {
  template: SectionTemplate
  rest: string
  isLast: boolean
  page: ProviderPage
}): Partial<ProviderPage> | null => {
  const separator = sectionSeparator(isLast)
  const lead = template.isBlankAfterHeading ? '\n' : ''
  if (
    !rest.endsWith(separator) ||
    !rest.startsWith(lead) ||
    rest.length < separator.length + lead.length
  )
    return null
  const content = rest.slice(lead.length, rest.length - separator.length)
  const fields = template.parse(content)
  return fields && template.render({ ...page, ...fields }) === content ? fields : null
}

const isCanonicalOrder = (order: SectionId[]): boolean =>
  order.every(
    (id, index) =>
      index === 0 || sectionIds.indexOf(id) > sectionIds.indexOf(order[index - 1] as SectionId),
  )

/**
 * Reads a site page into the page model. Throws `PageError` when the page has
 * no readable frontmatter. Sections that deviate from the template, unknown
 * sections and unknown frontmatter keys are kept so `renderPage` gives the same
 * bytes back.
 */
export const parsePage = (text: string): ProviderPage => {
  const { yaml, body } = splitFrontmatter(text)
  const page: ProviderPage = { ...emptyPage(), ...frontmatterFromYaml(yaml) }
  const { preamble, chunks } = splitBodySections(body)
  page.bodyPreamble = preamble
  const order: SectionId[] = []
  chunks.forEach(({ headingLine, rest }, index) => {
    const isLast = index === chunks.length - 1
    const template = templateByHeading.get(headingLine)
    if (!template || order.includes(template.id)) {
      page.extraSections.push({
        heading: headingLine.slice(3),
        markdown: withoutSeparator({ rest, isLast }),
        after: order.at(-1) ?? null,
      })
      return
    }
    order.push(template.id)
    const fields = parseSection({ template, rest, isLast, page })
    if (fields) Object.assign(page, fields)
    else
      page.sectionOverrides.push({
        section: template.id,
        markdown: withoutSeparator({ rest, isLast }),
      })
  })
  page.missingSections = sectionIds.filter((id) => !order.includes(id))
  page.sectionOrder = isCanonicalOrder(order) ? null : order
  return page
}

type Chunk =
  { headingLine: string; verbatim: string } | { headingLine: string; lead: string; content: string }

const templateById = new Map(sectionTemplates.map((template) => [template.id, template]))

const chunksOf = (page: ProviderPage): Chunk[] => {
  const missing = new Set(page.missingSections ?? [])
  const order = (page.sectionOrder ?? sectionIds).filter((id) => !missing.has(id))
  const extras = page.extraSections ?? []
  const extraChunks = (after: SectionId | null): Chunk[] =>
    extras
      .filter((extra) => extra.after === after)
      .map((extra) => ({ headingLine: `## ${extra.heading}`, verbatim: extra.markdown }))
  const orphans = extras
    .filter((extra) => extra.after !== null && !order.includes(extra.after))
    .map((extra) => ({ headingLine: `## ${extra.heading}`, verbatim: extra.markdown }))
  const known = order.flatMap((id): Chunk[] => {
    const template = templateById.get(id)
    if (!template) return extraChunks(id)
    const override = (page.sectionOverrides ?? []).find((entry) => entry.section === id)
    const headingLine = `## ${template.heading}`
    const chunk: Chunk = override
      ? { headingLine, verbatim: override.markdown }
      : {
          headingLine,
          lead: template.isBlankAfterHeading ? '\n' : '',
          content: template.render(page),
        }
    return [chunk, ...extraChunks(id)]
  })
  return [...extraChunks(null), ...known, ...orphans]
}

/** The page's full markdown file: frontmatter and body in the site's exact layout. */
export const renderPage = (page: ProviderPage): string => {
  const chunks = chunksOf(page)
  const body = chunks
    .map((chunk, index) => {
      const isLast = index === chunks.length - 1
      const rest =
        'verbatim' in chunk
          ? withSeparator({ markdown: chunk.verbatim, isLast })
          : chunk.lead + chunk.content + sectionSeparator(isLast)
      return `${chunk.headingLine}\n${rest}`
    })
    .join('')
  return `---\n${yamlFromFrontmatter(page)}---\n${page.bodyPreamble ?? ''}${body}`
}
