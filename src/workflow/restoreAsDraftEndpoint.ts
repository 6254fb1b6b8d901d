import type { Endpoint } from 'payload'
import { restoreVersionOperation } from 'payload'

/**
 * `POST /api/providers/versions/:id` (the admin's "restore" button): restores the
 * version as a new draft, whatever `?draft=` says, so a restore never publishes or
 * takes a profile off the site; the restorer becomes an editor of the draft (four
 * eyes). Replaces Payload's own route of that path for providers. (Payload's Local API
 * `restoreVersion` cannot restore as a draft, so `routeProviderSave` refuses it.)
 */
export const restoreAsDraftEndpoint: Endpoint = {
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const result = await restoreVersionOperation({
      id: String(req.routeParams?.id ?? ''),
      collection: req.payload.collections.providers,
      depth: 0,
      draft: true,
      req,
    })
    return Response.json(
      { ...result, message: req.t('version:restoredSuccessfully') },
      { status: 200 },
    )
  },
}
