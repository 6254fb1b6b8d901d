import type { PayloadRequest } from 'payload'

import { isTeamMember } from './access'
import type { Message } from './i18n/messages'
import { message, textFor } from './i18n/messages'

/**
 * What the custom endpoints (`/api/exports`, `/api/providers/:id/findings`, …) share:
 * reading a JSON body, and answering a refusal in the asker's language in Payload's
 * error shape (`{ errors: [{ code, message }] }`).
 */

/** An error response with its stable code and its message in the asker's language. */
export const refusal = (
  req: PayloadRequest,
  code: string,
  detail: Message,
  status: number,
): Response => Response.json({ errors: [{ code, message: textFor(req, detail) }] }, { status })

/** For endpoints open to the editorial team only: the 403 to send, or `null` to go on. */
export const teamOnlyResponse = (req: PayloadRequest): Response | null =>
  isTeamMember(req.user) ? null : refusal(req, 'auth.team-only', message('auth.team-only', {}), 403)

/**
 * The request's body parsed as JSON: `empty` when there is none (only white space), and
 * `null` when it is not JSON, for the caller's schema to refuse with its own message.
 */
export const readJsonBody = async (
  req: PayloadRequest,
  empty: unknown = null,
): Promise<unknown> => {
  const text = req.text ? await req.text() : ''
  if (!text.trim()) return empty
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}
