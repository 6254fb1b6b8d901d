import type { Payload, PayloadRequest } from 'payload'

import { renderPage } from '../markdown/renderPage'
import { pageFromProvider } from '../mapping/pageFromProvider'

/**
 * One provider's page as export writes it: the published version by default, the
 * latest draft with `isDraft` (the admin's preview). Everything the page prints is in
 * that one revision. Reads as `req.user` with access control on; `null` when that
 * person may not see such a version.
 */
export const renderProviderPage = async ({
  payload,
  req,
  id,
  isDraft,
}: {
  payload: Payload
  req: PayloadRequest
  id: string
  isDraft: boolean
}): Promise<string | null> => {
  const { docs } = await payload.find({
    collection: 'providers',
    where: isDraft
      ? { id: { equals: id } }
      : { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: isDraft,
    limit: 1,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const provider = docs[0]
  if (!provider) return null
  const isPublished = !isDraft || provider._status === 'published'
  return renderPage(pageFromProvider({ provider, isPublished }))
}
