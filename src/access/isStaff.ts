import type { Access } from 'payload'

import { hasRole } from './roles'

/** Anyone with a role in the editorial team. */
export const isStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'reviewer', 'publisher')
