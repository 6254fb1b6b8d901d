import type { CollectionConfig } from 'payload'

import { isAdmin, systemRecord } from '../src/access'

/**
 * Workflow notices waiting to be mailed (src/notices/): one record per recipient and
 * review step, written in the same transaction as the step; the notice job groups a
 * person's records into one mail through the outbox (`reminders`) and links them to it.
 */
export const Notices: CollectionConfig = {
  slug: 'notices',
  labels: {
    singular: { de: 'Benachrichtigung', en: 'Notice' },
    plural: { de: 'Benachrichtigungen', en: 'Notices' },
  },
  admin: {
    defaultColumns: ['recipient', 'kind', 'provider', 'actor', 'occurredAt', 'outbox'],
    group: { de: 'Verwaltung', en: 'Administration' },
  },
  access: systemRecord(isAdmin),
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      // Not required: a deleted account leaves its notices without a recipient (never mailed).
      label: { de: 'Empfänger', en: 'Recipient' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { de: 'Anlass', en: 'Event' },
      options: [
        {
          value: 'submitted',
          label: { de: 'Zur Prüfung eingereicht', en: 'Submitted for review' },
        },
        {
          value: 'changes_requested',
          label: { de: 'Änderungen angefordert', en: 'Changes requested' },
        },
        { value: 'approved', label: { de: 'Freigegeben', en: 'Approved' } },
      ],
    },
    {
      name: 'provider',
      type: 'relationship',
      relationTo: 'providers',
      label: { de: 'Anbieter', en: 'Provider' },
    },
    { name: 'providerName', type: 'text', label: { de: 'Anbietername', en: 'Provider name' } },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      label: { de: 'Von', en: 'By' },
    },
    { name: 'actorName', type: 'text', label: { de: 'Von (Name)', en: 'By (name)' } },
    { name: 'comment', type: 'textarea', label: { de: 'Kommentar', en: 'Comment' } },
    { name: 'occurredAt', type: 'date', required: true, label: { de: 'Zeitpunkt', en: 'When' } },
    {
      // The outbox entry that carries it; empty while it waits to be mailed.
      name: 'outbox',
      type: 'relationship',
      relationTo: 'reminders',
      index: true,
      label: { de: 'Mail', en: 'Mail' },
    },
  ],
}
