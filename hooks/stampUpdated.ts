import type { CollectionBeforeChangeHook } from 'payload'

import type { Provider } from '../src/payload-types'
import { isImport, nowOf } from '../src/workflow/contextFlags'
import { utcDay } from '../src/workflow/utcDay'
import { reviewStepOf } from '../src/workflow/reviewStepOf'

/**
 * What an approval does to the provider (after `enforceReviewTransition` allowed it):
 * `updated` becomes the approval day (UTC; `req.context.now` overrides the clock), the
 * list of editors since the last approval starts empty, and the revision is published.
 */
export const stampUpdated: CollectionBeforeChangeHook<Provider> = ({
  collection,
  data,
  originalDoc,
  req,
  context,
}) => {
  if (isImport(context) || !req.user) return data
  const { action } = reviewStepOf({ collection, data, originalDoc })
  if (action !== 'approve') return data
  return { ...data, updated: utcDay(nowOf(context)), editedBy: [], _status: 'published' }
}
