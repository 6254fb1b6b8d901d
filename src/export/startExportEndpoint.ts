import type { Endpoint } from 'payload'
import { z } from 'zod'

import { env } from '../env'
import type { User } from '../payload-types'
import { exportAccessProblem } from './exportAccessProblem'
import { exportErrorResponse } from './exportErrorResponse'
import { startExport } from './startExport'

const bodySchema = z.object({ prune: z.boolean().optional() }).strict()

const readBody = async (req: Parameters<Endpoint['handler']>[0]): Promise<unknown> => {
  const text = req.text ? await req.text() : ''
  if (!text.trim()) return {}
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/**
 * `POST /api/exports` (body optional: `{ "prune": true }`): runs the export to `SITE_DIR`
 * as a job and answers 202 with its record (status `queued`); poll `GET /api/exports/:id`
 * until it is `succeeded` or `failed`. Commits when `EXPORT_GIT_COMMIT=true`. Publishers
 * and admins only (403); 409 while another export to the same site runs. This custom
 * endpoint comes before Payload's own create (denied to everyone anyway).
 */
export const startExportEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const { response, siteDir } = exportAccessProblem(req)
    if (response) return response
    const body = bodySchema.safeParse(await readBody(req))
    if (!body.success) {
      return Response.json(
        {
          errors: [
            {
              code: 'export.bad-request',
              message: 'The body must be empty or {"prune": true|false}.',
            },
          ],
        },
        { status: 400 },
      )
    }
    try {
      const doc = await startExport({
        payload: req.payload,
        user: req.user as User,
        siteDir,
        isPrune: Boolean(body.data.prune),
        isCommit: env().EXPORT_GIT_COMMIT,
      })
      return Response.json({ doc, message: 'Export started.' }, { status: 202 })
    } catch (err) {
      return exportErrorResponse({ req, err })
    }
  },
}
