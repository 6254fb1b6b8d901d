import type { Payload } from 'payload'
import { cache } from 'react'
import { openChangesWhere } from '../sources/sourceChanges'

/**
 * The profiles with an open source change (a cited document changed since their last
 * approval), with the changed URLs: one narrow read per admin request, shared by the
 * list's filter and its cells. Open changes are few (they close with the next approval).
 */
export const openSourceChanges = cache(async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'sourceChanges',
    where: openChangesWhere(),
    pagination: false,
    depth: 0,
    select: { provider: true, url: true },
  })
  const byProvider = new Map<string, Set<string>>()
  for (const change of docs) {
    const id = typeof change.provider === 'object' ? change.provider.id : change.provider
    const urls = byProvider.get(String(id)) ?? new Set<string>()
    urls.add(change.url)
    byProvider.set(String(id), urls)
  }
  return byProvider
})
