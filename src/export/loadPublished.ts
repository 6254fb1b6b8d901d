import type { Payload } from 'payload'

import type { Provider } from '../payload-types'
import { pageFromProvider } from './pageFromProvider'
import { renderPage } from '../markdown/renderPage'

/** Bump when the template or the mapping changes, so every page is rendered anew. */
const exporterVersion = '1'

export type PublishedRef = { id: string; slug: string; fingerprint: string }

type Stamp = { count: number; latest: string }

/** Count and newest `updatedAt` of a provider's sources or audits, from one narrow query. */
const stampsOf = async ({
  payload,
  collection,
}: {
  payload: Payload
  collection: 'sources' | 'audits'
}): Promise<Map<string, Stamp>> => {
  const { docs } = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    select: { provider: true, updatedAt: true },
  })
  const stamps = new Map<string, Stamp>()
  for (const doc of docs) {
    const providerId = typeof doc.provider === 'string' ? doc.provider : doc.provider?.id
    if (!providerId) continue
    const stamp = stamps.get(providerId) ?? { count: 0, latest: '' }
    stamp.count += 1
    if (doc.updatedAt > stamp.latest) stamp.latest = doc.updatedAt
    stamps.set(providerId, stamp)
  }
  return stamps
}

/**
 * Every published provider with a fingerprint of what its page is made of (the
 * published revision, its sources and audits), read without loading the pages
 * themselves, so an unchanged site costs a few narrow queries.
 */
export const listPublished = async (payload: Payload): Promise<PublishedRef[]> => {
  const [{ docs }, sources, audits] = await Promise.all([
    payload.find({
      collection: 'providers',
      where: { _status: { equals: 'published' } },
      draft: false,
      pagination: false,
      depth: 0,
      select: { slug: true, updatedAt: true },
    }),
    stampsOf({ payload, collection: 'sources' }),
    stampsOf({ payload, collection: 'audits' }),
  ])
  return docs.map((doc) => {
    const source = sources.get(doc.id)
    const audit = audits.get(doc.id)
    return {
      id: doc.id,
      slug: doc.slug,
      fingerprint: [
        exporterVersion,
        doc.updatedAt,
        source?.count ?? 0,
        source?.latest ?? '',
        audit?.count ?? 0,
        audit?.latest ?? '',
      ].join('|'),
    }
  })
}

const groupByProvider = <T extends { provider: string | Provider }>(
  docs: readonly T[],
): Map<string, T[]> => {
  const groups = new Map<string, T[]>()
  for (const doc of docs) {
    const id = typeof doc.provider === 'string' ? doc.provider : doc.provider.id
    groups.set(id, [...(groups.get(id) ?? []), doc])
  }
  return groups
}

/** Renders the published page of each given provider, loading them in batches. */
export const renderPublished = async ({
  payload,
  ids,
  batchSize = 200,
}: {
  payload: Payload
  ids: readonly string[]
  batchSize?: number
}): Promise<Map<string, string>> => {
  const pages = new Map<string, string>()
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize)
    const [{ docs: providers }, { docs: sources }, { docs: audits }] = await Promise.all([
      payload.find({
        collection: 'providers',
        where: { id: { in: batch } },
        draft: false,
        pagination: false,
        depth: 0,
      }),
      payload.find({
        collection: 'sources',
        where: { provider: { in: batch } },
        pagination: false,
        depth: 0,
      }),
      payload.find({
        collection: 'audits',
        where: { provider: { in: batch } },
        pagination: false,
        depth: 0,
      }),
    ])
    const sourcesOf = groupByProvider(sources)
    const auditsOf = groupByProvider(audits)
    for (const provider of providers) {
      const page = pageFromProvider({
        provider,
        sources: sourcesOf.get(provider.id) ?? [],
        audits: auditsOf.get(provider.id) ?? [],
        isPublished: true,
      })
      pages.set(provider.id, renderPage(page))
    }
  }
  return pages
}
