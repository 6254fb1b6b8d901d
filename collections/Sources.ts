import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isStaff } from '../src/access/isStaff'

/**
 * The registry of cited documents: one entry per normalized URL that any provider
 * revision cites (citations, audit reports, vendor pages that link a third-party
 * document), however many profiles cite it. `hooks/linkCitedSources.ts` keeps it in
 * step on every provider save; people do not edit it. The source watch builds on it.
 */
export const Sources: CollectionConfig = {
  slug: 'sources',
  labels: {
    singular: { de: 'Zitiertes Dokument', en: 'Cited document' },
    plural: { de: 'Quellenregister', en: 'Source registry' },
  },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'createdAt'],
    group: { de: 'Redaktion', en: 'Editorial' },
    description: {
      de: 'Jedes von einem Profil zitierte Dokument einmal. Die Einträge entstehen beim Speichern der Anbieter; Quellen bearbeitet die Redaktion im Anbieter unter „Quellen“.',
      en: 'Every document a profile cites, once. Entries appear when providers are saved; editors edit citations on the provider\'s "Sources" tab.',
    },
  },
  access: {
    read: isStaff,
    create: () => false,
    update: isAdmin,
    delete: () => false,
  },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { de: 'URL', en: 'URL' },
      access: { update: () => false },
      admin: { readOnly: true },
    },
  ],
}
