import type { Field } from 'payload'

/**
 * One field per body section of the page (`src/markdown/types.ts` is the model).
 * The template writes the fixed headings, sentences and labels around them.
 */
type Text = { de: string; en: string }

const richText = (name: string, label: Text, description: Text): Field => ({
  name,
  type: 'richText',
  label,
  admin: { description },
})

const textList = (name: string, label: Text, description: Text): Field => ({
  name,
  type: 'array',
  label,
  admin: { description, initCollapsed: true },
  fields: [{ name: 'text', type: 'text', required: true, label: { de: 'Eintrag', en: 'Item' } }],
})

export const sectionFields: Field[] = [
  {
    type: 'collapsible',
    label: { de: 'Kurzfazit', en: 'Summary' },
    fields: [
      richText(
        'fitFor',
        { de: 'Geeignet wenn', en: 'Suitable if' },
        {
          de: 'Steht hinter „**Geeignet wenn:**“ im Kurzfazit.',
          en: 'Follows "**Geeignet wenn:**" in the summary.',
        },
      ),
      richText(
        'lessFitFor',
        { de: 'Weniger geeignet wenn', en: 'Less suitable if' },
        {
          de: 'Steht hinter „**Weniger geeignet wenn:**“.',
          en: 'Follows "**Weniger geeignet wenn:**".',
        },
      ),
      richText(
        'mainTradeoff',
        { de: 'Wichtigste Abwägung', en: 'Main trade-off' },
        {
          de: 'Steht hinter „**Wichtigster Abwägung:**“.',
          en: 'Follows "**Wichtigster Abwägung:**".',
        },
      ),
    ],
  },
  richText(
    'quickActions',
    { de: 'Sofortmaßnahmen', en: 'Immediate steps' },
    {
      de: 'Abschnitt „Sofortmaßnahmen“: kurze Liste, jeweils mit Abwägung.',
      en: 'Section "Sofortmaßnahmen": a short list, each with its trade-off.',
    },
  ),
  richText(
    'decisionGuide',
    { de: 'Entscheidungshilfe', en: 'Decision guide' },
    {
      de: '„Wenn du …, dann …“-Liste. Der Block „Profile (als Ziele …)“ kommt aus der Vorlage.',
      en: '"If you …, then …" list. The "Profile (als Ziele …)" block comes from the template.',
    },
  ),
  {
    type: 'collapsible',
    label: { de: 'Datenblatt', en: 'Data sheet' },
    fields: [
      {
        name: 'datasheet',
        type: 'array',
        label: { de: 'Tabellenzeilen', en: 'Table rows' },
        admin: {
          initCollapsed: true,
          description: {
            de: 'Merkmal | Wert, wie auf der Seite. Widerspricht ein Wert dem Steckbrief, meldet die Prüfung „datasheet.mismatch“.',
            en: 'Merkmal | Wert as on the page. A value that contradicts the facts is reported as "datasheet.mismatch".',
          },
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'label',
                type: 'text',
                required: true,
                label: { de: 'Merkmal', en: 'Label' },
              },
              { name: 'value', type: 'text', label: { de: 'Wert', en: 'Value' } },
            ],
          },
        ],
      },
      {
        name: 'legalLinks',
        type: 'array',
        label: { de: 'Rechtliches (Anbieterlinks)', en: 'Legal (vendor links)' },
        admin: { initCollapsed: true },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'label',
                type: 'text',
                required: true,
                label: { de: 'Bezeichnung', en: 'Label' },
              },
              { name: 'title', type: 'text', label: { de: 'Linktext', en: 'Link text' } },
              {
                name: 'url',
                type: 'text',
                label: { de: 'URL (leer: nur Text)', en: 'URL (empty: text only)' },
              },
            ],
          },
        ],
      },
      {
        name: 'dataNotesText',
        type: 'textarea',
        label: { de: 'Daten-Notizen (kurz) im Datenblatt', en: 'Data notes in the data sheet' },
        admin: {
          description: {
            de: 'Leer: der Steckbrief-Wert „Daten-Notizen“ wird gezeigt.',
            en: 'Empty: the "data notes" fact is shown.',
          },
        },
      },
    ],
  },
  richText(
    'privacyFacts',
    { de: 'Datenschutz & Datenflüsse', en: 'Privacy & data flows' },
    {
      de: 'Nach „**Was der Anbieter nennt (Fakten, kurz):**“.',
      en: 'After "**Was der Anbieter nennt (Fakten, kurz):**".',
    },
  ),
  richText(
    'telemetry',
    { de: 'Telemetrie, Logs & Aufbewahrung', en: 'Telemetry, logs & retention' },
    {
      de: 'Der ganze Abschnitt unter der Überschrift.',
      en: 'The whole section below its heading.',
    },
  ),
  richText(
    'securityPoints',
    { de: 'Sicherheit & Kontoschutz', en: 'Security & account protection' },
    {
      de: 'Nach „**Kernpunkte (nur belegt):**“.',
      en: 'After "**Kernpunkte (nur belegt):**".',
    },
  ),
  richText(
    'setup',
    { de: 'Einrichtung & Härtung', en: 'Setup & hardening' },
    {
      de: 'Profile A–C mit Schritten („Prüfen:“) und Stolpersteinen.',
      en: 'Profiles A–C with steps ("Prüfen:") and pitfalls.',
    },
  ),
  textList(
    'features',
    { de: 'Features', en: 'Features' },
    {
      de: 'Eine Zeile je Feature (Markdown erlaubt).',
      en: 'One line per feature (markdown allowed).',
    },
  ),
  textList(
    'alternatives',
    { de: 'Alternativen', en: 'Alternatives' },
    {
      de: 'Eine Zeile je Alternative, mit Abwägung.',
      en: 'One line per alternative, with its trade-off.',
    },
  ),
  richText(
    'openPoints',
    { de: 'Nicht gelöst / offene Punkte', en: 'Open points' },
    {
      de: 'Was die Primärquellen offenlassen.',
      en: 'What the primary sources leave open.',
    },
  ),
]
