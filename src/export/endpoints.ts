import path from 'node:path'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { hasRole } from '../access'
import { env } from '../env'
import { readJsonBody, refusal, teamOnlyResponse } from '../http'
import { isExpectedError } from '../errors'
import { ExportBusyError, problemFor, problemOfError } from './errors'
import type { User } from '../payload-types'
import { languageOf, message, textFor } from '../i18n/messages'
import { readFinding } from '../findings/finding'
import { collectProviderFindings } from '../lint/lintProvider'
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
      response: refusal(req, 'auth.required', message('export.login-required', {}), 401),
    }
  }
  if (!hasRole(req.user, 'publisher', 'admin')) {
    return {
      response: refusal(req, 'export.forbidden', message('export.forbidden', {}), 403),
    }
  }
  const siteDir = env().SITE_DIR
  if (!siteDir) {
    return {
      response: refusal(req, 'export.no-site-dir', message('export.no-site-dir', {}), 400),
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
    if (err instanceof ExportBusyError) req.payload.logger.warn({ msg: err.message })
    const { code, message: text } = problemFor(problemOfError(err), languageOf(req))
    return Response.json({ errors: [{ code, message: text }] }, { status: err.status })
  }
  req.payload.logger.error({ msg: `${req.method} ${req.url} failed`, err })
  return refusal(req, 'export.failed', message('export.request-failed', {}), 500)
}

const bodySchema = z.object({ prune: z.boolean().optional() }).strict()

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
    const body = bodySchema.safeParse(await readJsonBody(req, {}))
    if (!body.success) {
      return refusal(req, 'export.bad-request', message('export.bad-request', {}), 400)
    }
    try {
      const doc = await queueExport({
        payload: req.payload,
        user: req.user as User,
        siteDir,
        isPrune: Boolean(body.data.prune),
        isCommit: env().EXPORT_GIT_COMMIT,
      })
      return Response.json(
        { doc, message: textFor(req, message('export.started', {})) },
        { status: 202 },
      )
    } catch (err) {
      return exportErrorResponse({ req, err })
    }
  },
}

/**
 * `GET /api/exports/preview[?prune=true]`: what `POST /api/exports` would change in
 * `SITE_DIR` (new, changed and removed pages with unified diffs and each page's open
 * findings), and the providers waiting for their first approval (`awaiting`, with
 * their findings: export writes nothing of theirs), writing nothing.
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
      const language = languageOf(req)
      const findingsOf = async (providerId: string, isDraft: boolean) => {
        const provider = await req.payload.findByID({
          collection: 'providers',
          id: providerId,
          draft: isDraft,
          depth: 0,
          overrideAccess: true,
          req,
        })
        const findings = await collectProviderFindings({
          payload: req.payload,
          providerId,
          now: new Date(),
          req,
          provider,
        })
        return findings.map((finding) => {
          const read = readFinding(finding, language)
          return { severity: read.severity, code: read.code, message: read.message }
        })
      }
      // Each page's open findings on what it publishes, each waiting page's on its latest draft.
      const pages = await Promise.all(
        preview.pages.map(async (page) => ({
          ...page,
          findings: page.providerId ? await findingsOf(page.providerId, false) : [],
        })),
      )
      const awaiting = await Promise.all(
        preview.awaiting.map(async (ref) => ({ ...ref, findings: await findingsOf(ref.id, true) })),
      )
      return Response.json({ target: siteDir, ...preview, pages, awaiting })
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
      const code = isDraft ? 'provider.not-found' : 'provider.not-published'
      return refusal(req, code, message(code, { id }), 404)
    }
    return new Response(markdown, {
      status: 200,
      headers: { 'content-type': 'text/markdown; charset=utf-8' },
    })
  },
}
