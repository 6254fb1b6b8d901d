import type { Field } from 'payload'

import { isImportContext, isStaffField } from '../../src/access'
import { adminDayFormat } from '../../src/i18n/dates'
import { defaultReviewIntervalDays } from '../../src/reminders/staleness'

export type ReviewState = 'draft' | 'in_review' | 'changes_requested' | 'approved'

/** The review states as the admin names them (the field's options, the versions list). */
export const reviewStateLabels: Record<ReviewState, { de: string; en: string }> = {
  draft: { de: 'Entwurf', en: 'Draft' },
  in_review: { de: 'Im Review', en: 'In review' },
  changes_requested: { de: 'Änderungen erbeten', en: 'Changes requested' },
  approved: { de: 'Freigegeben', en: 'Approved' },
}

/**
 * Review workflow fields, shown in the sidebar of the edit view. All but `updated`
 * (printed on the page as its "updated" date) are the team's internals: only staff read them.
 */
export const workflowFields: Field[] = [
  {
    name: 'reviewState',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    access: { read: isStaffField },
    label: { de: 'Review-Status', en: 'Review state' },
    options: Object.entries(reviewStateLabels).map(([value, label]) => ({ value, label })),
    admin: {
      position: 'sidebar',
      // Shown, never set here: the buttons in the review box are the only way to change it.
      readOnly: true,
      description: {
        de: 'Entwurf → Im Review (Redaktion reicht ein) → Freigegeben oder Änderungen erbeten (Review). Ändern über die Knöpfe im Kasten „Review“.',
        en: 'Draft → In review (editor submits) → Approved or changes requested (reviewer). Changed with the buttons in the review box.',
      },
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    access: { read: isStaffField },
    label: { de: 'Review-Kommentar', en: 'Review comment' },
    admin: {
      position: 'sidebar',
      // Written and read in the review box (one comment, quoted there with author and date).
      hidden: true,
      description: {
        de: 'Pflicht, wenn Änderungen erbeten werden; wird im Review-Protokoll gespeichert.',
        en: 'Required when requesting changes; stored in the review log.',
      },
    },
  },
  {
    name: 'reviewer',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    access: { read: isStaffField },
    label: { de: 'Zuständiges Review', en: 'Reviewer' },
    admin: {
      position: 'sidebar',
      // Assigned in the review box (`PATCH {reviewer}`: no new draft); shown here.
      readOnly: true,
      description: {
        de: 'Bekommt die Erinnerung, wenn das Profil veraltet. Ohne Zuständigkeit gehen Erinnerungen an die Admins.',
        en: 'Gets the reminder when the profile goes stale. Without one, reminders go to the admins.',
      },
    },
  },
  {
    name: 'reviewIntervalDays',
    type: 'number',
    // The reminder scan looks up the smallest interval in use.
    index: true,
    min: 1,
    max: 3650,
    access: { read: isStaffField },
    label: { de: 'Prüfintervall (Tage)', en: 'Review interval (days)' },
    admin: {
      position: 'sidebar',
      description: {
        de: `Leer: Vorgabe der Kategorie, sonst ${defaultReviewIntervalDays} Tage.`,
        en: `Empty: the category's default, else ${defaultReviewIntervalDays} days.`,
      },
    },
  },
  {
    name: 'updated',
    type: 'date',
    index: true,
    // Set by an approval (`reviewStep`, src/workflow/review.ts) or the importer, never by hand.
    access: { create: isImportContext, update: isImportContext },
    label: { de: 'Zuletzt geprüft', en: 'Last reviewed' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayOnly', displayFormat: adminDayFormat },
      description: {
        de: 'Datum der letzten Freigabe; erscheint als „updated“ auf der Seite.',
        en: 'Date of the last approval; shown as "updated" on the page.',
      },
    },
  },
  {
    // Who saved this revision (set by `reviewStep` on each person's save): the author of
    // each version in the history and in "Änderungen seit der letzten Freigabe".
    name: 'lastEditor',
    type: 'relationship',
    relationTo: 'users',
    access: { read: isStaffField, create: isImportContext, update: isImportContext },
    label: { de: 'Zuletzt gespeichert von', en: 'Last saved by' },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'editedBy',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    // Kept by `reviewStep` (src/workflow/review.ts) or the importer, never by hand.
    access: { read: isStaffField, create: isImportContext, update: isImportContext },
    label: { de: 'Bearbeitet seit letzter Freigabe von', en: 'Edited since last approval by' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        de: 'Wer hier steht, darf diese Fassung nicht freigeben (Vier-Augen-Prinzip).',
        en: 'Whoever is listed here may not approve this revision (four eyes).',
      },
    },
  },
]
