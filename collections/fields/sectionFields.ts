import type { Field } from 'payload'

import { defaultDatasheet, defaultLegalLinks } from '../../src/mapping/datasheet'
import { datasheetFacts, factOf, labelOfKey, legalFacts } from '../../src/mapping/facts'
import { auditsField, rowLabel } from './citationFields'

/**
 * One field per body section of the page (`src/markdown/types.ts` is the model).
 * The template writes the fixed headings, sentences and labels around them.
 */
type Text = { de: string; en: string }

const itemLabels = (plural: Text) => ({ singular: { de: 'Eintrag', en: 'Item' }, plural })
const datasheetLabels = {
  singular: { de: 'Zeile', en: 'Row' },
  plural: { de: 'Tabellenzeilen', en: 'Table rows' },
}
const legalLinkLabels = {
  singular: { de: 'Rechtslink', en: 'Legal link' },
  plural: { de: 'Rechtslinks', en: 'Legal links' },
}

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
  labels: itemLabels(label),
  admin: {
    description,
    initCollapsed: true,
    components: { RowLabel: rowLabel('TextItemRowLabel', itemLabels(label)) },
  },
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
        labels: datasheetLabels,
        defaultValue: defaultDatasheet,
        admin: {
          initCollapsed: true,
          components: { RowLabel: rowLabel('DatasheetRowLabel', datasheetLabels) },
          description: {
            de: 'Merkmal | Wert. Eine Zeile mit Feld zeigt dessen Wert aus dem Steckbrief (und die Notiz dahinter); eine Zeile ohne Feld zeigt Merkmal und Wert, wie sie hier stehen.',
            en: 'Merkmal | Wert. A row with a field prints that fact (and the note after it); a row without a field prints its label and value as written here.',
          },
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'fact',
                type: 'select',
                label: { de: 'Feld', en: 'Field' },
                // German: the row's label as the page prints it; English: the field's label.
                options: datasheetFacts.map((fact) => ({
                  value: fact.field,
                  label: { de: fact.label, en: labelOfKey(fact.field)?.en ?? fact.label },
                })),
              },
              {
                name: 'label',
                type: 'text',
                label: { de: 'Merkmal (Zeile ohne Feld)', en: 'Label (row without field)' },
              },
              {
                name: 'note',
                type: 'text',
                label: { de: 'Notiz nach dem Wert', en: 'Note after the value' },
              },
              {
                name: 'value',
                type: 'text',
                label: { de: 'Wert (Zeile ohne Feld)', en: 'Value (row without field)' },
                admin: {
                  description: {
                    de: 'Bei einer Zeile mit Feld: der Wert, wie er beim Import auf der Seite stand, weil er dem Feld widersprach. Leeren, damit die Zeile dem Feld folgt.',
                    en: 'On a row with a field: the value as it stood on the imported page, because it contradicted the field. Clear it so the row follows the field.',
                  },
                },
              },
            ],
          },
        ],
      },
      {
        name: 'legalLinks',
        type: 'array',
        label: { de: 'Rechtliches (Anbieterlinks)', en: 'Legal (vendor links)' },
        labels: legalLinkLabels,
        defaultValue: defaultLegalLinks,
        admin: {
          initCollapsed: true,
          components: { RowLabel: rowLabel('LegalLinkRowLabel', legalLinkLabels) },
          description: {
            de: 'Ein Link mit Feld zeigt die URL aus dem Steckbrief (Datenschutz, AGB, Transparenz, Warrant Canary); ohne Feld stehen Bezeichnung und Text, wie sie hier stehen.',
            en: 'A link with a field prints the URL of that fact (privacy, terms, transparency, warrant canary); without one, label and text print as written here.',
          },
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'field',
                type: 'select',
                label: { de: 'Feld', en: 'Field' },
                options: legalFacts.map((legal) => ({
                  value: legal.field,
                  label: factOf(legal.field).label,
                })),
              },
              {
                name: 'label',
                type: 'text',
                label: { de: 'Bezeichnung (ohne Feld)', en: 'Label (without field)' },
              },
              {
                name: 'title',
                type: 'text',
                label: { de: 'Linktext', en: 'Link text' },
                admin: {
                  description: {
                    de: 'Leer: „<Name> Privacy Policy“ usw.',
                    en: 'Empty: "<name> Privacy Policy" etc.',
                  },
                },
              },
              {
                name: 'text',
                type: 'text',
                label: { de: 'Text (ohne Feld)', en: 'Text (without field)' },
                admin: {
                  description: {
                    de: 'Markdown nach „Bezeichnung: “. Bei einem Link mit Feld: wie er beim Import stand, weil er dem Feld widersprach; leeren, damit er dem Feld folgt.',
                    en: 'Markdown after "label: ". On a link with a field: as it stood on the imported page because it contradicted the field; clear it so it follows the field.',
                  },
                },
              },
            ],
          },
        ],
      },
      auditsField,
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
