/** The id of a relationship value, populated (`{ id }`) or not. */
export const idOf = (value: unknown): string | null => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return null
}

/** The ids of a hasMany relationship value (`editedBy`, …), populated or not; none for empty. */
export const idsOf = (values: readonly unknown[] | null | undefined): string[] =>
  (values ?? []).flatMap((value) => idOf(value) ?? [])
