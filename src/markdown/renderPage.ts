import type { ProviderPage, SectionId } from './types'
import { sectionIds } from './types'
import { yamlFromFrontmatter } from './frontmatterModel'
import { sectionSeparator, withSeparator } from './bodySections'
import { sectionTemplates } from './sectionTemplates'

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
