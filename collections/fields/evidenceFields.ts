import type { Field } from 'payload'

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

export const evidenceField: Field = {
  name: 'evidence',
  type: 'array',
  label: { de: 'Belege', en: 'Evidence' },
  labels: {
    singular: { de: 'Beleg', en: 'Evidence' },
    plural: { de: 'Belege', en: 'Evidence' },
  },
  admin: {
    description: {
      de: 'Jede Angabe mit der wörtlichen Stelle aus einer Quelle dieser Fassung, auf der sie beruht. Die Quellenüberwachung prüft jede Stelle bei jeder Änderung des Dokuments.',
      en: 'Each statement with the verbatim passage of one of this revision’s sources it rests on. The source watch re-checks every passage whenever the document changes.',
    },
  },
  fields: [
    {
      name: 'claim',
      type: 'text',
      required: true,
      label: { de: 'Angabe', en: 'Claim' },
      admin: {
        description: {
          de: 'Ein Schlüssel des Steckbriefs (z. B. phone_required), eine Zeile des Datenblatts oder ein Satz eines Abschnitts.',
          en: 'A key of the facts (e.g. phone_required), a Datenblatt row, or a sentence of a section.',
        },
      },
    },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { de: 'Dokument (URL)', en: 'Document (URL)' },
      admin: {
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
    {
      name: 'anchor',
      type: 'group',
      label: { de: 'Verankerung', en: 'Anchor' },
      admin: { readOnly: true },
      fields: anchorFields,
    },
  ],
}
