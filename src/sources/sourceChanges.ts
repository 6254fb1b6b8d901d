import type { Payload, PayloadRequest, Where } from 'payload'

/**
 * The open source changes: the changes of cited documents the watch recorded
 * (`sourceChanges`) that no approval answered yet (no `clearedAt`). One owner for what
 * "open" means, read by the list, the dashboard, the review box, the digest and the
 * findings, and cleared by an approval or a confirmation (all of a profile's) and by a
 * document's text coming back to what the profile was approved against (that document's).
 */

/** The open changes, of one profile and one document where given. */
export const openChangesWhere = ({
  providerId,
  sourceId,
}: { providerId?: string; sourceId?: string } = {}): Where => {
  const open: Where = { clearedAt: { exists: false } }
  const scope: Where[] = [
    ...(providerId ? [{ provider: { equals: providerId } }] : []),
    ...(sourceId ? [{ source: { equals: sourceId } }] : []),
  ]
  return scope.length === 0 ? open : { and: [...scope, open] }
}

/** Answers a profile's open changes (of one document, with `sourceId`) as of `at`. System write. */
export const clearOpenChanges = async ({
  payload,
  providerId,
  sourceId,
  at,
  req,
}: {
  payload: Payload
  providerId: string
  sourceId?: string
  at: string
  req?: Partial<PayloadRequest>
}): Promise<void> => {
  await payload.update({
    collection: 'sourceChanges',
    where: openChangesWhere({ providerId, sourceId }),
    data: { clearedAt: at },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
