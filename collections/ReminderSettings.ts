import type { GlobalConfig } from 'payload'

import { isAdmin } from '../src/access'
import { defaultReviewIntervalDays } from '../src/reminders/staleness'

/**
 * A Payload global (not a collection): the reminder settings, edited by admins. It lives in
 * `collections/` because the top-level layout is fixed and has no `globals/` folder.
 * The scan reads it on every run; see `effectiveIntervalDays` in `src/reminders/staleness.ts` for how it applies.
 */
export const ReminderSettings: GlobalConfig = {
  slug: 'reminder-settings',
  label: { de: 'Erinnerungen: Einstellungen', en: 'Reminder settings' },
  admin: {
    group: { de: 'Verwaltung', en: 'Administration' },
  },
  access: {
    read: isAdmin,
    update: isAdmin,
  },
  fields: [
    {
      name: 'categoryIntervals',
      type: 'array',
      label: { de: 'Prüfintervall je Kategorie', en: 'Review interval per category' },
      labels: {
        singular: { de: 'Kategorie', en: 'Category' },
        plural: { de: 'Kategorien', en: 'Categories' },
      },
      admin: {
        description: {
          de: `Vorgabe für Anbieter ohne eigenes Prüfintervall. Nicht genannte Kategorien: ${defaultReviewIntervalDays} Tage. Groß-/Kleinschreibung zählt nicht.`,
          en: `Default for providers without an interval of their own. Categories not listed: ${defaultReviewIntervalDays} days. Case does not matter.`,
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'category',
              type: 'text',
              required: true,
              label: { de: 'Kategorie', en: 'Category' },
              admin: { description: { de: 'z. B. VPN', en: 'e.g. VPN' } },
            },
            {
              name: 'days',
              type: 'number',
              required: true,
              min: 1,
              max: 3650,
              label: { de: 'Tage', en: 'Days' },
            },
          ],
        },
      ],
    },
  ],
}
