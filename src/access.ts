import type { Access, CollectionConfig, FieldAccess } from 'payload'

import type { User } from './payload-types'
import { isImport } from './workflow/saveContext'

/**
 * Who may do what: the editorial roles, and the access functions the collections and
 * fields use. What a person may change within a save is the review workflow's
 * (`src/workflow/`); these decide only whether they may read or write at all.
 */

export const roles = ['admin', 'editor', 'reviewer', 'publisher'] as const
export type Role = (typeof roles)[number]

type MaybeUser = Pick<User, 'roles'> | null | undefined

export const hasRole = (user: MaybeUser, ...wanted: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => wanted.includes(role)))

/** A member of the editorial team: any role at all. */
export const isTeamMember = (user: MaybeUser): boolean => hasRole(user, ...roles)

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** Editors write content; admins may do everything an editor may. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'editor', 'admin')

export const isReviewer: Access = ({ req: { user } }) => hasRole(user, 'reviewer', 'admin')

export const isPublisher: Access = ({ req: { user } }) => hasRole(user, 'publisher', 'admin')

/**
 * Who may save a provider: editors write, reviewers save their verdict (approve or
 * request changes). What each may change is checked by the workflow hooks.
 */
export const isEditorOrReviewer: Access = ({ req: { user } }) =>
  hasRole(user, 'editor', 'reviewer', 'admin')

/** Anyone with a role in the editorial team. */
export const isStaff: Access = ({ req: { user } }) => isTeamMember(user)

/** Admins manage every account; everyone else only their own. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

/**
 * A field only its owner and the admins read (a colleague's e-mail address, language and
 * notice settings). Without a user the collection's own access decides: that is the
 * login answering with the account that just logged in (anonymous reads of users are
 * refused by `isStaff`).
 */
export const isAdminOrSelfField: FieldAccess = ({ req: { user }, doc }) => {
  if (!user) return true
  if (hasRole(user, 'admin')) return true
  return doc === undefined || String((doc as { id?: unknown }).id) === String(user.id)
}

/**
 * The team reads everything, drafts included. Everyone else reads only the
 * published (approved) version: a `Where` query, so lists filter row by row.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isTeamMember(user)) return true
  return { _status: { equals: 'published' } }
}

/**
 * Field-level read access for the editorial team's internals (review comments,
 * reviewers, editors, verdicts and findings): anonymous readers of a published
 * profile get the document without these fields, over REST and GraphQL alike.
 */
export const isStaffField: FieldAccess = ({ req: { user } }) => isTeamMember(user)

/**
 * Fields only the hooks and the importer write (`updated`, `editedBy`): a person's
 * value is dropped, the importer sets `req.context.isImport` to keep the page's value.
 */
export const isImportContext: FieldAccess = ({ req }) => isImport(req.context)

/**
 * The access of a collection only the system writes (review log, exports, snapshots,
 * source changes): `read` decides who sees it; nobody creates, changes or deletes a
 * record through the API. The code writes them with the Local API's system access.
 */
export const systemRecord = (read: Access): NonNullable<CollectionConfig['access']> => ({
  read,
  create: () => false,
  update: () => false,
  delete: () => false,
})
