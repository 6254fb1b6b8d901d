import type { Payload, Where } from 'payload'

import { inBatches } from './inBatches'
import type { OpenSourceChange } from './planDigests'
import { idOf } from '../db/idOf'
import { readClaimChanges } from '../evidence/verify'
import { openChangesWhere } from '../sources/sourceChanges'

/**
 * The source changes the digest mails: the open ones (no `clearedAt`: no approval since the change)
 * and the notes on changes whose quotes all held (`loadHeldSourceChanges`), with what routing and the
 * mail need from their providers: name, slug and reviewer. Two queries: the changes (indexed on
 * `clearedAt`), then their providers by id in batches.
 *
 * Providers are read as their latest version (`draft: true`), like `loadCandidates`, so a change routes
 * to the same reviewer as the profile's staleness reminder. A change whose provider no longer exists is
 * left out: there is no profile left to review.
 *
 * System work on behalf of no person: the Local API's default `overrideAccess: true` is intended.
 */

/** How far back the digest looks for notes on changes whose quotes all held (a week's digests and then some). */
export const heldNoteDays = 14

/** The changes the watch recorded cleared because every quoted passage held, detected since `since`. */
const heldChangesWhere = (since: Date): Where => ({
  and: [
    { isEvidenceHeld: { equals: true } },
    { detectedAt: { greater_than_equal: since.toISOString() } },
  ],
})

export const loadOpenSourceChanges = (args: { payload: Payload }): Promise<OpenSourceChange[]> =>
  loadSourceChanges({ payload: args.payload, where: openChangesWhere() })

/**
 * The notes "geändert, Belege unberührt": changes of the last `heldNoteDays` days before `now`
 * recorded cleared because every quote of the profile still stood, with their providers.
 */
export const loadHeldSourceChanges = (args: {
  payload: Payload
  now: Date
}): Promise<OpenSourceChange[]> =>
  loadSourceChanges({
    payload: args.payload,
    where: heldChangesWhere(new Date(args.now.getTime() - heldNoteDays * 24 * 60 * 60 * 1000)),
  })

const loadSourceChanges = async (args: {
  payload: Payload
  where: Where
}): Promise<OpenSourceChange[]> => {
  const { payload, where } = args
  const changes = await payload.find({
    collection: 'sourceChanges',
    depth: 0,
    pagination: false,
    where,
    sort: 'detectedAt',
    select: { provider: true, url: true, excerpt: true, claims: true, detectedAt: true },
  })
  if (changes.docs.length === 0) return []
  const providerIds = [...new Set(changes.docs.flatMap((change) => idOf(change.provider) ?? []))]
  const providers = new Map<string, { slug: string; name: string; reviewerId: string | null }>()
  for (const batch of inBatches(providerIds)) {
    const found = await payload.find({
      collection: 'providers',
      draft: true,
      depth: 0,
      pagination: false,
      where: { id: { in: batch } },
      select: { name: true, slug: true, reviewer: true },
    })
    for (const provider of found.docs) {
      providers.set(provider.id, {
        slug: provider.slug,
        name: provider.name,
        reviewerId: idOf(provider.reviewer),
      })
    }
  }
  return changes.docs.flatMap((change) => {
    const providerId = idOf(change.provider)
    const provider = providerId ? providers.get(providerId) : undefined
    if (!providerId || !provider) return []
    return [
      {
        id: change.id,
        url: change.url,
        excerpt: change.excerpt ?? '',
        claims: readClaimChanges(change.claims),
        detectedAt: change.detectedAt,
        providerId,
        providerSlug: provider.slug,
        providerName: provider.name,
        reviewerId: provider.reviewerId,
      },
    ]
  })
}

/**
 * The URLs of the given source changes, by change id (for the summary of a retried entry); a note
 * on a change whose quotes all held is no changed source and is left out.
 */
export const loadSourceUrls = async (args: {
  payload: Payload
  ids: string[]
}): Promise<Map<string, string>> => {
  const urls = new Map<string, string>()
  for (const batch of inBatches([...new Set(args.ids)])) {
    const found = await args.payload.find({
      collection: 'sourceChanges',
      depth: 0,
      pagination: false,
      where: { id: { in: batch } },
      select: { url: true, isEvidenceHeld: true },
    })
    for (const change of found.docs) if (!change.isEvidenceHeld) urls.set(change.id, change.url)
  }
  return urls
}
