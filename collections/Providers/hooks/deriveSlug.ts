import type { FieldHook } from 'payload'

/** URL-safe slug from a provider name: lower case ASCII, words joined by "-". */
export const slugify = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

/** Fills an empty slug from the name; keeps a slug the editor typed. */
export const deriveSlug: FieldHook = ({ value, data }) => {
  if (typeof value === 'string' && value.trim() !== '') return slugify(value)
  const name = typeof data?.name === 'string' ? data.name : ''
  return name ? slugify(name) : value
}
