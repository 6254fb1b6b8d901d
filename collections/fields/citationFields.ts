import type { Field } from 'payload'

import { isImportContext, isStaffField } from '../../src/access'
import type { CitationKind } from '../../src/mapping/citationLines'
import { citationKinds } from '../../src/mapping/citationLines'
import { readStoredMessage } from '../../src/i18n/messages'
import { readStoredFindings } from '../../src/sources/hooks'

/**
 * What the source rule writes into each citation and audit entry on every save
 * (`judgeCitations` in `src/sources/hooks.ts`): read-only for people, never part of an edit.
 */
const verdictFields: Field[] = [
  {
    name: 'verdict',
    type: 'select',
    access: { read: isStaffField },
    label: { de: 'Urteil', en: 'Verdict' },
    options: [
      { value: 'primary', label: { de: 'Primärquelle', en: 'Primary' } },
      { value: 'linked', label: { de: 'Vom Anbieter verlinkt', en: 'Linked by vendor' } },
      { value: 'rejected', label: { de: 'Abgelehnt', en: 'Rejected' } },
    ],
    admin: {
      readOnly: true,
      description: {
        de: 'Setzt die Quellenregel bei jedem Speichern.',
        en: 'Set by the source rule on every save.',
      },
    },
  },
  {
    name: 'verdictReason',
    type: 'textarea',
    access: { read: isStaffField },
    label: { de: 'Begründung', en: 'Reason' },
    hooks: { afterRead: [readStoredMessage] },
    admin: { readOnly: true },
  },
  {
    name: 'findings',
    type: 'json',
    access: { read: isStaffField },
    label: { de: 'Befunde', en: 'Findings' },
    hooks: { afterRead: [readStoredFindings] },
    admin: { readOnly: true, hidden: true },
  },
  {
    name: 'source',
    type: 'relationship',
    access: { read: isStaffField },
    relationTo: 'sources',
    label: { de: 'Dokument im Quellenregister', en: 'Document in the source registry' },
    admin: { readOnly: true },
  },
]

/** The line as it stood on an imported page: only the importer writes it. */
const rawLineField: Field = {
  name: 'rawLine',
  type: 'textarea',
  label: { de: 'Originalzeile', en: 'Raw line' },
  access: { create: isImportContext, update: isImportContext },
  admin: {
    readOnly: true,
    description: {
      de: 'Die Zeile so, wie sie auf der Seite stand. Sie wird geschrieben, solange URL und Titel unverändert sind.',
      en: 'The line as it stood on the page. It is written while URL and title are unchanged.',
    },
  },
}

/** The entry's verdict as the editor types (`src/admin/CitationVerdict.tsx`); stores nothing. */
const verdictAsTypedField: Field = {
  name: 'verdictAsTyped',
  type: 'ui',
  admin: { components: { Field: '/src/admin/CitationVerdict#CitationVerdict' } },
}

const linkedFromField: Field = {
  name: 'linkedFrom',
  type: 'text',
  label: { de: 'Verlinkt von', en: 'Linked from' },
  admin: {
    description: {
      de: 'Für Dokumente Dritter (z. B. Audit-PDF): die Anbieterseite, die darauf verlinkt.',
      en: 'For third-party documents (e.g. an audit PDF): the vendor page that links it.',
    },
  },
}

/** The kinds' labels in the form; the stored values stay as the importer and the site write them. */
const kindLabels: Readonly<Record<CitationKind, Text>> = {
  policy: { de: 'Datenschutzerklärung / Richtlinie', en: 'Policy' },
  terms: { de: 'AGB / Nutzungsbedingungen', en: 'Terms' },
  faq: { de: 'FAQ', en: 'FAQ' },
  support: { de: 'Hilfe-/Support-Seite', en: 'Support page' },
  repo: { de: 'Quellcode-Repository', en: 'Source repository' },
  transparency: { de: 'Transparenzbericht', en: 'Transparency report' },
  'audit-report': { de: 'Audit-Bericht', en: 'Audit report' },
  other: { de: 'Sonstiges', en: 'Other' },
}

type Text = { de: string; en: string }

/** An array's row title (`src/admin/RowLabels.tsx`), told the singular of its `labels`. */
export const rowLabel = (exportName: string, labels: { singular: Text; plural: Text }) => ({
  path: `/src/admin/RowLabels#${exportName}`,
  clientProps: { singular: labels.singular },
})

const citationLabels = {
  singular: { de: 'Quelle', en: 'Source' },
  plural: { de: 'Quellen', en: 'Sources' },
}
const auditLabels = {
  singular: { de: 'Audit', en: 'Audit' },
  plural: { de: 'Audits', en: 'Audits' },
}

/** The page's "Quellen" list, in page order: part of the revision, judged on every save. */
export const citationsField: Field = {
  name: 'citations',
  type: 'array',
  label: { de: 'Quellen', en: 'Sources' },
  labels: citationLabels,
  admin: {
    components: { RowLabel: rowLabel('CitationRowLabel', citationLabels) },
    description: {
      de: 'Nur Primärquellen des Anbieters: seine Richtlinien, FAQ, Support-Seiten, Repos. Drittquellen nur, wenn eine Anbieterseite sie verlinkt („Verlinkt von“).',
      en: 'Only the vendor\'s primary sources: its policies, FAQ, support pages, repos. Third-party documents only when a vendor page links them ("Linked from").',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'url', type: 'text', label: { de: 'URL', en: 'URL' } },
        // A bullet's continuation lines belong to its title: several lines are allowed.
        { name: 'title', type: 'textarea', label: { de: 'Titel', en: 'Title' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          defaultValue: 'other',
          label: { de: 'Art', en: 'Kind' },
          options: citationKinds.map((kind) => ({ value: kind, label: kindLabels[kind] })),
        },
        linkedFromField,
      ],
    },
    verdictAsTypedField,
    ...verdictFields,
    rawLineField,
  ],
}

/** The Datenblatt's "Audits (laut Anbieter)": each report is judged like a citation. */
export const auditsField: Field = {
  name: 'audits',
  type: 'array',
  label: { de: 'Audits (laut Anbieter)', en: 'Audits (per vendor)' },
  labels: auditLabels,
  admin: { components: { RowLabel: rowLabel('AuditRowLabel', auditLabels) } },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'title',
          type: 'textarea',
          required: true,
          label: { de: 'Titel (Linktext)', en: 'Title (link text)' },
        },
        { name: 'reportUrl', type: 'text', label: { de: 'Bericht (URL)', en: 'Report (URL)' } },
      ],
    },
    linkedFromField,
    {
      type: 'row',
      fields: [
        { name: 'auditor', type: 'text', label: { de: 'Prüfer', en: 'Auditor' } },
        { name: 'period', type: 'text', label: { de: 'Zeitraum', en: 'Period' } },
      ],
    },
    { name: 'scope', type: 'textarea', label: { de: 'Umfang', en: 'Scope' } },
    {
      name: 'summary',
      type: 'textarea',
      label: { de: 'Ergebnisse (kurz)', en: 'Findings summary' },
    },
    verdictAsTypedField,
    ...verdictFields,
    rawLineField,
  ],
}
