import type { Access } from 'payload'

import { hasRole } from './roles'

export const isPublisher: Access = ({ req: { user } }) => hasRole(user, 'publisher', 'admin')
