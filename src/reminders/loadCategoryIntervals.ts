import type { Payload, PayloadRequest } from 'payload'

import type { CategoryInterval } from './effectiveIntervalDays'

/**
 * The review interval per category from the reminder settings. A system read (the
 * settings are admin-only to edit, but they apply to everyone's staleness).
 */
export const loadCategoryIntervals = async ({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<CategoryInterval[]> => {
  const settings = await payload.findGlobal({
    slug: 'reminder-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (settings.categoryIntervals ?? []).map(({ category, days }) => ({ category, days }))
}
