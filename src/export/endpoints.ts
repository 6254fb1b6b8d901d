import path from 'node:path'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { hasRole } from '../access/roles'
import { teamOnlyResponse } from '../access/teamOnlyResponse'
import { env } from '../env'
import { isExpectedError } from '../errors'
import type { User } from '../payload-types'
import { previewExport } from './plan'
import { renderProviderPage } from './published'
import { queueExport } from './runs'

/**
 * The shared gate of the export endpoints: a publisher or admin and a configured
 * `SITE_DIR`. Returns the refusal to send, or the site folder.
 */
const exportAccessProblem = (
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

/**
 * The response for an error of the export endpoints: an expected error (bad target,
 * busy site, damaged manifest) with its code, status and message; anything else a
 * plain 500 that names no internals, with the cause in the log.
 */
const exportErrorResponse = ({ req, err }: { req: PayloadRequest; err: unknown }): Response => {
  if (isExpectedError(err)) {
    return Response.json(
      { errors: [{ code: err.code, message: err.message }] },
      { status: err.status },
    )
  }
  req.payload.logger.error({ msg: `${req.method} ${req.url} failed`, err })
  return Response.json(
    {
      errors: [
        {
          code: 'export.failed',
          message: 'The export failed unexpectedly; the server log has the details.',
        },
      ],
    },
    { status: 500 },
  )
}

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
      const doc = await queueExport({
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

/**
 * `GET /api/exports/preview[?prune=true]`: what `POST /api/exports` would change in
 * `SITE_DIR` (new, changed and removed pages with unified diffs), writing nothing.
 * Publishers and admins (403 for everyone else); 400 when `SITE_DIR` is unset.
 */
export const exportPreviewEndpoint: Endpoint = {
  path: '/preview',
  method: 'get',
  handler: async (req) => {
    const { response, siteDir } = exportAccessProblem(req)
    if (response) return response
    try {
      const preview = await previewExport({
        payload: req.payload,
        siteDir,
        isPrune: req.searchParams.get('prune') === 'true',
      })
      return Response.json({ target: siteDir, ...preview })
    } catch (err) {
      return exportErrorResponse({ req, err })
    }
  },
}

/**
 * `GET /api/providers/:id/markdown`: the page exactly as export writes it (the
 * published version); `?draft=true` renders the latest draft instead. Editors and up.
 */
export const providerMarkdownEndpoint: Endpoint = {
  path: '/:id/markdown',
  method: 'get',
  handler: async (req) => {
    const refused = teamOnlyResponse(req)
    if (refused) return refused
    const id = String(req.routeParams?.id ?? '')
    const isDraft = req.searchParams.get('draft') === 'true'
    const markdown = await renderProviderPage({ payload: req.payload, req, id, isDraft })
    if (markdown === null) {
      const message = isDraft
        ? `No provider with id ${id}.`
        : `Provider ${id} has no published version yet; add ?draft=true for a preview of the draft.`
      return Response.json({ errors: [{ message }] }, { status: 404 })
    }
    return new Response(markdown, {
      status: 200,
      headers: { 'content-type': 'text/markdown; charset=utf-8' },
    })
  },
}
