import type { Payload, PayloadRequest } from 'payload'

import type { TextDiff } from '../watch/diffText'
import { diffText } from '../watch/diffText'
import { snapshotText } from '../watch/snapshotText'
import { baselineSnapshotOf } from './baselines'

/**
 * What changed in a cited document for one profile: the snapshot the profile's last
 * approval (or confirmation, import) was made against, the snapshot given as current, and
 * the one diff between them. The watch's change record, the digest's excerpt and the
 * findings panel's diff are all cut from it, so the mail and the panel show the same pair.
 */
export type ChangeSinceApproval = {
  fromSnapshot: string | null
  toSnapshot: string | null
  before: string
  after: string
  diff: TextDiff
}

export const changeSinceApproval = async ({
  payload,
  providerId,
  sourceId,
  toSnapshot,
  fallback,
  req,
  textOf = (id) => snapshotText({ payload, id, req }),
}: {
  payload: Payload
  providerId: string
  sourceId: string
  /** The current snapshot of the source. */
  toSnapshot: string | null
  /** The baseline when the approval recorded none for the source. */
  fallback: string | null
  req?: PayloadRequest
  /** How a snapshot's text is read (the watch passes its cache). */
  textOf?: (snapshotId: string | null) => Promise<string>
}): Promise<ChangeSinceApproval> => {
  const fromSnapshot = await baselineSnapshotOf({ payload, providerId, sourceId, fallback, req })
  const before = await textOf(fromSnapshot)
  const after = await textOf(toSnapshot)
  return { fromSnapshot, toSnapshot, before, after, diff: diffText({ before, after }) }
}
