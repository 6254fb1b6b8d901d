import type { CollectionConfig } from 'payload'

import { isPublisher, systemRecord } from '../src/access'
import { exportPreviewEndpoint, startExportEndpoint } from '../src/export/endpoints'
import { readExportProblems } from '../src/export/errors'
import { adminMomentField } from '../src/i18n/dates'

/** Every export run: who, when, where to, what it wrote. Written by the export only. */
export const Exports: CollectionConfig = {
  slug: 'exports',
  labels: {
    singular: { de: 'Export', en: 'Export' },
    plural: { de: 'Exporte', en: 'Exports' },
  },
  admin: {
    defaultColumns: ['startedAt', 'status', 'startedBy', 'target', 'commit'],
    group: { de: 'Veröffentlichung', en: 'Publishing' },
  },
  access: systemRecord(isPublisher),
  // `POST /api/exports` and `GET /api/exports/preview`; custom endpoints are matched
  // before Payload's own (create is denied to everyone anyway): docs/decisions/0005-publishing.md.
  endpoints: [exportPreviewEndpoint, startExportEndpoint],
  fields: [
    {
      name: 'startedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { de: 'Gestartet von', en: 'Started by' },
    },
    {
      name: 'by',
      type: 'text',
      label: { de: 'Ausgelöst über', en: 'Started via' },
      admin: {
        description: {
          de: '„admin“ (Veröffentlichen-Ansicht oder REST) oder „cli (<Benutzer>)“.',
          en: '"admin" (the publish view or REST) or "cli (<user>)".',
        },
      },
    },
    {
      name: 'startedAt',
      type: 'date',
      required: true,
      label: { de: 'Gestartet', en: 'Started' },
      admin: { date: adminMomentField },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: { de: 'Beendet', en: 'Finished' },
      admin: { date: adminMomentField },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'running',
      label: { de: 'Status', en: 'Status' },
      options: [
        { value: 'queued', label: { de: 'Eingereiht', en: 'Queued' } },
        { value: 'running', label: { de: 'Läuft', en: 'Running' } },
        { value: 'succeeded', label: { de: 'Erfolgreich', en: 'Succeeded' } },
        // Some pages could not be written (each is in `errors`); all others were.
        { value: 'partial', label: { de: 'Teilweise', en: 'Partial' } },
        { value: 'failed', label: { de: 'Fehlgeschlagen', en: 'Failed' } },
      ],
    },
    { name: 'target', type: 'text', required: true, label: { de: 'Ziel', en: 'Target' } },
    { name: 'written', type: 'json', label: { de: 'Geschrieben', en: 'Written' } },
    { name: 'unchanged', type: 'number', label: { de: 'Unverändert', en: 'Unchanged' } },
    { name: 'removed', type: 'json', label: { de: 'Entfernt', en: 'Removed' } },
    {
      name: 'errors',
      type: 'json',
      label: { de: 'Fehler', en: 'Errors' },
      // Stored with their message codes; each reader gets them in their language.
      hooks: { afterRead: [readExportProblems] },
    },
    { name: 'durationMs', type: 'number', label: { de: 'Dauer (ms)', en: 'Duration (ms)' } },
    { name: 'commit', type: 'text', label: { de: 'Site-Commit', en: 'Site commit' } },
  ],
}
