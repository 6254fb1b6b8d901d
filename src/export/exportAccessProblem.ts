import path from 'node:path'
import type { PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { env } from '../env'

/**
 * The shared gate of the export endpoints: a publisher or admin and a configured
 * `SITE_DIR`. Returns the refusal to send, or the site folder.
 */
export const exportAccessProblem = (
  req: PayloadRequest,
): { response: Response; siteDir?: never } | { response?: never; siteDir: string } => {
  if (!req.user) {
    return {
      response: Response.json(
        { errors: [{ code: 'auth.required', message: 'Log in as a publisher or admin.' }] },
        { status: 401 },
      ),
    }
  }
  if (!hasRole(req.user, 'publisher', 'admin')) {
    return {
      response: Response.json(
        {
          errors: [
            {
              code: 'export.forbidden',
              message: 'Only publishers and admins may preview or run an export.',
            },
          ],
        },
        { status: 403 },
      ),
    }
  }
  const siteDir = env().SITE_DIR
  if (!siteDir) {
    return {
      response: Response.json(
        {
          errors: [
            {
              code: 'export.no-site-dir',
              message:
                "SITE_DIR is not set, so there is nothing to export to. Set SITE_DIR to the site repository's checkout (see .env.example) and restart the server.",
            },
          ],
        },
        { status: 400 },
      ),
    }
  }
  return { siteDir: path.resolve(siteDir) }
}
