import type { SanitizedCollectionConfig } from 'payload'

import type { Provider } from '../payload-types'
import type { ReviewAction } from './reviewActionOf'
import { changedContentFields } from './changedContentFields'
import { reviewActionOf } from './reviewActionOf'

export type ReviewStep = { action: ReviewAction; changedFields: string[] }

/** What a save of a provider does to its review, from the stored revision and the data. */
export const reviewStepOf = ({
  collection,
  data,
  originalDoc,
}: {
  collection: SanitizedCollectionConfig
  data: Partial<Provider>
  originalDoc: Provider | undefined
}): ReviewStep => {
  const fieldNames = collection.flattenedFields.map((field) => field.name)
  const changedFields = changedContentFields({
    fieldNames,
    previous: originalDoc ? { ...originalDoc } : undefined,
    next: { ...data },
  })
  const action = reviewActionOf({
    previousState: originalDoc?.reviewState,
    requestedState: data.reviewState ?? undefined,
    isContentChange: changedFields.length > 0,
  })
  return { action, changedFields }
}
