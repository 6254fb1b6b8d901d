import type { Payload, PayloadRequest } from 'payload'

import { renderPage } from '../markdown/renderPage'
import { pageFromProvider } from './pageFromProvider'

/**
 * One provider's page as export writes it: the published version by default, the
 * latest draft with `isDraft` (the admin's preview). Reads as `req.user` with
 * access control on; `null` when that person may not see such a version.
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
  const asUser = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const { docs } = await payload.find({
    collection: 'providers',
    where: isDraft
      ? { id: { equals: id } }
      : { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: isDraft,
    limit: 1,
    ...asUser,
  })
  const provider = docs[0]
  if (!provider) return null
  const [{ docs: sources }, { docs: audits }] = await Promise.all([
    payload.find({
      collection: 'sources',
      where: { provider: { equals: id } },
      pagination: false,
      ...asUser,
    }),
    payload.find({
      collection: 'audits',
      where: { provider: { equals: id } },
      pagination: false,
      ...asUser,
    }),
  ])
  const isPublished = !isDraft || provider._status === 'published'
  return renderPage(pageFromProvider({ provider, sources, audits, isPublished }))
}
