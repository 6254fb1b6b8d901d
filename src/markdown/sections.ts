import type { DatasheetRow, LegalLink, LinkItem, ProviderPage, RichText, SectionId } from './types'
import { UnsupportedMarkdownError } from './errors'
import { escapeMarkdownText } from './escaping'
import { printMarkdown } from './printMarkdown'
import { slateFromMarkdown } from './slateFromMarkdown'

/**
 * The body's sections, one template each: how a section's text is read into page
 * fields and written back. The blocks they share (bullet lists, links, rich text)
 * come first, then the Datenblatt (its table, legal links, audits and data notes),
 * then the templates in the site's order. `page.ts` splits a page into sections and
 * puts it together again.
 */

// --- Blocks ---------------------------------------------------------------------

/** Indents every line but the first by `width` spaces (empty lines stay empty). */
export const indentRest = ({ text, width }: { text: string; width: number }): string =>
  text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : ' '.repeat(width) + line))
    .join('\n')

/**
 * Splits a tight `-` list into each item's markdown (continuation lines indented
 * by two spaces are part of the item, dedented). `null` when the text is not
 * such a list.
 */
export const splitBulletItems = (content: string): string[] | null => {
  if (content === '') return []
  const items: string[] = []
  for (const line of content.split('\n')) {
    if (line.startsWith('- ')) items.push(line.slice(2))
    else if (line.startsWith('  ') && items.length > 0)
      items[items.length - 1] += `\n${line.slice(2)}`
    else return null
  }
  return items
}

export const printBulletItems = (items: readonly string[]): string =>
  items.map((item) => `- ${indentRest({ text: item, width: 2 })}`).join('\n')

/** Rich text from markdown, or `null` when `slateFromMarkdown` cannot represent it. */
export const richTextOrNull = (markdown: string): RichText | null => {
  try {
    return slateFromMarkdown(markdown)
  } catch (err) {
    if (err instanceof UnsupportedMarkdownError) return null
    throw err
  }
}

export const printRichText = (value: RichText | null | undefined): string =>
  printMarkdown(value ?? [])

const linkPattern = /^\[([^\]]*)\]\(([^()\s]+)\)$/

/** `[title](url)` → `{ title, url }`; anything else → `{ title: <markdown verbatim>, url: null }`. */
export const parseLinkItem = (markdown: string): LinkItem => {
  const match = linkPattern.exec(markdown)
  return match ? { title: match[1] ?? '', url: match[2] ?? '' } : { title: markdown, url: null }
}

export const printLinkItem = ({ title, url }: LinkItem): string =>
  url ? `[${title}](${url})` : title

// --- The Datenblatt ---------------------------------------------------------------

type DatasheetFields = Pick<ProviderPage, 'datasheet' | 'legalLinks' | 'auditLinks' | 'dataNotes'>

const tableHead = '| Merkmal | Wert |\n|---|---|'
const legalLabel = '**Rechtliches (Anbieterlinks):**'
const auditsLabel = '**Audits (laut Anbieter):**'
const notesLabel = '**Daten-Notizen (kurz):**'

/** A Datenblatt cell's text as the table prints it. */
export const escapeCell = (value: string): string => value.replace(/\|/g, '\\|')
const unescapeCell = (value: string): string => value.replace(/\\\|/g, '|')

const parseRow = (line: string): DatasheetRow | null => {
  const match = /^\| ((?:[^|\\]|\\.)*?) \| (.*) \|$/.exec(line)
  return match ? { label: unescapeCell(match[1] ?? ''), value: unescapeCell(match[2] ?? '') } : null
}

const parseLegal = (item: string): LegalLink | null => {
  const colon = item.indexOf(': ')
  if (colon <= 0 || item.includes('\n')) return null
  return { label: item.slice(0, colon), ...parseLinkItem(item.slice(colon + 2)) }
}

/** A labelled bullet block (`**Label:**` then `- ` lines) → its items, or `null`. */
const labelledItems = ({
  part,
  label,
}: {
  part: string | undefined
  label: string
}): string[] | null =>
  part?.startsWith(`${label}\n`) ? splitBulletItems(part.slice(label.length + 1)) : null

/**
 * Datenblatt: the `Merkmal | Wert` table, the legal links, the audits and the
 * data notes, each block optional but in this order. `null` when the section
 * has another shape.
 */
export const parseDatasheet = (content: string): DatasheetFields | null => {
  const parts = content === '' ? [] : content.split('\n\n')
  const fields: DatasheetFields = { datasheet: [], legalLinks: [], auditLinks: [], dataNotes: '' }
  let index = 0
  if (parts[index]?.startsWith(`${tableHead}\n`)) {
    const rows = (parts[index] ?? '').split('\n').slice(2).map(parseRow)
    if (rows.some((row) => row === null)) return null
    fields.datasheet = rows as DatasheetRow[]
    index += 1
  }
  const legal = labelledItems({ part: parts[index], label: legalLabel })
  if (legal) {
    const links = legal.map(parseLegal)
    if (links.some((link) => link === null)) return null
    fields.legalLinks = links as LegalLink[]
    index += 1
  }
  const audits = labelledItems({ part: parts[index], label: auditsLabel })
  if (audits) {
    fields.auditLinks = audits.map(parseLinkItem)
    index += 1
  }
  if (parts[index]?.startsWith(`${notesLabel}\n`)) {
    fields.dataNotes = parts
      .slice(index)
      .join('\n\n')
      .slice(notesLabel.length + 1)
    index = parts.length
  }
  return index === parts.length ? fields : null
}

export const printDatasheet = (page: DatasheetFields): string => {
  const blocks: string[] = []
  const rows = page.datasheet ?? []
  if (rows.length > 0) {
    blocks.push(
      [
        tableHead,
        ...rows.map((row) => `| ${escapeCell(row.label)} | ${escapeCell(row.value)} |`),
      ].join('\n'),
    )
  }
  const legal = page.legalLinks ?? []
  if (legal.length > 0) {
    blocks.push(
      [legalLabel, ...legal.map((link) => `- ${link.label}: ${printLinkItem(link)}`)].join('\n'),
    )
  }
  const audits = page.auditLinks ?? []
  if (audits.length > 0)
    blocks.push(`${auditsLabel}\n${printBulletItems(audits.map(printLinkItem))}`)
  if (page.dataNotes) blocks.push(`${notesLabel}\n${page.dataNotes}`)
  return blocks.join('\n\n')
}

// --- The section templates -----------------------------------------------------------

/**
 * How one body section is read into page fields and written back. `parse`
 * returns `null` when the section does not have the template's shape; the caller
 * then checks that `render` reproduces the content exactly and otherwise keeps
 * the section verbatim as an override.
 */
export type SectionTemplate = {
  id: SectionId
  heading: string
  isBlankAfterHeading: boolean
  parse: (content: string) => Partial<ProviderPage> | null
  render: (page: ProviderPage) => string
}

const focusSentence =
  'Fokus dieser Seite: **Privacy, Datenflüsse, Kontopflichten, Telemetrie/Logs, Sicherheit & Härtung** (nur anhand von Anbieter-Primärquellen).'

const profilesBlock = [
  '<details>',
  '<summary>Profile (als Ziele, nicht als „besser“)</summary>',
  '',
  '- **Profil A (Standard & alltagstauglich):** sicherer Default, geringer Aufwand.',
  '- **Profil B (Datensparsam):** weniger Metadaten, etwas mehr Aufwand/Komfortverlust möglich.',
  '- **Profil C (High-Risk):** maximale Härtung/Isolation, deutlich mehr Aufwand & mögliche Einschränkungen.',
  '',
  '</details>',
].join('\n')

const verdictLabels = [
  ['fitFor', '**Geeignet wenn:**'],
  ['lessFitFor', '**Weniger geeignet wenn:**'],
  ['mainTradeoff', '**Wichtigster Abwägung:**'],
] as const

type RichTextKey =
  | 'quickActions'
  | 'telemetry'
  | 'setup'
  | 'openPoints'
  | 'privacyFacts'
  | 'securityPoints'
  | 'decisionGuide'

/** A section that is rich text, optionally after a fixed label line or before a fixed block. */
const richTextSection = ({
  key,
  label = '',
  suffix = '',
}: {
  key: RichTextKey
  label?: string
  suffix?: string
}): Pick<SectionTemplate, 'parse' | 'render'> => ({
  parse: (content) => {
    if (!content.startsWith(label) || !content.endsWith(suffix)) return null
    const inner = content.slice(label.length, content.length - suffix.length)
    const value = richTextOrNull(inner)
    return value ? { [key]: value } : null
  },
  render: (page) => `${label}${printRichText(page[key])}${suffix}`,
})

const bulletSection = (
  key: 'features' | 'alternatives' | 'sources',
): Pick<SectionTemplate, 'parse' | 'render'> => ({
  parse: (content) => {
    const items = splitBulletItems(content)
    return items ? { [key]: items } : null
  },
  render: (page) => printBulletItems(page[key] ?? []),
})

export const sectionTemplates: readonly SectionTemplate[] = [
  {
    id: 'kurzprofil',
    heading: 'Kurzprofil',
    isBlankAfterHeading: true,
    parse: () => ({}),
    // Name and category are plain text: escaped, so a `#`, `*` or `---` in them stays text.
    render: (page) =>
      `${escapeMarkdownText({ text: page.frontmatter.name ?? '', isAtLineStart: true })} ist ein Anbieter aus der Kategorie **${escapeMarkdownText({ text: page.frontmatter.category ?? '', isAtLineStart: false })}**. ${focusSentence}`,
  },
  {
    id: 'kurzfazit',
    heading: 'Kurzfazit',
    isBlankAfterHeading: false,
    parse: (content) => {
      const items = splitBulletItems(content)
      if (items?.length !== verdictLabels.length) return null
      const fields: Partial<Record<(typeof verdictLabels)[number][0], RichText>> = {}
      for (const [index, [key, label]] of verdictLabels.entries()) {
        const item = items[index] ?? ''
        const value = item.startsWith(`${label} `)
          ? richTextOrNull(item.slice(label.length + 1))
          : null
        if (!value) return null
        fields[key] = value
      }
      return fields
    },
    render: (page) =>
      printBulletItems(verdictLabels.map(([key, label]) => `${label} ${printRichText(page[key])}`)),
  },
  {
    id: 'sofortmassnahmen',
    heading: 'Sofortmaßnahmen',
    isBlankAfterHeading: false,
    ...richTextSection({ key: 'quickActions' }),
  },
  {
    id: 'entscheidungshilfe',
    heading: 'Entscheidungshilfe',
    isBlankAfterHeading: false,
    ...richTextSection({ key: 'decisionGuide', suffix: `\n\n${profilesBlock}` }),
  },
  {
    id: 'datenblatt',
    heading: 'Datenblatt',
    isBlankAfterHeading: false,
    parse: parseDatasheet,
    render: printDatasheet,
  },
  {
    id: 'datenschutz',
    heading: 'Datenschutz & Datenflüsse',
    isBlankAfterHeading: false,
    ...richTextSection({
      key: 'privacyFacts',
      label: '**Was der Anbieter nennt (Fakten, kurz):**\n',
    }),
  },
  {
    id: 'telemetrie',
    heading: 'Telemetrie, Logs & Aufbewahrung',
    isBlankAfterHeading: false,
    ...richTextSection({ key: 'telemetry' }),
  },
  {
    id: 'sicherheit',
    heading: 'Sicherheit & Kontoschutz',
    isBlankAfterHeading: false,
    ...richTextSection({ key: 'securityPoints', label: '**Kernpunkte (nur belegt):**\n' }),
  },
  {
    id: 'einrichtung',
    heading: 'Einrichtung & Härtung',
    isBlankAfterHeading: true,
    ...richTextSection({ key: 'setup' }),
  },
  { id: 'features', heading: 'Features', isBlankAfterHeading: false, ...bulletSection('features') },
  {
    id: 'alternativen',
    heading: 'Alternativen',
    isBlankAfterHeading: false,
    ...bulletSection('alternatives'),
  },
  {
    id: 'offenePunkte',
    heading: 'Nicht gelöst / offene Punkte',
    isBlankAfterHeading: false,
    ...richTextSection({ key: 'openPoints' }),
  },
  { id: 'quellen', heading: 'Quellen', isBlankAfterHeading: true, ...bulletSection('sources') },
]
