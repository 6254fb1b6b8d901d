import type { CollectionConfig } from 'payload'

import { isStaff, systemRecord } from '../src/access'
import { maxDocumentBytes } from '../src/watch/limits'
import { adminMomentField } from '../src/i18n/dates'

/**
 * The history of a cited document as the source watch saw it: one snapshot per
 * distinct text (a check that finds the same text stores none). Written by
 * `src/watch/recorder.ts` only; the edit view shows the diff to the snapshot before and
 * the text with the passages approved evidence quotes marked.
 */
export const Snapshots: CollectionConfig = {
  slug: 'snapshots',
  labels: {
    singular: { de: 'Stand', en: 'Snapshot' },
    plural: { de: 'Stände der Quellen', en: 'Source snapshots' },
  },
  admin: {
    useAsTitle: 'finalUrl',
    defaultColumns: ['source', 'fetchedAt', 'httpStatus', 'textHash'],
    group: { de: 'Redaktion', en: 'Editorial' },
    description: {
      de: 'Was die Quellenüberwachung auf den zitierten Seiten gelesen hat, je Textstand ein Eintrag.',
      en: 'What the source watch read on the cited pages, one entry per distinct text.',
    },
  },
  access: systemRecord(isStaff),
  fields: [
    {
      name: 'diffToPrevious',
      type: 'ui',
      label: { de: 'Änderungen', en: 'Changes' },
      admin: {
        disableListColumn: true,
        components: { Field: '/src/admin/SnapshotDiff#SnapshotDiff' },
      },
    },
    {
      name: 'anchoredPassages',
      type: 'ui',
      label: { de: 'Belegte Stellen', en: 'Quoted passages' },
      admin: {
        disableListColumn: true,
        components: { Field: '/src/admin/evidence/SnapshotPassages#SnapshotPassages' },
      },
    },
    {
      name: 'source',
      type: 'relationship',
      relationTo: 'sources',
      required: true,
      index: true,
      label: { de: 'Dokument', en: 'Document' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'fetchedAt',
          type: 'date',
          required: true,
          index: true,
          label: { de: 'Abgerufen am', en: 'Fetched at' },
          admin: { date: adminMomentField },
        },
        { name: 'httpStatus', type: 'number', label: { de: 'HTTP-Status', en: 'HTTP status' } },
        {
          name: 'isRebaseline',
          type: 'checkbox',
          defaultValue: false,
          label: {
            de: 'Neuer Vergleichsstand (Auswahl geändert)',
            en: 'New baseline (selectors changed)',
          },
        },
      ],
    },
    { name: 'finalUrl', type: 'text', label: { de: 'Abgerufene URL', en: 'Fetched URL' } },
    {
      type: 'row',
      fields: [
        { name: 'etag', type: 'text', label: { de: 'ETag', en: 'ETag' } },
        { name: 'lastModified', type: 'text', label: { de: 'Last-Modified', en: 'Last-Modified' } },
      ],
    },
    {
      name: 'textHash',
      type: 'text',
      required: true,
      index: true,
      label: { de: 'Text-Hash (SHA-256)', en: 'Text hash (SHA-256)' },
    },
    {
      name: 'selectors',
      type: 'json',
      label: { de: 'Auswahl beim Abruf', en: 'Selectors used' },
    },
    {
      name: 'text',
      type: 'textarea',
      // A document's text can be as long as the body cap allows (Payload's default is 40,000).
      maxLength: maxDocumentBytes,
      label: { de: 'Text', en: 'Text' },
    },
  ],
}
