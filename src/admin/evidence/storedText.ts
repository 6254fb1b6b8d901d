import type { PayloadRequest } from 'payload'

import { idOf } from '../../db/idOf'

/** A cited document's text as the source watch last stored it. */
export type StoredText = { text: string; fetchedAt: string }

/**
 * The latest stored text of the cited document at `url` (normalized), read as the asker
 * (`overrideAccess: false`), or `null` when the registry has no snapshot of it yet.
 * The one read of a document's text behind the evidence endpoints: the place to swap in
 * a fetch on demand.
 */
export const readStoredText = async ({
  req,
  url,
}: {
  req: PayloadRequest
  url: string
}): Promise<StoredText | null> => {
  const { docs } = await req.payload.find({
    collection: 'sources',
    where: { url: { equals: url } },
    limit: 1,
    depth: 0,
    select: { snapshot: true },
    user: req.user,
    overrideAccess: false,
    req,
  })
  const snapshotId = idOf(docs[0]?.snapshot)
  if (!snapshotId) return null
  const snapshot = await req.payload.findByID({
    collection: 'snapshots',
    id: snapshotId,
    depth: 0,
    select: { text: true, fetchedAt: true },
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return snapshot ? { text: snapshot.text ?? '', fetchedAt: snapshot.fetchedAt } : null
}
