/**
 * The primary-source rule over what the page really links (docs/security.md, "Links on
 * the page"): the revision is printed as export prints it, the body is read as the site's
 * markdown pipeline reads it (`linksInMarkdown`), and every address on it is judged where
 * the visitor's browser would take it (`linkTargetOf`). So no form of a link — an entity,
 * a backslash escape, `//host`, `http:/host`, a reference definition, raw HTML, a link a
 * text makes by accident — reaches the site unjudged. Each finding names the field that
 * printed the link. Pure, but server-side: it parses markdown and HTML.
 */
import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import { message } from '../i18n/messages'
import type { PageExtras, PageSource } from '../mapping/providerPage'
import { pageFromProvider, richTextKeys } from '../mapping/providerPage'
import type { VendorField } from '../mapping/facts'
import { vendorFields } from '../mapping/facts'
import { splitFrontmatter } from '../markdown/frontmatter'
import type { ActiveHtml, MarkdownLink } from '../markdown/linksInMarkdown'
import { linksInMarkdown } from '../markdown/linksInMarkdown'
import { renderPage, splitBodySections } from '../markdown/page'
import { escapeMarkdownText } from '../markdown/escaping'
import { escapeCell, printLinkItem, printRichText, sectionTemplates } from '../markdown/sections'
import type { ProviderPage, SectionId } from '../markdown/types'
import { judgeSource } from './judge'
import { strayLinkMessage } from './sourceMessages'
import type { LinkTarget } from './linkTarget'
import { linkTargetOf } from './linkTarget'
import type { VendorEntry } from './vendors'
import { vendorDomainsOf } from './vendors'

/**
 * One piece of the page and the field that prints it, in the section it stands in (`null`:
 * a part kept verbatim from an imported page, standing for its whole section). An entry
 * whose own address the rule judges (a citation's URL, an audit's report, a legal link's
 * vendor field) names it, so the link to it is not judged a second time and a finding on
 * it names its field.
 */
type PagePart = {
  field: string
  section: SectionId | null
  markdown: string
  entry?: { url: string; field: string }
}

const isBlank = (value: string | null | undefined): boolean => !value

const isVendorField = (field: string): field is VendorField =>
  (vendorFields as readonly string[]).includes(field)

/** The body section each rich text prints in (`sections.ts`). */
const richTextSections: Record<(typeof richTextKeys)[number], SectionId> = {
  fitFor: 'kurzfazit',
  lessFitFor: 'kurzfazit',
  mainTradeoff: 'kurzfazit',
  quickActions: 'sofortmassnahmen',
  decisionGuide: 'entscheidungshilfe',
  privacyFacts: 'datenschutz',
  telemetry: 'telemetrie',
  securityPoints: 'sicherheit',
  setup: 'einrichtung',
  openPoints: 'offenePunkte',
}

/** The revision's parts, each section's in the order the section prints them. */
const pagePartsOf = ({
  provider,
  page,
}: {
  provider: PageSource
  page: ProviderPage
}): PagePart[] => {
  const rows = provider.datasheet ?? []
  const legal = provider.legalLinks ?? []
  const citations = provider.citations ?? []
  const audits = provider.audits ?? []
  const extras = (provider.pageExtras ?? {}) as PageExtras
  const parts: PagePart[] = [
    {
      field: 'name',
      section: 'kurzprofil',
      markdown: escapeMarkdownText({ text: provider.name ?? '', isAtLineStart: true }),
    },
    {
      field: 'category',
      section: 'kurzprofil',
      markdown: escapeMarkdownText({ text: provider.category ?? '', isAtLineStart: false }),
    },
    ...richTextKeys.map((key) => ({
      field: key,
      section: richTextSections[key],
      markdown: printRichText(page[key]),
    })),
    ...page.datasheet.map((row, index): PagePart => {
      const fact = rows[index]?.fact
      const field = fact && isBlank(rows[index]?.value) ? fact : `datasheet.${index}.value`
      return {
        field,
        section: 'datenblatt',
        markdown: `| ${escapeCell(row.label)} | ${escapeCell(row.value)} |`,
        ...(isVendorField(field) ? { entry: { url: provider[field] ?? '', field } } : {}),
      }
    }),
    ...page.legalLinks.map((link, index): PagePart => {
      const from = isBlank(legal[index]?.text) ? legal[index]?.field : null
      return {
        field: from ?? `legalLinks.${index}.text`,
        section: 'datenblatt',
        markdown: `${link.label}: ${printLinkItem(link)}`,
        ...(from && link.url ? { entry: { url: link.url, field: from } } : {}),
      }
    }),
    ...page.auditLinks.map((link, index) => ({
      field: `audits.${index}.title`,
      section: 'datenblatt' as const,
      markdown: link.title,
      entry: { url: audits[index]?.reportUrl ?? '', field: `audits.${index}.reportUrl` },
    })),
    {
      field: isBlank(provider.dataNotesText) ? 'data_notes' : 'dataNotesText',
      section: 'datenblatt',
      markdown: page.dataNotes,
    },
    ...page.features.map((text, index) => ({
      field: `features.${index}.text`,
      section: 'features' as const,
      markdown: text,
    })),
    ...page.alternatives.map((text, index) => ({
      field: `alternatives.${index}.text`,
      section: 'alternativen' as const,
      markdown: text,
    })),
    ...page.sources.map((line, index) => ({
      field: `citations.${index}.title`,
      section: 'quellen' as const,
      markdown: line,
      entry: { url: citations[index]?.url ?? '', field: `citations.${index}.url` },
    })),
  ]
  // Verbatim parts of an imported page; pageFromProvider printed the overrides still in force.
  const verbatim = [
    extras.bodyPreamble ?? '',
    ...page.sectionOverrides.map((override) => override.markdown),
    ...(extras.extraSections ?? []).flatMap((extra) => [`## ${extra.heading}`, extra.markdown]),
  ].map((markdown) => ({ field: 'pageExtras', section: null, markdown }))
  return [...parts, ...verbatim].filter((part) => part.markdown !== '')
}

/** Where a part stands in the page's body. */
type PlacedPart = PagePart & { start: number; end: number }

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The part's markdown as printed, where a list item or a quote may indent its continuation lines. */
const patternOf = (markdown: string): RegExp =>
  new RegExp(markdown.split('\n').map(escapeRegExp).join('\\n[ \\t>]*'), 'g')

const sectionByHeading = new Map<string, SectionId>(
  sectionTemplates.map((template) => [`## ${template.heading}`, template.id]),
)

/**
 * Where each part stands in the body: section by section (the `## ` chunks), each part of
 * the section after the one before it, so two parts that read the same are told apart by
 * their place; a verbatim part stands wherever its text does.
 */
const placePartsIn = ({
  parts,
  body,
}: {
  parts: readonly PagePart[]
  body: string
}): PlacedPart[] => {
  const { preamble, chunks } = splitBodySections(body)
  let chunkStart = preamble.length
  const placed = chunks.flatMap(({ headingLine, rest }) => {
    const start = chunkStart
    const end = start + headingLine.length + 1 + rest.length
    chunkStart = end
    const section = sectionByHeading.get(headingLine)
    let cursor = start
    return parts
      .filter((part) => part.section !== null && part.section === section)
      .flatMap((part): PlacedPart[] => {
        const pattern = patternOf(part.markdown)
        pattern.lastIndex = cursor
        const match = pattern.exec(body)
        if (!match || match.index + match[0].length > end) return []
        cursor = match.index + match[0].length
        return [{ ...part, start: match.index, end: cursor }]
      })
  })
  const verbatim = parts
    .filter((part) => part.section === null)
    .flatMap((part) =>
      [...body.matchAll(patternOf(part.markdown))].map((match) => ({
        ...part,
        start: match.index,
        end: match.index + match[0].length,
      })),
    )
  return [...placed, ...verbatim]
}

/**
 * The part that printed the markdown at `range` (a link node, an HTML block): the
 * smallest part around it, so a citation line kept inside a verbatim "Quellen" section is
 * the citation's. For a construct across two parts (rare: a definition one field prints,
 * another's text around it) the part that holds its address, else the page's verbatim
 * parts.
 */
const partAt = (args: {
  placed: readonly PlacedPart[]
  range: { start: number; end: number }
  href: string
}): PagePart => {
  const { placed, range } = args
  const around = placed
    .filter((part) => part.start <= range.start && range.end <= part.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))
  const href = args.href.trim()
  return (
    around[0] ??
    placed.find((part) => href !== '' && part.markdown.includes(href)) ?? {
      field: 'pageExtras',
      section: null,
      markdown: '',
    }
  )
}

const isSameAddress = (a: LinkTarget, b: LinkTarget): boolean =>
  a.kind === 'web' && b.kind === 'web' && a.url === b.url

/** The findings of one address on the page, on the field of the part that printed it. */
const linkFindings = (args: {
  link: MarkdownLink
  part: PagePart
  vendors: readonly VendorEntry[]
}): Finding[] => {
  const { link, part, vendors } = args
  const target = linkTargetOf(link.href)
  const isEntry =
    part.entry !== undefined &&
    (link.href.trim() === part.entry.url.trim() ||
      isSameAddress(target, linkTargetOf(part.entry.url)))
  const field = isEntry ? part.entry!.field : part.field
  if (target.kind === 'refused') {
    return [
      makeFinding({
        code: 'text.unsafe-link',
        message: message('text.unsafe-link', { url: link.href.trim(), scheme: target.scheme }),
        field,
        value: link.href.trim(),
      }),
    ]
  }
  // The entry's own address has its verdict from the entry (a linked audit report).
  if (target.kind !== 'web' || isEntry) return []
  const judged = judgeSource({ url: target.url, vendors })
  // A vendor page over http keeps its warning (`source.insecure-http`).
  if (judged.verdict === 'primary') return judged.findings.map((finding) => ({ ...finding, field }))
  return [
    makeFinding({
      code: 'source.rejected',
      message: strayLinkMessage({ url: target.url, vendors }),
      field,
      value: target.url,
    }),
  ]
}

const activeHtmlFinding = ({ active, part }: { active: ActiveHtml; part: PagePart }): Finding =>
  makeFinding({
    code: 'text.unsafe-html',
    message: active.attribute
      ? message('text.unsafe-html.attribute', {
          element: active.element,
          attribute: active.attribute,
        })
      : message('text.unsafe-html', { element: active.element }),
    field: part.field,
    value: active.attribute ? `<${active.element} ${active.attribute}=…>` : `<${active.element}>`,
  })

/** A finding's address compared without its scheme and a trailing slash (`www.x.org` autolinks as http). */
const addressOf = (value: string): string => {
  const target = linkTargetOf(value)
  return (target.kind === 'web' ? target.url.replace(/^https?:\/\//, '') : value).replace(/\/$/, '')
}

const keyOf = (finding: Finding, field = finding.field): string =>
  `${finding.code}|${field}|${addressOf(finding.value)}`

/**
 * The page's findings that no finding of the rest of the rule already says (`known`: the
 * entries' verdicts, the addresses the text rule found in a field): the same code about
 * the same address on the same field, or on the whole field a text finding names
 * (`features` for `features.2.text`).
 */
export const withoutKnown = ({
  findings,
  known,
}: {
  findings: readonly Finding[]
  known: readonly Finding[]
}): Finding[] => {
  const keys = new Set(known.map((finding) => keyOf(finding)))
  return findings.filter(
    (finding) =>
      !keys.has(keyOf(finding)) && !keys.has(keyOf(finding, finding.field.split('.')[0])),
  )
}

/**
 * Every finding about the addresses the revision's page links and the active HTML on it:
 * `text.unsafe-link` for a scheme other than https:, http: and mailto: (`javascript:`),
 * `text.unsafe-html` for HTML that runs code or loads other pages (`<script>`,
 * `onclick=`), `source.rejected` for a page off the vendor's domains, and
 * `source.insecure-http` for a vendor page linked over http. Links inside the page (`#…`,
 * the site's own pages) and `mailto:` pass. A citation's or audit's own address keeps the
 * entry's verdict (`judgeCitation`).
 */
export const pageLinkFindings = (provider: PageSource): Finding[] => {
  const vendors = vendorDomainsOf(provider)
  const page = pageFromProvider({ provider, isPublished: true })
  const { body } = splitFrontmatter(renderPage(page))
  const placed = placePartsIn({ parts: pagePartsOf({ provider, page }), body })
  const { links, activeHtml } = linksInMarkdown(body)
  const findings = [
    ...activeHtml.map((active) =>
      activeHtmlFinding({ active, part: partAt({ placed, range: active, href: '' }) }),
    ),
    ...links.flatMap((link) =>
      linkFindings({ link, part: partAt({ placed, range: link, href: link.href }), vendors }),
    ),
  ]
  const seen = new Set<string>()
  return findings.filter((finding) => {
    const key = keyOf(finding)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Findings no save may keep, drafts included: the page would run code in its readers' browsers. */
export const isUnsafeMarkup = (finding: Finding): boolean =>
  finding.code === 'text.unsafe-link' || finding.code === 'text.unsafe-html'
