import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access'
import { adminMomentField } from '../src/i18n/dates'

/**
 * The outbox of staleness digests. An entry is written before sending and marked
 * `sent` only after the SMTP server accepted the message.
 */
export const Reminders: CollectionConfig = {
  slug: 'reminders',
  labels: {
    singular: { de: 'Erinnerung', en: 'Reminder' },
    plural: { de: 'Erinnerungen', en: 'Reminders' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['to', 'status', 'isPermanent', 'attempts', 'lastError', 'period', 'sentAt'],
    group: { de: 'Verwaltung', en: 'Administration' },
  },
  access: {
    read: isAdmin,
    create: () => false,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      label: { de: 'Empfänger', en: 'Recipient' },
    },
    { name: 'to', type: 'email', required: true, label: { de: 'An', en: 'To' } },
    {
      name: 'providers',
      type: 'relationship',
      relationTo: 'providers',
      hasMany: true,
      label: { de: 'Anbieter', en: 'Providers' },
    },
    {
      // The digest's "Quellen geändert": each change is mailed once (src/reminders/).
      name: 'sourceChanges',
      type: 'relationship',
      relationTo: 'sourceChanges',
      hasMany: true,
      label: { de: 'Quellenänderungen', en: 'Source changes' },
    },
    {
      name: 'providerSlugs',
      type: 'text',
      hasMany: true,
      label: { de: 'Anbieter (Slugs)', en: 'Providers (slugs)' },
    },
    { name: 'subject', type: 'text', label: { de: 'Betreff', en: 'Subject' } },
    { name: 'text', type: 'textarea', label: { de: 'Text', en: 'Text' } },
    { name: 'html', type: 'textarea', label: { de: 'HTML', en: 'HTML' }, admin: { hidden: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { de: 'Status', en: 'Status' },
      options: [
        { value: 'pending', label: { de: 'Ausstehend', en: 'Pending' } },
        { value: 'sent', label: { de: 'Gesendet', en: 'Sent' } },
        { value: 'failed', label: { de: 'Fehlgeschlagen', en: 'Failed' } },
      ],
    },
    {
      name: 'isPermanent',
      type: 'checkbox',
      defaultValue: false,
      label: { de: 'Endgültig abgelehnt', en: 'Permanently rejected' },
      admin: {
        description: {
          de: 'Der SMTP-Server hat die Mail dauerhaft abgelehnt (5xx); sie wird nicht erneut versucht.',
          en: 'The SMTP server rejected the mail permanently (5xx); it is not retried.',
        },
      },
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: { de: 'Versuche', en: 'Attempts' },
    },
    { name: 'lastError', type: 'textarea', label: { de: 'Letzter Fehler', en: 'Last error' } },
    {
      name: 'nextAttemptAt',
      type: 'date',
      index: true,
      label: { de: 'Nächster Versuch', en: 'Next attempt' },
      admin: { date: adminMomentField },
    },
    {
      name: 'sentAt',
      type: 'date',
      index: true,
      label: { de: 'Gesendet am', en: 'Sent at' },
      admin: { date: adminMomentField },
    },
    { name: 'messageId', type: 'text', label: { de: 'SMTP Message-ID', en: 'SMTP message id' } },
    {
      name: 'idempotencyKey',
      type: 'text',
      required: true,
      unique: true,
      label: { de: 'Idempotenz-Schlüssel', en: 'Idempotency key' },
    },
    { name: 'period', type: 'text', label: { de: 'Zeitraum', en: 'Period' } },
  ],
}
