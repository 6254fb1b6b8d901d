import type { Endpoint } from 'payload'

import { exportAccessProblem } from './exportAccessProblem'
import { exportErrorResponse } from './exportErrorResponse'
import { previewExport } from './plan'

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
