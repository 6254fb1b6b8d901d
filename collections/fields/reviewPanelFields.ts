import type { Field } from 'payload'

/**
 * UI fields (no columns in the database) at the top of the provider edit view: the
 * findings panel and the review buttons; plus the list's "Prüfung fällig", "Quellen" and "Belege" columns.
 * Components live in `src/admin/`, referenced through the import map.
 */
export const reviewPanelFields: Field[] = [
  {
    name: 'findingsPanel',
    type: 'ui',
    label: { de: 'Befunde', en: 'Findings' },
    admin: {
      disableListColumn: true,
      components: { Field: '/src/admin/FindingsPanel#FindingsPanel' },
    },
  },
  {
    name: 'reviewActions',
    type: 'ui',
    label: { de: 'Review', en: 'Review' },
    admin: {
      disableListColumn: true,
      components: { Field: '/src/admin/ReviewActions#ReviewActions' },
    },
  },
  {
    name: 'staleness',
    type: 'ui',
    label: { de: 'Prüfung fällig', en: 'Review due' },
    admin: {
      components: { Cell: '/src/admin/StalenessCell#StalenessCell' },
    },
  },
  {
    name: 'sourceWatch',
    type: 'ui',
    label: { de: 'Quellen', en: 'Sources' },
    admin: {
      components: { Cell: '/src/admin/SourceChangedCell#SourceChangedCell' },
    },
  },
  {
    name: 'evidenceCoverage',
    type: 'ui',
    label: { de: 'Belege', en: 'Evidence' },
    admin: {
      components: { Cell: '/src/admin/evidence/EvidenceCoverageCell#EvidenceCoverageCell' },
    },
  },
]
