import type { ProviderPage, SectionId } from './types'
import type { SectionTemplate } from './sectionTemplates'
import { sectionIds } from './types'
import { emptyPage } from './emptyPage'
import { splitFrontmatter } from './frontmatter'
import { frontmatterFromYaml } from './frontmatterModel'
import { sectionSeparator, splitBodySections, withoutSeparator } from './bodySections'
import { sectionTemplates } from './sectionTemplates'

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
