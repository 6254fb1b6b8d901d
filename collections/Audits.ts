import type { CollectionConfig } from 'payload'

import { providerField } from './fields/providerField'
import { isEditor } from '../src/access/isEditor'
import { isStaff } from '../src/access/isStaff'

export const Audits: CollectionConfig = {
  slug: 'audits',
  labels: {
    singular: { de: 'Audit', en: 'Audit' },
    plural: { de: 'Audits', en: 'Audits' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'provider', 'auditor', 'year'],
    group: { de: 'Redaktion', en: 'Editorial' },
    description: {
      de: 'Erscheinen im Datenblatt unter „Audits (laut Anbieter)“.',
      en: 'Shown in the data sheet under "Audits (laut Anbieter)".',
    },
  },
  access: { read: isStaff, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    providerField,
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { de: 'Titel (Linktext)', en: 'Title (link text)' },
    },
    {
      type: 'row',
      fields: [
        { name: 'auditor', type: 'text', label: { de: 'Prüfer', en: 'Auditor' } },
        { name: 'year', type: 'number', label: { de: 'Jahr', en: 'Year' } },
        { name: 'period', type: 'text', label: { de: 'Zeitraum', en: 'Period' } },
      ],
    },
    { name: 'scope', type: 'textarea', label: { de: 'Umfang', en: 'Scope' } },
    {
      name: 'summary',
      type: 'textarea',
      label: { de: 'Ergebnisse (kurz)', en: 'Findings summary' },
    },
    {
      name: 'reportUrl',
      type: 'text',
      label: { de: 'Bericht (URL)', en: 'Report (URL)' },
    },
    {
      name: 'report',
      type: 'relationship',
      relationTo: 'sources',
      label: { de: 'Bericht (Quelle)', en: 'Report (source)' },
      admin: {
        description: {
          de: 'Die Quelle des Berichts; sie unterliegt der Quellenregel.',
          en: 'The report as a source; the source rule applies to it.',
        },
      },
    },
    {
      name: 'rawLine',
      type: 'textarea',
      label: { de: 'Originalzeile', en: 'Raw line' },
      admin: { readOnly: true },
    },
    { name: 'position', type: 'number', label: { de: 'Position', en: 'Position' } },
  ],
}
