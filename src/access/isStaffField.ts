import type { FieldAccess } from 'payload'

import { isTeamMember } from './roles'

/**
 * Field-level read access for the editorial team's internals (review comments,
 * reviewers, editors, verdicts and findings): anonymous readers of a published
 * profile get the document without these fields, over REST and GraphQL alike.
 */
export const isStaffField: FieldAccess = ({ req: { user } }) => isTeamMember(user)
