import type { Payload } from 'payload'

import { idOf } from '../db/idOf'
import type { CandidateProvider } from './planDigests'
import {
  effectiveIntervalDays,
  loadCategoryIntervals,
  scanCutoff,
  smallestIntervalDays,
} from './staleness'

/**
 * The providers that may be stale or due soon on `now`'s day, each with the interval that applies to it.
 *
 * Cost: one indexed range query on `updated` (`updated <= now - (smallest interval - 14 days)`), so a run
 * reads the stale and nearly stale providers, not all of them. The smallest interval in use is the
 * minimum of the default (180), the category defaults of the reminder settings and the smallest
 * per-provider `reviewIntervalDays` (`smallestIntervalDays`). The caller re-checks every hit with its
 * own interval (`planDigests` → `stalenessOf`), so a provider with a longer interval that the wide range
 * returns is dropped there.
 *
 * Drafts are included (`draft: true` reads each provider's latest version): `updated` only changes on
 * approval, so the latest version carries the date of the last approval either way, and a profile that
 * was imported as a draft with an `updated` date still gets its reminder.
 *
 * All Local API calls here are system work on behalf of no person: the default `overrideAccess: true`
 * applies on purpose (no `user` exists to check).
 */

export const loadCandidates = async (args: {
  payload: Payload
  now: Date
}): Promise<CandidateProvider[]> => {
  const { payload, now } = args
  const categoryIntervals = await loadCategoryIntervals({ payload })
  const cutoff = scanCutoff({
    now,
    smallestIntervalDays: await smallestIntervalDays({ payload, categoryIntervals }),
  })
  const result = await payload.find({
    collection: 'providers',
    draft: true,
    depth: 0,
    pagination: false,
    where: { updated: { less_than_equal: cutoff.toISOString() } },
    sort: 'updated',
    select: {
      name: true,
      slug: true,
      category: true,
      updated: true,
      reviewIntervalDays: true,
      reviewer: true,
    },
  })
  return result.docs.map((provider) => ({
    id: provider.id,
    slug: provider.slug,
    name: provider.name,
    updated: provider.updated ?? null,
    reviewIntervalDays: effectiveIntervalDays({
      reviewIntervalDays: provider.reviewIntervalDays,
      category: provider.category,
      categoryIntervals,
    }),
    reviewerId: idOf(provider.reviewer),
  }))
}
