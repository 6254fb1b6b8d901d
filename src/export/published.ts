import type { Payload, PayloadRequest } from 'payload'

import { pageFromProvider } from '../mapping/pageFromProvider'
import { renderPage } from '../markdown/page'

/** Bump when the template or the mapping changes, so every page is rendered anew. */
const exporterVersion = '2'

export type PublishedRef = { id: string; slug: string; fingerprint: string }

/**
 * Every published provider with a fingerprint of what its page is made of: the
 * published revision alone (its citations, audits and Datenblatt are part of it), read
 * without loading the pages themselves, so an unchanged site costs one narrow query.
 */
export const listPublished = async (payload: Payload): Promise<PublishedRef[]> => {
  const { docs } = await payload.find({
    collection: 'providers',
    where: { _status: { equals: 'published' } },
    draft: false,
    pagination: false,
    depth: 0,
    select: { slug: true, updatedAt: true },
  })
  return docs.map((doc) => ({
    id: doc.id,
    slug: doc.slug,
    fingerprint: [exporterVersion, doc.updatedAt].join('|'),
  }))
}

/** How many providers export reads, renders and writes at a time: memory stays bounded by it. */
export const exportBatchSize = 200

/** Renders the published page of each given provider (one batch, read in one query). */
export const renderPublished = async ({
  payload,
  ids,
}: {
  payload: Payload
  ids: readonly string[]
}): Promise<Map<string, string>> => {
  const pages = new Map<string, string>()
  if (ids.length === 0) return pages
  const { docs: providers } = await payload.find({
    collection: 'providers',
    where: { id: { in: [...ids] } },
    draft: false,
    pagination: false,
    depth: 0,
  })
  for (const provider of providers) {
    pages.set(provider.id, renderPage(pageFromProvider({ provider, isPublished: true })))
  }
  return pages
}

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
