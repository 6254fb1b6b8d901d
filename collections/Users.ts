import type { CollectionConfig, FieldHook } from 'payload'

import {
  isAdmin,
  isAdminField,
  isAdminOrSelf,
  isAdminOrSelfField,
  isStaff,
  roles,
} from '../src/access'
import {
  equalLoginWork,
  lockTimeMs,
  refuseShortPassword,
  refuseShortPasswordOnReset,
} from '../src/auth/passwordPolicy'
import { forgotPasswordEndpoint, onlyTheResetJobResets } from '../src/auth/passwordReset'
import { env, isHttps } from '../src/env'

/** A user without a name is called by the local part of their e-mail address. */
const defaultNameFromEmail: FieldHook = ({ value, data, originalDoc }) => {
  if (typeof value === 'string' && value.trim()) return value.trim()
  const email = String(data?.email ?? originalDoc?.email ?? '')
  return email.split('@')[0] || email
}

const roleLabels = {
  admin: { de: 'Admin', en: 'Admin' },
  editor: { de: 'Redaktion', en: 'Editor' },
  reviewer: { de: 'Review', en: 'Reviewer' },
  publisher: { de: 'Veröffentlichung', en: 'Publisher' },
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { de: 'Benutzer', en: 'User' },
    plural: { de: 'Benutzer', en: 'Users' },
  },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 10,
    lockTime: lockTimeMs,
    // Behind https the session cookie never travels over plain http.
    cookies: { secure: isHttps(env().PUBLIC_URL), sameSite: 'Lax' },
    // The reset job asks for the token with `disableEmail`; the interval is kept by the job.
    forgotPassword: { minRequestInterval: 0 },
  },
  // "Passwort vergessen" answers at once and mails through the outbox (src/auth/passwordReset.ts).
  endpoints: [forgotPasswordEndpoint],
  hooks: {
    beforeOperation: [onlyTheResetJobResets, refuseShortPasswordOnReset, equalLoginWork],
    beforeValidate: [refuseShortPassword],
  },
  admin: {
    // Colleagues are shown by name everywhere (locks, editors, the review log, the reviewer column).
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'language'],
    group: { de: 'Verwaltung', en: 'Administration' },
  },
  access: {
    // The team sees each other by name and roles; e-mail and settings stay private (field access).
    read: isStaff,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Unlocking is for admins only: anyone else could keep guessing a password past the lockout.
    unlock: isAdmin,
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
  },
  fields: [
    {
      // Payload's own e-mail field, merged with this: only its owner and the admins read it.
      name: 'email',
      type: 'email',
      access: { read: isAdminOrSelfField },
    },
    {
      name: 'name',
      type: 'text',
      // Always set: the hook below fills it from the e-mail address.
      label: { de: 'Name', en: 'Name' },
      admin: {
        description: {
          de: 'So sehen dich die Kolleginnen und Kollegen. Leer: der Teil der E-Mail-Adresse vor dem @.',
          en: 'How colleagues see you. Empty: the part of the e-mail address before the @.',
        },
      },
      hooks: { beforeValidate: [defaultNameFromEmail] },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: { de: 'Rollen', en: 'Roles' },
      admin: {
        description: {
          de: 'Redaktion schreibt, Review gibt frei (nie eigene Änderungen), Veröffentlichung exportiert, Admin verwaltet.',
          en: 'Editors write, reviewers approve (never their own edits), publishers export, admins manage.',
        },
      },
      access: { create: isAdminField, update: isAdminField },
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'de',
      label: { de: 'Sprache', en: 'Language' },
      admin: {
        description: {
          de: 'Sprache der Meldungen (Befunde, Ablehnungen) und der E-Mails.',
          en: 'Language of the messages (findings, refusals) and of the e-mails.',
        },
      },
      access: { read: isAdminOrSelfField },
      options: [
        { value: 'de', label: 'Deutsch' },
        { value: 'en', label: 'English' },
      ],
    },
    {
      // Which workflow notices this person gets by mail (src/notices/).
      name: 'notices',
      type: 'group',
      label: { de: 'Benachrichtigungen per E-Mail', en: 'E-mail notices' },
      access: { read: isAdminOrSelfField },
      fields: [
        {
          name: 'submitted',
          type: 'checkbox',
          defaultValue: true,
          label: {
            de: 'Eine Fassung wartet auf mein Review',
            en: 'A revision waits for my review',
          },
        },
        {
          name: 'changesRequested',
          type: 'checkbox',
          defaultValue: true,
          label: {
            de: 'Meine Fassung wurde zurückgeschickt',
            en: 'My revision was sent back',
          },
        },
        {
          name: 'approved',
          type: 'checkbox',
          defaultValue: true,
          label: { de: 'Meine Fassung wurde freigegeben', en: 'My revision was approved' },
        },
      ],
    },
  ],
}
