/**
 * Fields of a provider that are about the review, not the page: changing them is
 * no edit (no entry in `editedBy`, the review state stays).
 */
export const workflowFieldNames: ReadonlySet<string> = new Set([
  'reviewState',
  'reviewComment',
  'reviewer',
  'reviewIntervalDays',
  'updated',
  'editedBy',
  '_status',
])

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === ''

/** Equal as stored: blanks alike, objects regardless of key order. */
export const isSameValue = (a: unknown, b: unknown): boolean => {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b)
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => isSameValue(item, b[index]))
    )
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const left = a as Record<string, unknown>
    const right = b as Record<string, unknown>
    const keys = new Set([...Object.keys(left), ...Object.keys(right)])
    return [...keys].every((key) => isSameValue(left[key], right[key]))
  }
  return a === b
}

/**
 * The content fields (every field but the workflow ones) whose value differs between
 * the stored revision and the data being saved. A new provider: all given fields.
 */
export const changedContentFields = ({
  fieldNames,
  previous,
  next,
}: {
  fieldNames: readonly string[]
  previous: Readonly<Record<string, unknown>> | undefined
  next: Readonly<Record<string, unknown>>
}): string[] =>
  fieldNames.filter(
    (name) =>
      !workflowFieldNames.has(name) && name in next && !isSameValue(previous?.[name], next[name]),
  )
