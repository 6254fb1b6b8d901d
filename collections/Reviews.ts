import type { CollectionConfig } from 'payload'

import { isStaff, systemRecord } from '../src/access'

/** The review log: written by the workflow hooks only, never by hand. */
export const Reviews: CollectionConfig = {
  slug: 'reviews',
  labels: {
    singular: { de: 'Review', en: 'Review' },
    plural: { de: 'Reviews', en: 'Reviews' },
  },
  admin: {
    defaultColumns: ['provider', 'outcome', 'reviewer', 'reviewedAt'],
    group: { de: 'Redaktion', en: 'Editorial' },
  },
  access: systemRecord(isStaff),
  fields: [
    {
      name: 'provider',
      type: 'relationship',
      relationTo: 'providers',
      required: true,
      index: true,
      label: { de: 'Anbieter', en: 'Provider' },
    },
    {
      name: 'version',
      type: 'text',
      label: { de: 'Version', en: 'Version' },
      admin: {
        description: { de: 'ID der geprüften Fassung.', en: 'Id of the reviewed revision.' },
      },
    },
    {
      name: 'reviewer',
      type: 'relationship',
      relationTo: 'users',
      label: { de: 'Von', en: 'By' },
    },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      // The export reads the approval records of every provider (`listSitePages`).
      index: true,
      label: { de: 'Ergebnis', en: 'Outcome' },
      options: [
        { value: 'submitted', label: { de: 'Eingereicht', en: 'Submitted' } },
        { value: 'approved', label: { de: 'Freigegeben', en: 'Approved' } },
        {
          value: 'changes_requested',
          label: { de: 'Änderungen erbeten', en: 'Changes requested' },
        },
        {
          value: 'confirmed',
          label: { de: 'Unverändert bestätigt', en: 'Confirmed unchanged' },
        },
        {
          value: 'imported',
          label: { de: 'Übernommen, ungeprüft', en: 'Taken over, unreviewed' },
        },
      ],
    },
    {
      // Each approval records the snapshot of every cited document it was made against.
      name: 'snapshots',
      type: 'json',
      label: { de: 'Geprüfte Quellenstände', en: 'Source snapshots reviewed' },
      admin: {
        description: {
          de: 'Je zitiertem Dokument der Textstand (Hash), gegen den freigegeben wurde.',
          en: 'For each cited document, the text (hash) the approval was made against.',
        },
      },
    },
    {
      // Each approval records the anchor of every quoted passage it approved (its snapshot
      // and text hash): src/evidence/recordedAnchors.ts.
      name: 'anchors',
      type: 'json',
      label: { de: 'Geprüfte Belegstellen', en: 'Evidence anchors reviewed' },
      admin: {
        description: {
          de: 'Je Beleg die Angabe, das Dokument und der Textstand (Snapshot, Hash), in dem das Zitat freigegeben wurde.',
          en: 'For each piece of evidence, the claim, the document and the text (snapshot, hash) its quote was approved in.',
        },
      },
    },
    {
      // Who edited the approved revision (its `editedBy` before the approval): four eyes
      // for a later confirmation of the same revision.
      name: 'editors',
      type: 'json',
      label: { de: 'Bearbeitet von', en: 'Edited by' },
      admin: { hidden: true },
    },
    { name: 'comment', type: 'textarea', label: { de: 'Kommentar', en: 'Comment' } },
    { name: 'reviewedAt', type: 'date', required: true, label: { de: 'Zeitpunkt', en: 'When' } },
  ],
}
