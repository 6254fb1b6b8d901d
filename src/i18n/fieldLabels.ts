import type { Language } from './messages'
import type { Text } from '../mapping/facts'
import { factKeys, factOf, labelOfKey } from '../mapping/facts'

/**
 * The provider form's fields as messages name them: by their label in the reader's
 * language, never by key or path. A fact's label comes from the facts table; the other
 * fields' labels are written here as the form writes them (`collections/Providers/index.ts`
 * and `collections/fields/*`; tests/unit/i18n/fieldLabels.test.ts holds the two alike).
 * Pure data: the browser renders messages too.
 */
type FieldLabel = {
  label: Text
  /** An array's row: "Quelle 3". */
  singular?: Text
  fields?: Readonly<Record<string, Text>>
}

const urlText = { de: 'URL', en: 'URL' }
const titleText = { de: 'Titel', en: 'Title' }
const linkedFrom = { de: 'Verlinkt von', en: 'Linked from' }

const fieldLabels: Readonly<Record<string, FieldLabel>> = {
  slug: { label: { de: 'Slug', en: 'Slug' } },
  vendorDomains: { label: { de: 'Anbieter-Domains', en: 'Vendor domains' } },
  fitFor: { label: { de: 'Geeignet wenn', en: 'Suitable if' } },
  lessFitFor: { label: { de: 'Weniger geeignet wenn', en: 'Less suitable if' } },
  mainTradeoff: { label: { de: 'Wichtigste Abwägung', en: 'Main trade-off' } },
  quickActions: { label: { de: 'Sofortmaßnahmen', en: 'Immediate steps' } },
  decisionGuide: { label: { de: 'Entscheidungshilfe', en: 'Decision guide' } },
  privacyFacts: { label: { de: 'Datenschutz & Datenflüsse', en: 'Privacy & data flows' } },
  telemetry: {
    label: { de: 'Telemetrie, Logs & Aufbewahrung', en: 'Telemetry, logs & retention' },
  },
  securityPoints: {
    label: { de: 'Sicherheit & Kontoschutz', en: 'Security & account protection' },
  },
  setup: { label: { de: 'Einrichtung & Härtung', en: 'Setup & hardening' } },
  openPoints: { label: { de: 'Nicht gelöst / offene Punkte', en: 'Open points' } },
  dataNotesText: {
    label: { de: 'Daten-Notizen (kurz) im Datenblatt', en: 'Data notes in the data sheet' },
  },
  features: {
    label: { de: 'Features', en: 'Features' },
    singular: { de: 'Eintrag', en: 'Item' },
    fields: { text: { de: 'Eintrag', en: 'Item' } },
  },
  alternatives: {
    label: { de: 'Alternativen', en: 'Alternatives' },
    singular: { de: 'Eintrag', en: 'Item' },
    fields: { text: { de: 'Eintrag', en: 'Item' } },
  },
  datasheet: {
    label: { de: 'Tabellenzeilen', en: 'Table rows' },
    singular: { de: 'Zeile', en: 'Row' },
    fields: {
      fact: { de: 'Feld', en: 'Field' },
      label: { de: 'Merkmal (Zeile ohne Feld)', en: 'Label (row without field)' },
      note: { de: 'Notiz nach dem Wert', en: 'Note after the value' },
      value: { de: 'Wert (Zeile ohne Feld)', en: 'Value (row without field)' },
    },
  },
  legalLinks: {
    label: { de: 'Rechtliches (Anbieterlinks)', en: 'Legal (vendor links)' },
    singular: { de: 'Rechtslink', en: 'Legal link' },
    fields: {
      field: { de: 'Feld', en: 'Field' },
      label: { de: 'Bezeichnung (ohne Feld)', en: 'Label (without field)' },
      title: { de: 'Linktext', en: 'Link text' },
      text: { de: 'Text (ohne Feld)', en: 'Text (without field)' },
    },
  },
  citations: {
    label: { de: 'Quellen', en: 'Sources' },
    singular: { de: 'Quelle', en: 'Source' },
    fields: {
      url: urlText,
      title: titleText,
      kind: { de: 'Art', en: 'Kind' },
      linkedFrom,
      rawLine: { de: 'Originalzeile', en: 'Raw line' },
    },
  },
  audits: {
    label: { de: 'Audits (laut Anbieter)', en: 'Audits (per vendor)' },
    singular: { de: 'Audit', en: 'Audit' },
    fields: {
      title: { de: 'Titel (Linktext)', en: 'Title (link text)' },
      reportUrl: { de: 'Bericht (URL)', en: 'Report (URL)' },
      linkedFrom,
      auditor: { de: 'Prüfer', en: 'Auditor' },
      period: { de: 'Zeitraum', en: 'Period' },
      scope: { de: 'Umfang', en: 'Scope' },
      summary: { de: 'Ergebnisse (kurz)', en: 'Findings summary' },
      rawLine: { de: 'Originalzeile', en: 'Raw line' },
    },
  },
  evidence: {
    label: { de: 'Belege', en: 'Evidence' },
    singular: { de: 'Beleg', en: 'Evidence' },
    fields: {
      claim: { de: 'Angabe', en: 'Claim' },
      url: { de: 'Dokument (URL)', en: 'Document (URL)' },
      quote: { de: 'Zitat', en: 'Quote' },
      anchor: { de: 'Verankerung', en: 'Anchor' },
    },
  },
  updated: { label: { de: 'Zuletzt geprüft', en: 'Last reviewed' } },
  pageExtras: { label: { de: 'Unbekannte Seitenteile', en: 'Unknown page parts' } },
}

/** A top-level field's label: a fact or provider field from the facts table, else the table above. */
const topLabel = (key: string): FieldLabel | undefined => {
  const fromFacts = labelOfKey(key)
  return fromFacts ? { label: fromFacts } : fieldLabels[key]
}

/**
 * A field or a path as a person reads it: `terms` → „AGB / Terms“, `citations.2.url` →
 * „Quelle 3 → URL“ (English "Source 3 → URL"). A key the form does not know stays as it is.
 */
export const fieldLabel = (path: string, language: Language): string => {
  const [key = '', index, child] = path.split('.')
  const field = topLabel(key)
  if (!field) return path
  if (index === undefined || !/^\d+$/.test(index)) return field.label[language]
  const row = `${(field.singular ?? field.label)[language]} ${Number(index) + 1}`
  if (child === undefined) return row
  return `${row} → ${field.fields?.[child]?.[language] ?? child}`
}

/** A closed-set fact's value as the form's select shows it (`yes` → „ja“); any other value as it is. */
export const optionLabel = (args: { field: string; value: string; language: Language }): string => {
  if (!(factKeys as readonly string[]).includes(args.field)) return args.value
  const { kind } = factOf(args.field as (typeof factKeys)[number])
  if (kind.type !== 'select') return args.value
  return (
    kind.options.find((option) => option.value === args.value)?.label[args.language] ?? args.value
  )
}
