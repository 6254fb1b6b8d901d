/**
 * The lint rules on a revision's facts: a closed-set fact holding a page's value outside
 * its set, a Datenblatt fact no quoted passage supports, and a Datenblatt row or legal link
 * kept from an imported page that contradicts its field. Pure.
 */
import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'
import type { Provider } from '../payload-types'
import type { StoredDatasheetRow, StoredLegalLink } from '../mapping/datasheet'
import { datasheetFacts, closedFactKeys, legalFacts, optionValuesOf } from '../mapping/facts'
import type { FactSource } from '../mapping/factValues'
import { keptValueOf, pageFactsOf } from '../mapping/factValues'
import { factCoverageOf } from '../evidence/coverage'

/**
 * `field.unknown-value` for each closed-set fact that holds a page's value outside its
 * set (kept as it stood, no option chosen yet).
 */
export const unknownValueFindings = (provider: FactSource): Finding[] =>
  closedFactKeys.flatMap((field) => {
    const value = keptValueOf({ provider, key: field })
    if (value === null) return []
    return [
      makeFinding({
        code: 'field.unknown-value',
        message: message('field.unknown-value', {
          field,
          value,
          options: [...optionValuesOf(field)],
        }),
        field,
        value,
      }),
    ]
  })

// --- Datenblatt facts no quoted passage supports

/**
 * `claim.unsupported` for each Datenblatt fact with a value that no evidence entry names
 * as its claim (`factCoverageOf`): a warning, so an imported profile, whose facts all start
 * without evidence, is never blocked by it.
 */
export const unsupportedClaimFindings = (
  provider: FactSource & Pick<Provider, 'evidence'>,
): Finding[] =>
  factCoverageOf(provider).unsupported.map(({ field, row }) =>
    makeFinding({
      code: 'claim.unsupported',
      message: message('claim.unsupported', { field, row }),
      field,
      value: pageFactsOf(provider)[field],
    }),
  )

// --- Datenblatt rows and legal links that contradict their field

const normalize = (value: unknown): string =>
  (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : ''
  )
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\/$/, '')
    .toLowerCase()

/**
 * A row agrees with its field when both say the same (case and spacing aside), or
 * when the row adds a note after the field's value: "yes (Account ID/Recovery-Phrase)"
 * agrees with "yes"; "no" does not agree with "yes", nor "yesterday" with "yes".
 */
export const isConsistentRow = (args: { row: string; field: string }): boolean => {
  const row = normalize(args.row)
  const field = normalize(args.field)
  if (row === field) return true
  return field !== '' && row.startsWith(field) && /^[\s(]/.test(row.slice(field.length))
}

const labelOfFact = new Map<string, string>(datasheetFacts.map((fact) => [fact.field, fact.label]))
const labelOfLegal = new Map<string, string>(legalFacts.map((legal) => [legal.field, legal.label]))

/**
 * `datasheet.mismatch` for each Datenblatt row or legal link that was kept as it stood
 * on an imported page and contradicts its field. Such a row does not follow the field
 * until an editor clears its kept value.
 */
export const datasheetFindings = (args: {
  provider: Readonly<Record<string, unknown>>
  datasheet: readonly StoredDatasheetRow[]
  legalLinks: readonly StoredLegalLink[]
}): Finding[] => {
  const fieldValue = (key: string): string =>
    normalize(args.provider[key]) === '' ? '' : String(args.provider[key])
  const mismatch = (finding: { message: Message; field: string; value: string }): Finding[] => [
    makeFinding({ code: 'datasheet.mismatch', ...finding }),
  ]
  const rows = args.datasheet.flatMap((row, index) => {
    if (!row.fact || !row.value) return []
    const value = fieldValue(row.fact)
    if (isConsistentRow({ row: row.value, field: value })) return []
    const label = labelOfFact.get(row.fact) ?? row.fact
    const params = { label, row: row.value, field: row.fact, fieldValue: value }
    const detail = message('datasheet.mismatch.row', params)
    return mismatch({ message: detail, field: `datasheet.${index}.value`, value: row.value })
  })
  const links = args.legalLinks.flatMap((link, index) => {
    if (!link.field || !link.text) return []
    const value = fieldValue(link.field)
    if (value !== '' && link.text.includes(value)) return []
    const label = labelOfLegal.get(link.field) ?? link.field
    const params = { label, text: link.text, field: link.field, fieldValue: value }
    const detail = message('datasheet.mismatch.legal-link', params)
    return mismatch({ message: detail, field: `legalLinks.${index}.text`, value: link.text })
  })
  return [...rows, ...links]
}
