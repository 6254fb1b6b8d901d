import type { Payload } from 'payload'

/**
 * The names colleagues see, by user id, in one read: what the review box, the review log
 * and the versions list print instead of ids. Names only (every team member may read them).
 */
export const userNames = async (
  payload: Payload,
  ids: readonly string[],
): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: [...new Set(ids)] } },
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
  })
  return new Map(docs.map((user) => [String(user.id), user.name ?? '']))
}
