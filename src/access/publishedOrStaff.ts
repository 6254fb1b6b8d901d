import type { Access } from 'payload'

import { isTeamMember } from './roles'

/**
 * The team reads everything, drafts included. Everyone else reads only the
 * published (approved) version: a `Where` query, so lists filter row by row.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isTeamMember(user)) return true
  return { _status: { equals: 'published' } }
}
