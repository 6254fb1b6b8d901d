import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import { datasheetLabels } from './datasheetLabels'

export type DatasheetRow = { label: string; value: string }

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

/** `datasheet.mismatch` for each Datenblatt row that contradicts its frontmatter field. */
export const datasheetFindings = (args: {
  provider: Readonly<Record<string, unknown>>
  datasheet: readonly DatasheetRow[]
}): Finding[] =>
  args.datasheet.flatMap((row) => {
    const key = datasheetLabels[row.label.trim()]
    if (key === undefined) return []
    const fieldValue = normalize(args.provider[key]) === '' ? '' : String(args.provider[key])
    if (normalize(row.value) === '' || isConsistentRow({ row: row.value, field: fieldValue }))
      return []
    const stated =
      fieldValue === '' ? `the field ${key} is empty` : `the field ${key} says "${fieldValue}"`
    return [
      makeFinding({
        code: 'datasheet.mismatch',
        message: `The Datenblatt row "${row.label}" says "${row.value}", but ${stated}. Make them agree: change the field (the Datenblatt is written from it on export) or the row.`,
        field: key,
        value: row.value,
      }),
    ]
  })
