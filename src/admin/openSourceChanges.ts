import type { Payload } from 'payload'
import { cache } from 'react'

import { readClaimChanges } from '../evidence/verify'
import { idOf } from '../db/idOf'
import { openChangesWhere } from '../sources/sourceChanges'

/**
 * The open source changes (a cited document changed since the profile's last approval):
 * one narrow read per admin request, shared by the list's filters and its cells. Open
 * changes are few (they close with the next approval).
 */
const openChanges = cache(async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'sourceChanges',
    where: openChangesWhere(),
    pagination: false,
    depth: 0,
    select: { provider: true, url: true, claims: true },
  })
  return docs
})

/** The profiles with an open source change, with the changed URLs. */
export const openSourceChanges = cache(async (payload: Payload) => {
  const byProvider = new Map<string, Set<string>>()
  for (const change of await openChanges(payload)) {
    const id = idOf(change.provider) ?? ''
    const urls = byProvider.get(id) ?? new Set<string>()
    urls.add(change.url)
    byProvider.set(id, urls)
  }
  return byProvider
})

/** The profiles with an open change in which a quoted passage was edited or vanished. */
export const openEvidenceChanges = cache(
  async (payload: Payload): Promise<Set<string>> =>
    new Set(
      (await openChanges(payload)).flatMap((change) =>
        readClaimChanges(change.claims).length > 0 ? [idOf(change.provider) ?? ''] : [],
      ),
    ),
)
