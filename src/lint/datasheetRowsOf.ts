import type { DatasheetRow } from './datasheetFindings'

type StoredRow = { label?: unknown; value?: unknown }

const rowsIn = (value: unknown): DatasheetRow[] | null =>
  Array.isArray(value)
    ? value
        .filter((row: StoredRow) => row && typeof row.label === 'string')
        .map((row: StoredRow) => ({
          label: String(row.label),
          value: typeof row.value === 'string' ? row.value : '',
        }))
    : null

/**
 * The Datenblatt rows stored with a provider: its `datasheet` array (`{ label, value }`
 * rows, as the importer writes them), else `sections.datasheet`. None: `[]`.
 */
export const datasheetRowsOf = (doc: object): DatasheetRow[] => {
  const provider = doc as { datasheet?: unknown; sections?: unknown }
  const sections = provider.sections as { datasheet?: unknown } | null | undefined
  return (
    rowsIn(provider.datasheet) ??
    rowsIn(sections && typeof sections === 'object' ? sections.datasheet : undefined) ??
    []
  )
}
