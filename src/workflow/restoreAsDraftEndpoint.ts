import type { Endpoint } from 'payload'

/**
 * `POST /api/providers/versions/:id` (the admin's "restore" button): restores the
 * version as a new draft, whatever `?draft=` says, so a restore never publishes or
 * takes a profile off the site; the restorer becomes an editor of the draft (four
 * eyes). Replaces Payload's own route of that path for providers.
 */
export const restoreAsDraftEndpoint: Endpoint = {
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const doc = await req.payload.restoreVersion({
      collection: 'providers',
      id: String(req.routeParams?.id ?? ''),
      draft: true,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    return Response.json({ doc, message: req.t('version:restoredSuccessfully') }, { status: 200 })
  },
}
