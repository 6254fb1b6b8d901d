import type { CollectionConfig } from 'payload'

import { providerField } from './fields/providerField'
import { enforcePrimarySources } from '../hooks/enforcePrimarySources'
import { isEditor } from '../src/access/isEditor'
import { isStaff } from '../src/access/isStaff'

export const sourceKinds = [
  'policy',
  'terms',
  'faq',
  'support',
  'repo',
  'transparency',
  'audit-report',
  'other',
] as const

export const Sources: CollectionConfig = {
  slug: 'sources',
  labels: {
    singular: { de: 'Quelle', en: 'Source' },
    plural: { de: 'Quellen', en: 'Sources' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'url', 'provider', 'verdict', 'kind'],
    group: { de: 'Redaktion', en: 'Editorial' },
    description: {
      de: 'Nur Primärquellen des Anbieters: seine Richtlinien, FAQ, Support-Seiten, Repos. Drittquellen nur, wenn eine Anbieterseite sie verlinkt.',
      en: "Only the vendor's primary sources: its policies, FAQ, support pages, repos. Third-party documents only when a vendor page links them.",
    },
  },
  access: {
    read: isStaff,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  hooks: {
    beforeChange: [enforcePrimarySources],
  },
  fields: [
    providerField,
    {
      name: 'url',
      type: 'text',
      label: { de: 'URL', en: 'URL' },
      admin: {
        description: {
          de: 'Muss auf einer Anbieter-Domain liegen (oder „Verlinkt von“ nutzen).',
          en: 'Must be on a vendor domain (or use "linked from").',
        },
      },
    },
    {
      name: 'title',
      type: 'text',
      label: { de: 'Titel', en: 'Title' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          defaultValue: 'other',
          label: { de: 'Art', en: 'Kind' },
          options: sourceKinds.map((kind) => ({ value: kind, label: kind })),
        },
        {
          name: 'position',
          type: 'number',
          label: { de: 'Position in „Quellen“', en: 'Position in "Quellen"' },
          admin: { description: { de: 'Reihenfolge auf der Seite.', en: 'Order on the page.' } },
        },
      ],
    },
    {
      name: 'linkedFrom',
      type: 'text',
      label: { de: 'Verlinkt von', en: 'Linked from' },
      admin: {
        description: {
          de: 'Für Dokumente Dritter (z. B. Audit-PDF): die Anbieterseite, die darauf verlinkt.',
          en: 'For third-party documents (e.g. an audit PDF): the vendor page that links it.',
        },
      },
    },
    {
      name: 'verdict',
      type: 'select',
      defaultValue: 'primary',
      index: true,
      label: { de: 'Urteil', en: 'Verdict' },
      options: [
        { value: 'primary', label: { de: 'Primärquelle', en: 'Primary' } },
        { value: 'linked', label: { de: 'Vom Anbieter verlinkt', en: 'Linked by vendor' } },
        { value: 'rejected', label: { de: 'Abgelehnt', en: 'Rejected' } },
      ],
      admin: {
        readOnly: true,
        description: {
          de: 'Wird bei jedem Speichern von der Quellenregel gesetzt.',
          en: 'Set by the source rule on every save.',
        },
      },
    },
    {
      name: 'verdictReason',
      type: 'textarea',
      label: { de: 'Begründung', en: 'Reason' },
      admin: { readOnly: true },
    },
    {
      name: 'findings',
      type: 'json',
      label: { de: 'Befunde', en: 'Findings' },
      admin: { readOnly: true },
    },
    {
      name: 'rawLine',
      type: 'textarea',
      label: { de: 'Originalzeile', en: 'Raw line' },
      admin: {
        readOnly: true,
        description: {
          de: 'Die Zeile so, wie sie auf der Seite stand. Beim Export wird sie unverändert geschrieben.',
          en: 'The line as it stood on the page. Export writes it back unchanged.',
        },
      },
    },
  ],
}
