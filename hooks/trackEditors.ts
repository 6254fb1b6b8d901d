import type { CollectionBeforeChangeHook } from 'payload'

import type { Provider } from '../src/payload-types'
import { isImport } from '../src/workflow/contextFlags'
import { idOf } from '../src/workflow/idOf'
import { reviewStepOf } from '../src/workflow/reviewStepOf'

/**
 * Keeps `editedBy`: everyone who changed the provider's content since its last
 * approval (four eyes: none of them may approve). A person's own value for the field
 * is ignored (field access); `stampUpdated` empties it on approval.
 */
export const trackEditors: CollectionBeforeChangeHook<Provider> = ({
  collection,
  data,
  originalDoc,
  req,
  context,
}) => {
  const { user } = req
  if (isImport(context) || !user) return data
  const previous = (originalDoc?.editedBy ?? []).map(idOf).filter((id) => id !== null)
  const { changedFields } = reviewStepOf({ collection, data, originalDoc })
  const editedBy =
    changedFields.length > 0 && !previous.includes(String(user.id))
      ? [...previous, String(user.id)]
      : previous
  return { ...data, editedBy }
}
