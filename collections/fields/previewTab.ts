import type { Tab } from 'payload'

/** The tab "Vorschau": the exported page of the latest draft (`src/admin/MarkdownPreview.tsx`). */
export const previewTab: Tab = {
  label: { de: 'Vorschau', en: 'Preview' },
  description: {
    de: 'So schreibt der Export die Seite, wenn diese Fassung freigegeben wird.',
    en: 'The page as the export writes it once this revision is approved.',
  },
  fields: [
    {
      name: 'markdownPreview',
      type: 'ui',
      label: { de: 'Markdown-Vorschau', en: 'Markdown preview' },
      admin: {
        disableListColumn: true,
        components: { Field: '/src/admin/MarkdownPreview#MarkdownPreview' },
      },
    },
  ],
}
