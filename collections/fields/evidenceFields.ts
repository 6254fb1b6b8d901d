import type { Field } from 'payload'

import { rowLabel } from './citationFields'

type Text = { de: string; en: string }

/**
 * Claim-level evidence (issue "claim-level evidence"): each entry says which statement
 * of the profile rests on which verbatim passage of one of the revision's own cited
 * documents. `claim`, `url` and `quote` are content (four eyes, versions, the approval
 * binding); `anchor` is derived on every save from the quote and the document's latest
 * snapshot (`anchorEvidence`, src/evidence/hooks.ts) and re-checked by the source watch.
 */

const anchorFields: Field[] = [
  { name: 'exact', type: 'textarea', label: { de: 'Stelle im Dokument', en: 'Passage' } },
  { name: 'prefix', type: 'textarea', label: { de: 'Davor', en: 'Before' } },
  { name: 'suffix', type: 'textarea', label: { de: 'Danach', en: 'After' } },
  { name: 'start', type: 'number', label: { de: 'Anfang', en: 'Start' } },
  { name: 'end', type: 'number', label: { de: 'Ende', en: 'End' } },
  { name: 'textHash', type: 'text', label: { de: 'Text-Hash', en: 'Text hash' } },
  {
    name: 'snapshot',
    type: 'relationship',
    relationTo: 'snapshots',
    label: { de: 'Stand des Dokuments', en: 'Document snapshot' },
  },
]

const evidenceLabels = {
  singular: { de: 'Beleg', en: 'Evidence' },
  plural: { de: 'Belege', en: 'Evidence' },
}

/** UI of an entry (`src/admin/evidence/`): stores nothing. */
const entryView = (name: string, component: string, label: Text): Field => ({
  name,
  type: 'ui',
  label,
  admin: { components: { Field: `/src/admin/evidence/${component}#${component}` } },
})

export const evidenceField: Field = {
  name: 'evidence',
  type: 'array',
  label: { de: 'Belege', en: 'Evidence' },
  labels: evidenceLabels,
  admin: {
    // The list's column "Belege" is the coverage (`evidenceCoverage`), not the entries.
    disableListColumn: true,
    components: { RowLabel: rowLabel('EvidenceRowLabel', evidenceLabels) },
    description: {
      de: 'Jede Angabe mit der wörtlichen Stelle aus einer Quelle dieser Fassung, auf der sie beruht. Die Quellenüberwachung prüft jede Stelle bei jeder Änderung des Dokuments.',
      en: 'Each statement with the verbatim passage of one of this revision’s sources it rests on. The source watch re-checks every passage whenever the document changes.',
    },
  },
  fields: [
    // The claim's state, the passage as anchored and as it stands now, re-anchoring.
    entryView('entryView', 'EvidenceEntryView', {
      de: 'Stand des Belegs',
      en: 'State of the evidence',
    }),
    {
      name: 'claim',
      type: 'text',
      required: true,
      label: { de: 'Angabe', en: 'Claim' },
      admin: {
        // Free text with the Datenblatt rows offered while typing (the list's coverage).
        components: { Field: '/src/admin/evidence/EvidenceClaimField#EvidenceClaimField' },
        description: {
          de: 'Was die Stelle belegt: eine Zeile des Datenblatts oder ein Satz eines Abschnitts.',
          en: 'What the passage supports: a Datenblatt row or a sentence of a section.',
        },
      },
    },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { de: 'Dokument (URL)', en: 'Document (URL)' },
      admin: {
        // A choice among the revision's citations and audit reports.
        components: { Field: '/src/admin/evidence/EvidenceUrlField#EvidenceUrlField' },
        description: {
          de: 'Eine der Quellen oder einer der Prüfberichte dieser Fassung.',
          en: 'One of this revision’s sources or audit reports.',
        },
      },
    },
    {
      name: 'quote',
      type: 'textarea',
      required: true,
      label: { de: 'Zitat', en: 'Quote' },
      admin: {
        description: {
          de: 'Die Stelle wörtlich aus dem Dokument, wie die Quellenüberwachung es zuletzt gespeichert hat (Leerraum, Anführungszeichen, Groß- und Kleinschreibung zählen nicht).',
          en: 'The passage verbatim from the document as the source watch last stored it (whitespace, quotes and case aside).',
        },
      },
    },
    // The document's stored text to select the passage in, and whether the quote is in it.
    entryView('passagePicker', 'PassagePicker', {
      de: 'Stelle auswählen',
      en: 'Select the passage',
    }),
    {
      name: 'anchor',
      type: 'group',
      label: { de: 'Verankerung', en: 'Anchor' },
      // Derived on save; people read it as the entry's view above, not as numbers and hashes.
      admin: { readOnly: true, hidden: true },
      fields: anchorFields,
    },
  ],
}
