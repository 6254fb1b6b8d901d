import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf, roles } from '../src/access'
import { lockTimeMs } from '../src/auth/loginFailureTranslations'
import { env, isHttps } from '../src/env'

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
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'language'],
    group: { de: 'Verwaltung', en: 'Administration' },
  },
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Unlocking is for admins only: anyone else could keep guessing a password past the lockout.
    unlock: isAdmin,
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { de: 'Name', en: 'Name' },
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
      options: [
        { value: 'de', label: 'Deutsch' },
        { value: 'en', label: 'English' },
      ],
    },
  ],
}
