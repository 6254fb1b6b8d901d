import type { Where } from 'payload'

const pairsOf = (prefix: string, value: unknown): [string, string][] => {
  if (Array.isArray(value)) return [[prefix, value.map(String).join(',')]]
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => pairsOf(`${prefix}[${key}]`, inner))
  }
  return [[prefix, String(value)]]
}

/**
 * A `where` as the admin list reads it from its address:
 * `{ reviewState: { equals: 'in_review' } }` → `where[reviewState][equals]=in_review`.
 * Arrays (for `in`) are joined with commas, which Payload splits again.
 */
export const whereQueryString = (where: Where): string =>
  pairsOf('where', where)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')
