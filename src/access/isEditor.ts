import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors write content; admins may do everything an editor may. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'editor', 'admin')
