import type { Access } from 'payload'

import { isTeamMember } from './roles'

/** Anyone with a role in the editorial team. */
export const isStaff: Access = ({ req: { user } }) => isTeamMember(user)
