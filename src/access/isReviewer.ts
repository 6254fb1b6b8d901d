import type { Access } from 'payload'

import { hasRole } from './roles'

export const isReviewer: Access = ({ req: { user } }) => hasRole(user, 'reviewer', 'admin')
