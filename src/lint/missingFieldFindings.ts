import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import { message } from '../i18n/messages'

/**
 * What a published provider page needs: the name and category head the page, the
 * website anchors the vendor domains, the description is the page's meta text, and
 * privacy and terms are the two legal links every profile cites.
 */
export const requiredFields = [
  'name',
  'category',
  'website',
  'description',
  'privacy',
  'terms',
] as const

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/** `field.missing` for each required field that is empty. */
export const missingFieldFindings = (provider: Readonly<Record<string, unknown>>): Finding[] =>
  requiredFields
    .filter((field) => isEmpty(provider[field]))
    .map((field) =>
      makeFinding({
        code: 'field.missing',
        message: message('field.missing', { field }),
        field,
        value: '',
      }),
    )
