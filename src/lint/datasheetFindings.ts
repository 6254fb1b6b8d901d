import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import { message } from '../i18n/messages'
import type { StoredDatasheetRow, StoredLegalLink } from '../mapping/datasheet'
import { datasheetFacts, legalFacts } from '../mapping/facts'

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
  const rows = args.datasheet.flatMap((row, index) => {
    if (!row.fact || !row.value) return []
    const value = fieldValue(row.fact)
    if (isConsistentRow({ row: row.value, field: value })) return []
    return [
      makeFinding({
        code: 'datasheet.mismatch',
        message: message('datasheet.mismatch.row', {
          label: labelOfFact.get(row.fact) ?? row.fact,
          row: row.value,
          field: row.fact,
          fieldValue: value,
        }),
        field: `datasheet.${index}.value`,
        value: row.value,
      }),
    ]
  })
  const links = args.legalLinks.flatMap((link, index) => {
    if (!link.field || !link.text) return []
    const value = fieldValue(link.field)
    if (value !== '' && link.text.includes(value)) return []
    return [
      makeFinding({
        code: 'datasheet.mismatch',
        message: message('datasheet.mismatch.legal-link', {
          label: labelOfLegal.get(link.field) ?? link.field,
          text: link.text,
          field: link.field,
          fieldValue: value,
        }),
        field: `legalLinks.${index}.text`,
        value: link.text,
      }),
    ]
  })
  return [...rows, ...links]
}
