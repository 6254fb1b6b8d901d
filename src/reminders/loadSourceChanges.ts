import type { Payload, Where } from 'payload'

import { inBatches } from './inBatches'
import type { OpenSourceChange } from './planDigests'
import { idOf } from '../db/idOf'
import { readClaimChanges } from '../evidence/verify'
import { changeSinceApproval } from '../sources/snapshotDiff'
import { openChangesWhere } from '../sources/sourceChanges'
import { changeExcerpt } from '../watch/diffText'

/**
 * The source changes the digest mails: the open ones (no `clearedAt`: no approval since the change)
 * and the notes on changes whose quotes all held (`loadHeldSourceChanges`), with what routing and the
 * mail need from their providers: name, slug and reviewer. The changes (indexed on `clearedAt`), then
 * their providers and sources by id in batches. The excerpt is what changed since the profile's
 * approval up to the source's current snapshot (`changeSinceApproval`, the findings panel's pair),
 * not the text of the change's own detection: a document that changed twice shows both changes.
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
    select: {
      provider: true,
      source: true,
      url: true,
      fromSnapshot: true,
      toSnapshot: true,
      claims: true,
      detectedAt: true,
    },
  })
  if (changes.docs.length === 0) return []
  const sourceIds = [...new Set(changes.docs.flatMap((change) => idOf(change.source) ?? []))]
  const currentSnapshots = new Map<string, string | null>()
  for (const batch of inBatches(sourceIds)) {
    const found = await payload.find({
      collection: 'sources',
      depth: 0,
      pagination: false,
      where: { id: { in: batch } },
      select: { snapshot: true },
    })
    for (const source of found.docs) currentSnapshots.set(source.id, idOf(source.snapshot))
  }
  // One excerpt per profile and source: every open change of the pair shows what changed
  // since the profile's approval, as its findings panel does.
  const excerpts = new Map<string, Promise<string>>()
  const excerptOf = (change: (typeof changes.docs)[number], providerId: string) => {
    const sourceId = idOf(change.source)
    if (!sourceId) return Promise.resolve('')
    const key = JSON.stringify([providerId, sourceId])
    const excerpt =
      excerpts.get(key) ??
      changeSinceApproval({
        payload,
        providerId,
        sourceId,
        toSnapshot: currentSnapshots.get(sourceId) ?? idOf(change.toSnapshot),
        fallback: idOf(change.fromSnapshot),
      }).then(({ diff }) => changeExcerpt({ diff }))
    excerpts.set(key, excerpt)
    return excerpt
  }
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
  const loaded: OpenSourceChange[] = []
  for (const change of changes.docs) {
    const providerId = idOf(change.provider)
    const provider = providerId ? providers.get(providerId) : undefined
    if (!providerId || !provider) continue
    loaded.push({
      id: change.id,
      url: change.url,
      excerpt: await excerptOf(change, providerId),
      claims: readClaimChanges(change.claims),
      detectedAt: change.detectedAt,
      providerId,
      providerSlug: provider.slug,
      providerName: provider.name,
      reviewerId: provider.reviewerId,
    })
  }
  return loaded
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
