import type { Payload, Where } from 'payload'

import type { CandidateProvider, DigestUser } from './planDigests'

/**
 * The users a run may mail: the reviewers its candidate providers and the providers of its open source
 * changes name (`routes`), and every admin (they get the unassigned ones). A reviewer id that no longer
 * exists is simply not returned; `planDigests` then routes that provider to the admins.
 *
 * System work on behalf of no person: the Local API's default `overrideAccess: true` is intended.
 */
export const loadDigestUsers = async (args: {
  payload: Payload
  /** Candidate providers and open source changes: whatever names a reviewer to route to. */
  routes: Pick<CandidateProvider, 'reviewerId'>[]
}): Promise<DigestUser[]> => {
  const { payload, routes } = args
  if (routes.length === 0) return []
  const reviewerIds = [
    ...new Set(routes.flatMap((route) => (route.reviewerId ? [route.reviewerId] : []))),
  ]
  const admins: Where = { roles: { in: ['admin'] } }
  const result = await payload.find({
    collection: 'users',
    depth: 0,
    pagination: false,
    where: reviewerIds.length > 0 ? { or: [admins, { id: { in: reviewerIds } }] } : admins,
    select: { email: true, name: true, roles: true, language: true },
  })
  return result.docs.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name ?? null,
    roles: user.roles ?? [],
    language: user.language === 'en' ? 'en' : 'de',
  }))
}
