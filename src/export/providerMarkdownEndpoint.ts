import type { Endpoint } from 'payload'

import { teamOnlyResponse } from '../access/teamOnlyResponse'
import { renderProviderPage } from './published'

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
