/**
 * The page model: what the database stores for one provider page, as plain JSON.
 * Payload fields mirror it 1:1. Fixed template sentences, labels and headings are
 * not stored; `renderPage` produces them. Whatever deviates from the template is
 * kept verbatim (overrides, extra sections, the original frontmatter text).
 */

import type { FrontmatterKey } from '../mapping/facts'

/** One value per known frontmatter key (`src/mapping/facts.ts` lists them in the site's order). */
export type Frontmatter = Record<FrontmatterKey, string>

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** A frontmatter key the model does not know, kept with its value and place. */
export type FrontmatterExtra = {
  key: string
  value: JsonValue
  /** The known key it followed on the page; `null` = before every known key. */
  after: FrontmatterKey | null
}

/** The body sections of the layout, in canonical order. */
export const sectionIds = [
  'kurzprofil',
  'kurzfazit',
  'sofortmassnahmen',
  'entscheidungshilfe',
  'datenblatt',
  'datenschutz',
  'telemetrie',
  'sicherheit',
  'einrichtung',
  'features',
  'alternativen',
  'offenePunkte',
  'quellen',
] as const

export type SectionId = (typeof sectionIds)[number]

/** Slate text leaf (the @payloadcms/richtext-slate shape). `\n` is a hard break. */
export type SlateText = {
  text: string
  bold?: boolean
  italic?: boolean
  code?: boolean
  strikethrough?: boolean
}

/**
 * Slate element. Paragraphs have no `type`. Other types: `h1`…`h6`, `ul`, `ol`
 * (`start`), `li`, `link` (`url`, `bare` for an autolinked URL), `details`
 * (`summary`, children are blocks), `table`/`tr`/`th`/`td` (`align` on the table),
 * `html` (`html`, raw HTML block kept verbatim).
 */
export type SlateElement = {
  type?: string
  children: SlateNode[]
  url?: string
  bare?: boolean
  start?: number
  summary?: string
  html?: string
  align?: (string | null)[]
}

export type SlateNode = SlateElement | SlateText

export type RichText = SlateElement[]

/** `[title](url)` when `url` is set; otherwise `title` is the item's markdown verbatim. */
export type LinkItem = { title: string; url: string | null }

/** One "Rechtliches (Anbieterlinks)" bullet: `- label: [title](url)` or `- label: title`. */
export type LegalLink = { label: string; title: string; url: string | null }

/** One Datenblatt row as it stands on the page (cell markdown, `\|` unescaped). */
export type DatasheetRow = { label: string; value: string }

/** A known section that deviates from the template, kept verbatim (text after the heading line). */
export type SectionOverride = { section: SectionId; markdown: string }

/** A `##` section the layout does not know, kept in place. */
export type ExtraSection = {
  /** The heading line without `## `. */
  heading: string
  /** Everything after the heading line, verbatim. */
  markdown: string
  /** The known section it followed; `null` = before every known section. */
  after: SectionId | null
}

export type ProviderPage = {
  frontmatter: Frontmatter
  /** Known keys absent from the page (their value in `frontmatter` is ''). */
  missingFrontmatterKeys: FrontmatterKey[]
  frontmatterExtra: FrontmatterExtra[]
  /**
   * The page's YAML verbatim, kept only when the writer would not reproduce it
   * (other quoting, order, comments). Used while it still parses to the same values.
   */
  frontmatterSource: string | null
  /** Text between the frontmatter and the first `##` heading, verbatim (normally ''). */
  bodyPreamble: string

  /** Kurzfazit: "**Geeignet wenn:**" */
  fitFor: RichText
  /** Kurzfazit: "**Weniger geeignet wenn:**" */
  lessFitFor: RichText
  /** Kurzfazit: "**Wichtigster Abwägung:**" */
  mainTradeoff: RichText
  /** Sofortmaßnahmen */
  quickActions: RichText
  /** Entscheidungshilfe, without the fixed "Profile" details block. */
  decisionGuide: RichText
  /** Datenblatt table rows. */
  datasheet: DatasheetRow[]
  /** Datenblatt: "**Rechtliches (Anbieterlinks):**" bullets. */
  legalLinks: LegalLink[]
  /** Datenblatt: "**Audits (laut Anbieter):**" bullets. */
  auditLinks: LinkItem[]
  /** Datenblatt: text under "**Daten-Notizen (kurz):**", as on the page. */
  dataNotes: string
  /** Datenschutz & Datenflüsse, after "**Was der Anbieter nennt (Fakten, kurz):**". */
  privacyFacts: RichText
  /** Telemetrie, Logs & Aufbewahrung */
  telemetry: RichText
  /** Sicherheit & Kontoschutz, after "**Kernpunkte (nur belegt):**". */
  securityPoints: RichText
  /** Einrichtung & Härtung */
  setup: RichText
  /** Features: each bullet's markdown after `- `. */
  features: string[]
  /** Alternativen: each bullet's markdown after `- `. */
  alternatives: string[]
  /** Nicht gelöst / offene Punkte */
  openPoints: RichText
  /** Quellen: each line exactly as after `- `. */
  sources: string[]

  sectionOverrides: SectionOverride[]
  missingSections: SectionId[]
  /** The known sections in page order when not canonical; `null` = canonical. */
  sectionOrder: SectionId[] | null
  extraSections: ExtraSection[]
}
