import type { CollectionConfig } from 'payload'

import { isAdmin, isEditor, isEditorOrReviewer, isStaff, publishedOrStaff } from '../../src/access'
import { vendorDomainProblems } from '../../src/sources/vendors'
import { slugRule } from '../../src/validation/textRules'
import { citationsField } from '../fields/citationFields'
import { evidenceField } from '../fields/evidenceFields'
import { factField, frontmatterFields } from '../fields/frontmatterFields'
import { pageFields } from '../fields/pageFields'
import { previewTab } from '../fields/previewTab'
import { reviewPanelFields } from '../fields/reviewPanelFields'
import { sectionFields } from '../fields/sectionFields'
import { workflowFields } from '../fields/workflowFields'
import { providerEndpoints } from './endpoints'
import { providerHooks } from './hooks'
import { deriveSlug } from './hooks/deriveSlug'

/**
 * The provider (one revision is one page, docs/decisions/0006): its fields here, its hooks
 * in the order they run (`hooks.ts`) and its custom routes (`endpoints.ts`) beside it.
 */
export const Providers: CollectionConfig = {
  slug: 'providers',
  labels: {
    singular: { de: 'Anbieter', en: 'Provider' },
    plural: { de: 'Anbieter', en: 'Providers' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: [
      'name',
      'category',
      'reviewState',
      'updated',
      'staleness',
      'sourceWatch',
      'evidenceCoverage',
      'reviewer',
    ],
    listSearchableFields: ['name', 'slug', 'category'],
    // The list reads only its columns (not the page's rich text and arrays); the
    // staleness cell also needs what `forceSelect` adds.
    enableListViewSelectAPI: true,
    group: { de: 'Redaktion', en: 'Editorial' },
    // The admin UI of the review workflow: src/admin/ (filters, findings, review buttons).
    components: {
      beforeListTable: ['/src/admin/ProviderListFilters#ProviderListFilters'],
      edit: { PublishButton: '/src/admin/NoPublishButton#NoPublishButton' },
      // Each version with who saved it and its review step (Payload's list shows neither).
      views: { edit: { versions: { Component: '/src/admin/ProviderVersions#ProviderVersions' } } },
    },
  },
  // What the list's staleness cell reads beside its columns (`src/admin/StalenessCell.tsx`).
  forceSelect: { updated: true, reviewIntervalDays: true, category: true },
  versions: {
    drafts: true,
    maxPerDoc: 100,
  },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isEditor,
    // Reviewers save their verdict; what each role may change is checked by the hooks.
    update: isEditorOrReviewer,
    delete: isAdmin,
  },
  endpoints: providerEndpoints,
  hooks: providerHooks,
  fields: [
    ...reviewPanelFields,
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          label: { de: 'Name', en: 'Name' },
          admin: {
            description: {
              de: 'Seitentitel, erster Satz im Kurzprofil und Datenblatt, Zeile „Anbieter“ (Frontmatter „name“).',
              en: 'Page title, first sentence of the Kurzprofil and Datenblatt, row "Anbieter" (frontmatter "name").',
            },
          },
        },
        {
          name: 'slug',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: { de: 'Slug', en: 'Slug' },
          admin: {
            description: {
              de: 'Teil der Adresse: /anbieter/<slug>/. Leer lassen, um ihn aus dem Namen zu bilden.',
              en: 'Part of the address: /anbieter/<slug>/. Leave empty to derive it from the name.',
            },
          },
          hooks: { beforeValidate: [deriveSlug] },
          // Checked on drafts too (`slugRule` in src/validation/textRules.ts, applied by
          // checkFieldValues.ts): the slug is a folder name in the site.
          custom: { textRule: slugRule },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'text',
          required: true,
          index: true,
          label: { de: 'Kategorie', en: 'Category' },
          admin: {
            description: {
              de: 'Kurzprofil und Datenblatt, Zeile „Kategorie“ (Frontmatter „category“), z. B. Messenger, VPN, E-Mail.',
              en: 'Kurzprofil and Datenblatt, row "Kategorie" (frontmatter "category"), e.g. Messenger, VPN, E-Mail.',
            },
          },
        },
        {
          name: 'website',
          type: 'text',
          required: true,
          label: { de: 'Website', en: 'Website' },
          admin: {
            description: {
              de: 'Datenblatt, Zeile „Website“ (Frontmatter „website“). Offizielle Website; ihr Host ist eine Anbieter-Domain.',
              en: 'Datenblatt, row "Website" (frontmatter "website"). Official website; its host is a vendor domain.',
            },
          },
        },
      ],
    },
    factField('description'),
    {
      type: 'tabs',
      tabs: [
        {
          label: { de: 'Steckbrief', en: 'Facts' },
          description: {
            de: 'Die Frontmatter-Felder der Seite, gruppiert und geordnet wie auf der Seite: Datenblatt-Zeilen, Rechtliches, Daten-Notizen, dann was nur im Frontmatter steht.',
            en: "The page's frontmatter fields, grouped and ordered as on the page: data sheet rows, legal links, data notes, then what is in the frontmatter only.",
          },
          fields: frontmatterFields,
        },
        {
          label: { de: 'Inhalt', en: 'Content' },
          fields: sectionFields,
        },
        {
          label: { de: 'Quellen', en: 'Sources' },
          description: {
            de: 'Die Liste „Quellen“ der Seite, in Seitenreihenfolge. Jede Quelle wird beim Speichern gegen die Anbieter-Domains dieser Fassung geprüft.',
            en: 'The page\'s "Quellen" list, in page order. Each is judged on save against the vendor domains of this revision.',
          },
          fields: [
            citationsField,
            evidenceField,
            {
              name: 'vendorDomains',
              type: 'text',
              hasMany: true,
              validate: (value: string[] | null | undefined, { req }) =>
                vendorDomainProblems({ values: value, req }).join(' ') || true,
              label: { de: 'Anbieter-Domains', en: 'Vendor domains' },
              admin: {
                description: {
                  de: 'Zusätzliche offizielle Hosts (z. B. sessionapp.zendesk.com) oder Host+Pfad (github.com/org). Website, Datenschutz, AGB, Transparenz und Repo zählen automatisch.',
                  en: 'Extra official hosts (e.g. sessionapp.zendesk.com) or host+path (github.com/org). Website, privacy, terms, transparency and repo count automatically.',
                },
              },
            },
          ],
        },
        {
          label: { de: 'Seite', en: 'Page' },
          fields: pageFields,
        },
        previewTab,
      ],
    },
    ...workflowFields,
    {
      // Sent with an approval: the `updatedAt` of the draft the reviewer loaded (`routeProviderSave`, src/workflow/hooks.ts).
      name: 'approvedRevision',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
    },
  ],
}
