import type { ProviderText } from './obfuscatedEmailFindings'

/** Fields that hold no page text: ids, dates, the review workflow. */
const skippedFields: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'reviewState',
  'reviewComment',
  'reviewer',
  'reviewIntervalDays',
  'updated',
  'editedBy',
])

/** Keys of stored JSON that are structure, not text (Slate node types, row ids). */
const structuralKeys: ReadonlySet<string> = new Set([
  'id',
  'type',
  'align',
  'bare',
  'start',
  // What the source rule wrote into citations and audits: its own messages, not page text.
  'verdict',
  'verdictReason',
  'findings',
  'source',
])

/** Every string in a value (Slate leaves, list items, verbatim markdown), one per line. */
const stringsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      structuralKeys.has(key) ? [] : stringsIn(inner),
    )
  }
  return []
}

/**
 * The texts lint reads for scraped e-mail placeholders: per field of the provider
 * (plain text, rich text, lists, the body sections), every string it holds.
 */
export const providerTexts = (doc: object): ProviderText[] =>
  Object.entries(doc).flatMap(([field, value]) => {
    if (skippedFields.has(field)) return []
    const text = stringsIn(value).join('\n')
    return text.trim() ? [{ field, text }] : []
  })
