import type { PayloadRequest } from 'payload'

import { isTeamMember } from './roles'

/** For custom endpoints open to the editorial team only: a 403 answer, or `null` to go on. */
export const teamOnlyResponse = (req: PayloadRequest): Response | null =>
  isTeamMember(req.user)
    ? null
    : Response.json(
        { errors: [{ message: 'Log in as a member of the editorial team.' }] },
        { status: 403 },
      )
