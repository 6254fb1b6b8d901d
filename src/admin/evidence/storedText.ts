import type { PayloadRequest } from 'payload'

import { documentTextFor } from '../../evidence/documentText'
import { textFor } from '../../i18n/messages'

/** A cited document's text as the source watch last stored it. */
export type StoredText = { text: string; fetchedAt: string }

/** The registry entry of `url` (normalized) as the asker may read it, or `null`. */
const sourceOf = async (req: PayloadRequest, url: string): Promise<string | null> => {
  const { docs } = await req.payload.find({
    collection: 'sources',
    where: { url: { equals: url } },
    limit: 1,
    depth: 0,
    select: { url: true },
    user: req.user,
    overrideAccess: false,
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}

/**
 * The latest stored text of the cited document at `url` (normalized), or `null` when the
 * registry has none yet. The one read of a document's text behind the evidence endpoints
 * (`documentTextFor`: the registry is the system's; the endpoint checked that the asker
 * reads the revision that cites `url`).
 */
export const readStoredText = async ({
  req,
  url,
}: {
  req: PayloadRequest
  url: string
}): Promise<StoredText | null> => {
  const result = await textOf({ req, url, isFetchAllowed: false })
  return 'text' in result ? result : null
}

/**
 * The text for the passage picker: the stored one, else the document fetched now through
 * the watch's fetcher and recorded (an editor can quote a citation right after saving it);
 * when the fetch gave none, why, in the asker's language.
 */
export const textOf = async ({
  req,
  url,
  isFetchAllowed = true,
}: {
  req: PayloadRequest
  url: string
  isFetchAllowed?: boolean
}): Promise<StoredText | { reason: string | null }> => {
  const sourceId = await sourceOf(req, url)
  // A citation not saved yet has no registry entry: saving the draft registers it (the
  // picker says so: no reason of the server's).
  if (!sourceId) return { reason: null }
  const result = await documentTextFor({ req, sourceId, url, isFetchAllowed })
  return result.isFound
    ? { text: result.text, fetchedAt: result.fetchedAt }
    : { reason: textFor(req, result.reason) }
}
