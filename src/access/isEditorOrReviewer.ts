import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Who may save a provider: editors write, reviewers save their verdict (approve or
 * request changes). What each may change is checked by the workflow hooks.
 */
export const isEditorOrReviewer: Access = ({ req: { user } }) =>
  hasRole(user, 'editor', 'reviewer', 'admin')
