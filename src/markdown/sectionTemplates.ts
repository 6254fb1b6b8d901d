import type { ProviderPage, RichText, SectionId } from './types'
import { printBulletItems, printRichText, richTextOrNull, splitBulletItems } from './blockHelpers'
import { parseDatasheet, printDatasheet } from './datasheetSection'
import { escapeMarkdownText } from './escapeMarkdown'

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
