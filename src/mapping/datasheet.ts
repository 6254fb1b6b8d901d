import type { DatasheetRow, LegalLink } from '../markdown/types'
import { escapeLinkLabel } from '../markdown/escaping'
import type { DatasheetField, LegalField } from './facts'
import { datasheetFacts, legalFacts } from './facts'

/**
 * The Datenblatt is driven by the provider's fields: each row that mirrors a field
 * prints that field's value (plus the row's own note), each "Rechtliches" link the
 * field's URL. What the page has beyond that (a row with no field, a row kept as it
 * stood because it contradicted its field) is stored verbatim next to the fields.
 */

/** What a page says for a field that has no value. */
export const notStated = 'Nicht angegeben'

/**
 * One stored Datenblatt row. With `fact`, the row prints that field (and `note` after
 * it); a `value` there is the row as it stood on an imported page, kept because it
 * contradicted the field (`datasheet.mismatch` until an editor clears it). Without
 * `fact`, `label` and `value` are the row as it is (e.g. "Zahlungsabwicklung").
 */
export type StoredDatasheetRow = {
  fact?: DatasheetField | null
  label?: string | null
  note?: string | null
  value?: string | null
}

/**
 * One stored "Rechtliches" link. With `field`, the link prints that field's URL (with
 * `title`, else "<name> <default title>"), or its text when it is no URL; a `text`
 * there is the item as it stood on an imported page, kept because it did not match
 * the field. Without `field`, `label` and `text` (markdown after "label: ") are the item.
 */
export type StoredLegalLink = {
  field?: LegalField | null
  label?: string | null
  title?: string | null
  text?: string | null
}

export type FieldValues = Readonly<Record<string, unknown>>

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '')

/** A field's value as a Datenblatt cell: the value, or "Nicht angegeben" when empty. */
export const shownValue = (value: unknown): string => textOf(value).trim() || notStated

const isUrl = (value: string): boolean => /^https?:\/\/\S+$/i.test(value.trim())

const factByLabel = new Map<string, DatasheetField>(
  datasheetFacts.map((fact) => [fact.label, fact.field]),
)
const legalByLabel = new Map<string, (typeof legalFacts)[number]>(
  legalFacts.map((legal) => [legal.label, legal]),
)
const labelOfFact = new Map<string, string>(datasheetFacts.map((fact) => [fact.field, fact.label]))
const legalOfField = new Map<string, (typeof legalFacts)[number]>(
  legalFacts.map((legal) => [legal.field, legal]),
)

const isBlank = (value: string | null | undefined): boolean => !value

/** The row as the page prints it. */
export const printedRow = ({
  row,
  fields,
}: {
  row: StoredDatasheetRow
  fields: FieldValues
}): DatasheetRow => {
  if (!row.fact) return { label: row.label ?? '', value: row.value ?? '' }
  const label = labelOfFact.get(row.fact) ?? row.label ?? row.fact
  if (!isBlank(row.value)) return { label, value: row.value ?? '' }
  const shown = shownValue(fields[row.fact])
  return { label, value: row.note ? `${shown} ${row.note}` : shown }
}

/** A page's row as stored: mirrored when the field explains it, verbatim otherwise. */
export const storedRow = ({
  row,
  fields,
}: {
  row: DatasheetRow
  fields: FieldValues
}): StoredDatasheetRow => {
  const fact = factByLabel.get(row.label)
  if (!fact) return { fact: null, label: row.label, value: row.value }
  const shown = shownValue(fields[fact])
  const note = row.value.startsWith(`${shown} `) ? row.value.slice(shown.length + 1) : null
  const mirrored: StoredDatasheetRow = row.value === shown ? { fact } : { fact, note }
  const isExplained =
    (row.value === shown || Boolean(note)) &&
    printedRow({ row: mirrored, fields }).value === row.value
  return isExplained ? mirrored : { fact, value: row.value }
}

const defaultTitle = ({ field, fields }: { field: LegalField; fields: FieldValues }): string =>
  `${textOf(fields.name)} ${legalOfField.get(field)?.title ?? field}`

/** The link as the page prints it: `label` and the markdown after "label: ". */
export const printedLegalLink = ({
  link,
  fields,
}: {
  link: StoredLegalLink
  fields: FieldValues
}): LegalLink => {
  if (!link.field) return { label: link.label ?? '', title: link.text ?? '', url: null }
  const label = legalOfField.get(link.field)?.label ?? link.label ?? link.field
  if (!isBlank(link.text)) return { label, title: link.text ?? '', url: null }
  const target = textOf(fields[link.field]).trim()
  if (!isUrl(target)) return { label, title: shownValue(target), url: null }
  const title = link.title
    ? escapeLinkLabel(link.title)
    : defaultTitle({ field: link.field, fields })
  return { label, title, url: target }
}

/** The markdown of a link item after "label: " (as `printLinkItem` writes it). */
const linkMarkdown = (link: LegalLink): string =>
  link.url === null ? link.title : `[${link.title}](${link.url})`

/** A page's link as stored: from its field when the field gives exactly it, verbatim otherwise. */
export const storedLegalLink = ({
  link,
  fields,
}: {
  link: LegalLink
  fields: FieldValues
}): StoredLegalLink => {
  const legal = legalByLabel.get(link.label)
  const text = linkMarkdown(link)
  if (!legal) return { field: null, label: link.label, text }
  const candidates: StoredLegalLink[] = [
    { field: legal.field },
    { field: legal.field, title: link.title },
  ]
  const match = candidates.find(
    (candidate) => linkMarkdown(printedLegalLink({ link: candidate, fields })) === text,
  )
  return match ?? { field: legal.field, text }
}

/** The row of the template without a field, before "Jurisdiktion". */
const paymentRow: StoredDatasheetRow = { fact: null, label: 'Zahlungsabwicklung', value: notStated }

/** The rows a new provider starts with: the template's Datenblatt (as on the seed page). */
export const defaultDatasheet = (): StoredDatasheetRow[] =>
  datasheetFacts
    .filter((fact) => fact.isTemplateRow)
    .flatMap((fact): StoredDatasheetRow[] =>
      fact.field === 'jurisdiction'
        ? [{ ...paymentRow }, { fact: fact.field }]
        : [{ fact: fact.field }],
    )

/** The links a new provider starts with: the four legal links, each from its field. */
export const defaultLegalLinks = (): StoredLegalLink[] =>
  legalFacts.map((legal) => ({ field: legal.field }))
