/**
 * The texts of a revision as lint reads them (every string each field holds) and the
 * scraped e-mail placeholders in them. Pure.
 */
import { derivedEntryKeysByList, fieldsWithRole } from '../../collections/fields/providerFieldRoles'
import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import { message } from '../i18n/messages'

export type ProviderText = { field: string; text: string }

/**
 * What Cloudflare's e-mail obfuscation leaves in scraped text: `[email protected]`,
 * also with `&#160;`, `&nbsp;` or a no-break space, and its `/cdn-cgi/l/email-protection` links.
 */
const placeholder =
  /\[email(?:\s|&#160;|&#xa0;|&nbsp;|\u00a0)+protected\]|\/cdn-cgi\/l\/email-protection[#\w-]*/gi

const lineAround = (text: string, index: number): string => {
  const start = text.lastIndexOf('\n', index) + 1
  const end = text.indexOf('\n', index)
  return text.slice(start, end === -1 ? undefined : end).trim()
}

/** `text.obfuscated-email` for each scraped e-mail placeholder; `value` is the line it stands in. */
export const obfuscatedEmailFindings = (texts: readonly ProviderText[]): Finding[] =>
  texts.flatMap(({ field, text }) =>
    [...text.matchAll(placeholder)].map((match) =>
      makeFinding({
        code: 'text.obfuscated-email',
        message: message('text.obfuscated-email', { field, placeholder: match[0] }),
        field,
        value: lineAround(text, match.index),
      }),
    ),
  )

/** Fields that hold no page text: Payload's own (ids, dates), the review workflow. */
const skippedFields = fieldsWithRole('system', 'workflow')

/** Keys of stored JSON that are structure, not text (Slate node types, row ids). */
const structuralKeys: ReadonlySet<string> = new Set([
  'id',
  'type',
  'align',
  'bare',
  'start',
  // What the source rule wrote into citations and audits: its own messages, not page text.
  ...(derivedEntryKeysByList.get('citations') ?? []),
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
