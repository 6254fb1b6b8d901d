import type { CollectionConfig, TextFieldManyValidation, TextFieldSingleValidation } from 'payload'

import { applyListDefaults } from '../hooks/applyListDefaults'
import { isAdmin, isStaff } from '../src/access'
import { selectorProblems } from '../src/watch/extractText'
import { languageTags } from '../src/watch/fetcher'
import { adminMomentField } from '../src/i18n/dates'
import { languageOf, message, readStoredMessage, render } from '../src/i18n/messages'

/** What the source watch writes: read-only for everyone, set by `src/watch/recorder.ts`. */
const watched = { access: { create: () => false, update: () => false } }

const validSelectors: TextFieldManyValidation = (value) => {
  const problems = selectorProblems({ select: value ?? [] })
  return problems.length === 0 ? true : problems.join(' ')
}

const validLanguage: TextFieldSingleValidation = (value, { req }) =>
  !value || languageTags(value).length > 0
    ? true
    : render(languageOf(req), message('source.language.not-tags', { value }))

/**
 * The registry of cited documents: one entry per normalized URL that any provider
 * revision cites (citations, audit reports, vendor pages that link a third-party
 * document), however many profiles cite it. `linkCitedSources` in `src/sources/hooks.ts`
 * keeps it in step on every provider save; people do not edit it, except an admin's selectors
 * for the source watch, which also keeps its state here (docs/source-watch.md).
 */
export const Sources: CollectionConfig = {
  slug: 'sources',
  labels: {
    singular: { de: 'Zitiertes Dokument', en: 'Cited document' },
    plural: { de: 'Quellenregister', en: 'Source registry' },
  },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'watchStatus', 'checkedAt', 'changedAt'],
    group: { de: 'Redaktion', en: 'Editorial' },
    description: {
      de: 'Jedes von einem Profil zitierte Dokument einmal, mit dem Stand der Quellenüberwachung. Die Einträge entstehen beim Speichern der Anbieter; Quellen bearbeitet die Redaktion im Anbieter unter „Quellen“.',
      en: 'Every document a profile cites, once, with the state of the source watch. Entries appear when providers are saved; editors edit citations on the provider\'s "Sources" tab.',
    },
  },
  hooks: { beforeOperation: [applyListDefaults()] },
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
    {
      type: 'collapsible',
      label: { de: 'Auswahl für die Überwachung', en: 'What the watch compares' },
      fields: [
        {
          name: 'select',
          type: 'text',
          hasMany: true,
          validate: validSelectors,
          label: { de: 'Nur diese Bereiche (CSS)', en: 'Only these parts (CSS)' },
          admin: {
            description: {
              de: 'CSS-Selektoren, z. B. „main .policy“: nur ihr Text wird verglichen. Leer: der Hauptinhalt der Seite. Eine Änderung legt einen neuen Vergleichsstand an, ohne jemanden zu benachrichtigen.',
              en: 'CSS selectors such as "main .policy": only their text is compared. Empty: the page\'s main content. A change sets a new baseline without alerting anyone.',
            },
          },
        },
        {
          name: 'remove',
          type: 'text',
          hasMany: true,
          validate: validSelectors,
          label: { de: 'Ohne diese Bereiche (CSS)', en: 'Without these parts (CSS)' },
          admin: {
            description: {
              de: 'CSS-Selektoren für Rauschen, das nicht zählt: Cookie-Banner, „Zuletzt aktualisiert“, wechselnde Teaser.',
              en: 'CSS selectors for noise that does not count: cookie banners, "last updated" widgets, rotating teasers.',
            },
          },
        },
        {
          name: 'language',
          type: 'text',
          validate: validLanguage,
          label: { de: 'Erbetene Sprache', en: 'Language asked for' },
          admin: {
            description: {
              de: 'Leer: Deutsch zuerst, dann Englisch. Für ein Dokument, das in einer anderen Sprache gelten soll, deren Kürzel, z. B. „en“. Eine Änderung legt einen neuen Vergleichsstand an.',
              en: 'Empty: German first, then English. For a document that should be read in another language, its tag, such as "en". A change sets a new baseline.',
            },
          },
        },
      ],
    },
    {
      type: 'collapsible',
      label: { de: 'Quellenüberwachung', en: 'Source watch' },
      fields: [
        {
          name: 'watchStatus',
          type: 'select',
          index: true,
          ...watched,
          label: { de: 'Letzte Prüfung', en: 'Last check' },
          options: [
            { value: 'new', label: { de: 'Erster Stand', en: 'First snapshot' } },
            { value: 'unchanged', label: { de: 'Unverändert', en: 'Unchanged' } },
            { value: 'changed', label: { de: 'Geändert', en: 'Changed' } },
            { value: 'moved', label: { de: 'Umgeleitet', en: 'Moved' } },
            { value: 'failed', label: { de: 'Nicht abrufbar', en: 'Failed' } },
            { value: 'blocked', label: { de: 'Adresse gesperrt', en: 'Blocked' } },
          ],
          admin: { readOnly: true },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'checkedAt',
              type: 'date',
              index: true,
              ...watched,
              label: { de: 'Geprüft am', en: 'Checked at' },
              admin: { readOnly: true, date: adminMomentField },
            },
            {
              name: 'changedAt',
              type: 'date',
              ...watched,
              label: { de: 'Zuletzt geändert', en: 'Last changed' },
              admin: { readOnly: true, date: adminMomentField },
            },
            {
              name: 'failureCount',
              type: 'number',
              defaultValue: 0,
              ...watched,
              label: { de: 'Fehlschläge in Folge', en: 'Failures in a row' },
              admin: { readOnly: true },
            },
          ],
        },
        {
          name: 'finalUrl',
          type: 'text',
          ...watched,
          label: { de: 'Endet bei (nach Weiterleitungen)', en: 'Ends at (after redirects)' },
          admin: { readOnly: true },
        },
        {
          name: 'reason',
          type: 'textarea',
          ...watched,
          label: { de: 'Grund', en: 'Reason' },
          admin: { readOnly: true },
          // Stored as the watch's message (src/watch/recorder.ts), read in the reader's language.
          hooks: { afterRead: [readStoredMessage] },
        },
        {
          name: 'missingLinks',
          type: 'json',
          ...watched,
          label: {
            de: 'Verlinkt nicht mehr auf',
            en: 'No longer links to',
          },
          admin: {
            readOnly: true,
            description: {
              de: 'Dokumente Dritter, die auf dieser Anbieterseite verlinkt sein sollen, es aber nicht mehr sind.',
              en: 'Third-party documents this vendor page should link to but no longer does.',
            },
          },
        },
        {
          name: 'etag',
          type: 'text',
          ...watched,
          admin: { readOnly: true, hidden: true },
        },
        {
          name: 'lastModified',
          type: 'text',
          ...watched,
          admin: { readOnly: true, hidden: true },
        },
        {
          // The hash of a text held back as suspect (an error page far shorter than the
          // document): taken as the document only when the next run sees it again.
          name: 'suspectTextHash',
          type: 'text',
          ...watched,
          admin: { readOnly: true, hidden: true },
        },
        {
          name: 'snapshot',
          type: 'relationship',
          relationTo: 'snapshots',
          ...watched,
          label: { de: 'Aktueller Stand', en: 'Current snapshot' },
          admin: { readOnly: true },
        },
        {
          name: 'history',
          type: 'join',
          collection: 'snapshots',
          on: 'source',
          defaultSort: '-fetchedAt',
          label: { de: 'Verlauf', en: 'History' },
          admin: { defaultColumns: ['fetchedAt', 'httpStatus', 'textHash', 'isRebaseline'] },
        },
      ],
    },
  ],
}
