import type { PayloadRequest } from 'payload'

import { message, textFor } from '../i18n/messages'
import { isTeamMember } from './roles'

/** For custom endpoints open to the editorial team only: a 403 answer, or `null` to go on. */
export const teamOnlyResponse = (req: PayloadRequest): Response | null =>
  isTeamMember(req.user)
    ? null
    : Response.json(
        { errors: [{ message: textFor(req, message('auth.team-only', {})) }] },
        { status: 403 },
      )
