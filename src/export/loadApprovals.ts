import type { Payload } from 'payload'

import type { User } from '../payload-types'

export type Approval = { reviewer: string; reviewedAt: string }

const personOf = (reviewer: string | User | null | undefined): string => {
  if (!reviewer || typeof reviewer === 'string') return 'an unknown reviewer (user deleted)'
  return reviewer.name?.trim()
    ? `${reviewer.name.trim()} <${reviewer.email}>`
    : `<${reviewer.email}>`
}

/**
 * The latest approval of each provider (by slug): the approval publishes, so it is the
 * approval of the published version the export wrote. System read: no person's access applies.
 */
export const loadApprovals = async ({
  payload,
  slugs,
}: {
  payload: Payload
  slugs: readonly string[]
}): Promise<Map<string, Approval>> => {
  const approvals = new Map<string, Approval>()
  if (slugs.length === 0) return approvals
  const { docs: providers } = await payload.find({
    collection: 'providers',
    where: { slug: { in: [...slugs] } },
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  const slugOf = new Map(providers.map((provider) => [provider.id, provider.slug]))
  const { docs: reviews } = await payload.find({
    collection: 'reviews',
    where: { and: [{ provider: { in: [...slugOf.keys()] } }, { outcome: { equals: 'approved' } }] },
    sort: '-reviewedAt',
    pagination: false,
    depth: 1,
  })
  for (const review of reviews) {
    const providerId = typeof review.provider === 'string' ? review.provider : review.provider.id
    const slug = slugOf.get(providerId)
    if (!slug || approvals.has(slug)) continue
    approvals.set(slug, { reviewer: personOf(review.reviewer), reviewedAt: review.reviewedAt })
  }
  return approvals
}
