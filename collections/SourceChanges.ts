import type { CollectionConfig } from 'payload'

import { isStaff, systemRecord } from '../src/access'
import { adminMomentField } from '../src/i18n/dates'

/**
 * One change of a cited document for one profile that cites it: what the profile's
 * last approval was made against (`fromSnapshot`) and what the vendor's page says now
 * (`toSnapshot`). Open until a reviewer approves a revision of the profile after the
 * change (`recordReview` in `src/workflow/hooks.ts` sets `clearedAt`); the finding `source.changed`, the
 * list's "Quelle geändert" and the digest's "Quellen geändert" come from the open ones.
 * A change in which every quoted passage of the profile's approved evidence still holds
 * is recorded already cleared, with `isEvidenceHeld` (a note in the history, no re-open).
 */
export const SourceChanges: CollectionConfig = {
  slug: 'sourceChanges',
  labels: {
    singular: { de: 'Quellenänderung', en: 'Source change' },
    plural: { de: 'Quellenänderungen', en: 'Source changes' },
  },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'provider', 'detectedAt', 'clearedAt'],
    group: { de: 'Redaktion', en: 'Editorial' },
  },
  access: systemRecord(isStaff),
  fields: [
    {
      name: 'provider',
      type: 'relationship',
      relationTo: 'providers',
      required: true,
      index: true,
      label: { de: 'Anbieter', en: 'Provider' },
    },
    {
      name: 'source',
      type: 'relationship',
      relationTo: 'sources',
      required: true,
      index: true,
      label: { de: 'Dokument', en: 'Document' },
    },
    { name: 'url', type: 'text', required: true, label: { de: 'URL', en: 'URL' } },
    {
      type: 'row',
      fields: [
        {
          name: 'fromSnapshot',
          type: 'relationship',
          relationTo: 'snapshots',
          label: { de: 'Stand bei der Freigabe', en: 'Snapshot at approval' },
        },
        {
          name: 'toSnapshot',
          type: 'relationship',
          relationTo: 'snapshots',
          required: true,
          label: { de: 'Neuer Stand', en: 'New snapshot' },
        },
      ],
    },
    {
      name: 'excerpt',
      type: 'textarea',
      label: { de: 'Auszug der Änderung', en: 'Excerpt of the change' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'detectedAt',
          type: 'date',
          required: true,
          label: { de: 'Bemerkt am', en: 'Detected at' },
          admin: { date: adminMomentField },
        },
        {
          name: 'clearedAt',
          type: 'date',
          index: true,
          label: { de: 'Erledigt am (Freigabe)', en: 'Cleared at (approval)' },
          admin: { date: adminMomentField },
        },
      ],
    },
    {
      name: 'claims',
      type: 'json',
      label: { de: 'Geänderte Belege', en: 'Changed evidence' },
      admin: {
        description: {
          de: 'Die zitierten Stellen des freigegebenen Profils, die so nicht mehr im Dokument stehen: Angabe, Stelle wie freigegeben und wie jetzt.',
          en: 'The quoted passages of the approved profile that no longer stand in the document: claim, passage as approved and as it is now.',
        },
      },
    },
    {
      name: 'isEvidenceHeld',
      type: 'checkbox',
      defaultValue: false,
      label: { de: 'Geändert, Belege unberührt', en: 'Changed, evidence untouched' },
      admin: {
        description: {
          de: 'Jede zitierte Stelle des freigegebenen Profils steht noch im Dokument: Die Änderung öffnet das Profil nicht erneut.',
          en: 'Every quoted passage of the approved profile is still in the document: the change does not re-open the profile.',
        },
      },
    },
  ],
}
