/**
 * Frozen for migration `20261201_132713_revision_holds_the_page`: how a page's Datenblatt
 * rows and legal links were stored, and how a cited URL was normalized, when the migration
 * moved them into the provider's revision (copied from `src/mapping/datasheet.ts`,
 * `src/mapping/facts.ts`, `src/markdown/slateCodec.ts` (since split into `printMarkdown.ts`,
 * `slateFromMarkdown.ts` and `escaping.ts`) and `src/sources/vendors.ts`).
 *
 * Why frozen: a migration must do the same thing on every database it ever meets, so its
 * data step cannot follow the live mapping, which changes with the site (a new Datenblatt
 * row, another escape). Never edit this file to follow the live code; a new meaning is a
 * new migration.
 */

type Row = { label: string; value: string }
type Link = { label: string; title: string; url: string | null }
type StoredRow = {
  fact?: string | null
  label?: string | null
  note?: string | null
  value?: string | null
}
type StoredLink = {
  field?: string | null
  label?: string | null
  title?: string | null
  text?: string | null
}
type Fields = Readonly<Record<string, unknown>>

/** The Datenblatt rows that mirror a provider field: field → the row's label. */
const datasheetLabels = {
  name: 'Anbieter',
  category: 'Kategorie',
  website: 'Website',
  repo: 'Quellcode',
  license: 'Lizenz',
  pricing: 'Preismodell',
  free_tier: 'Free Tier',
  open_source: 'Open Source',
  self_host_possible: 'Self-Hosting möglich',
  account_required: 'Konto erforderlich',
  phone_required: 'Telefon erforderlich',
  kyc_required: 'KYC erforderlich',
  jurisdiction: 'Jurisdiktion',
  region: 'Region',
  logs: 'Logs',
  retention_notes: 'Retention',
} as const

/** The "Rechtliches (Anbieterlinks)" links that come from a provider field. */
const legalLinks = {
  privacy: { label: 'Privacy Policy', title: 'Privacy Policy' },
  terms: { label: 'AGB/Terms', title: 'Terms of Service' },
  transparency: { label: 'Transparency Report', title: 'Transparency Report' },
  warrant_canary: { label: 'Warrant Canary', title: 'Warrant Canary' },
} as const

/** The provider columns the rows and links can follow. */
export const factColumns = [
  ...new Set([...Object.keys(datasheetLabels), ...Object.keys(legalLinks)]),
]

const factByLabel = new Map<string, string>(
  Object.entries(datasheetLabels).map(([field, label]) => [label, field]),
)
const legalByLabel = new Map<string, { field: string; label: string; title: string }>(
  Object.entries(legalLinks).map(([field, legal]) => [legal.label, { field, ...legal }]),
)
const labelOfFact = new Map<string, string>(Object.entries(datasheetLabels))
const legalOfField = new Map<string, { label: string; title: string }>(Object.entries(legalLinks))

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '')

const shownValue = (value: unknown): string => textOf(value).trim() || 'Nicht angegeben'

const isUrl = (value: string): boolean => /^https?:\/\/\S+$/i.test(value.trim())

const escapeLinkLabel = (text: string): string =>
  text
    .replace(/[\\[\]]/g, (char) => `\\${char}`)
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')

const printedRow = ({ row, fields }: { row: StoredRow; fields: Fields }): Row => {
  if (!row.fact) return { label: row.label ?? '', value: row.value ?? '' }
  const label = labelOfFact.get(row.fact) ?? row.label ?? row.fact
  if (row.value) return { label, value: row.value }
  const shown = shownValue(fields[row.fact])
  return { label, value: row.note ? `${shown} ${row.note}` : shown }
}

/** A page's row as stored: mirrored when the field explains it, verbatim otherwise. */
export const storedRow = ({ row, fields }: { row: Row; fields: Fields }): StoredRow => {
  const fact = factByLabel.get(row.label)
  if (!fact) return { fact: null, label: row.label, value: row.value }
  const shown = shownValue(fields[fact])
  const note = row.value.startsWith(`${shown} `) ? row.value.slice(shown.length + 1) : null
  const mirrored: StoredRow = row.value === shown ? { fact } : { fact, note }
  const isExplained =
    (row.value === shown || Boolean(note)) &&
    printedRow({ row: mirrored, fields }).value === row.value
  return isExplained ? mirrored : { fact, value: row.value }
}

const printedLegalLink = ({ link, fields }: { link: StoredLink; fields: Fields }): Link => {
  if (!link.field) return { label: link.label ?? '', title: link.text ?? '', url: null }
  const label = legalOfField.get(link.field)?.label ?? link.label ?? link.field
  if (link.text) return { label, title: link.text, url: null }
  const target = textOf(fields[link.field]).trim()
  if (!isUrl(target)) return { label, title: shownValue(target), url: null }
  const title = link.title
    ? escapeLinkLabel(link.title)
    : `${textOf(fields.name)} ${legalOfField.get(link.field)?.title ?? link.field}`
  return { label, title, url: target }
}

const linkMarkdown = (link: Link): string =>
  link.url === null ? link.title : `[${link.title}](${link.url})`

/** A page's link as stored: from its field when the field gives exactly it, verbatim otherwise. */
export const storedLegalLink = ({ link, fields }: { link: Link; fields: Fields }): StoredLink => {
  const legal = legalByLabel.get(link.label)
  const text = linkMarkdown(link)
  if (!legal) return { field: null, label: link.label, text }
  const candidates: StoredLink[] = [
    { field: legal.field },
    { field: legal.field, title: link.title },
  ]
  const match = candidates.find(
    (candidate) => linkMarkdown(printedLegalLink({ link: candidate, fields })) === text,
  )
  return match ?? { field: legal.field, text }
}

/** The form in which the registry stores a cited URL: absolute http(s), no fragment; `null` otherwise. */
export const normalizedUrl = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? ''
  if (!URL.canParse(trimmed)) return null
  const url = new URL(trimmed)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  url.hash = ''
  return url.href
}
