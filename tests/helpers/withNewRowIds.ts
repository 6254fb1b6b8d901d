import { randomBytes } from 'node:crypto'

/**
 * A deep copy of a stored document whose array rows get new ids (Payload's row ids
 * are primary keys), so the copy can be inserted as a document of its own.
 */
export const withNewRowIds = (value: unknown, isRow = false): unknown => {
  if (Array.isArray(value)) return value.map((item) => withNewRowIds(item, true))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === 'id' && isRow ? randomBytes(12).toString('hex') : withNewRowIds(item),
    ]),
  )
}
