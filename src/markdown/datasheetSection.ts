import type { DatasheetRow, LegalLink, ProviderPage } from './types'
import { parseLinkItem, printBulletItems, printLinkItem, splitBulletItems } from './blockHelpers'

type DatasheetFields = Pick<ProviderPage, 'datasheet' | 'legalLinks' | 'auditLinks' | 'dataNotes'>

const tableHead = '| Merkmal | Wert |\n|---|---|'
const legalLabel = '**Rechtliches (Anbieterlinks):**'
const auditsLabel = '**Audits (laut Anbieter):**'
const notesLabel = '**Daten-Notizen (kurz):**'

const escapeCell = (value: string): string => value.replace(/\|/g, '\\|')
const unescapeCell = (value: string): string => value.replace(/\\\|/g, '|')

const parseRow = (line: string): DatasheetRow | null => {
  const match = /^\| ((?:[^|\\]|\\.)*?) \| (.*) \|$/.exec(line)
  return match ? { label: unescapeCell(match[1] ?? ''), value: unescapeCell(match[2] ?? '') } : null
}

const parseLegal = (item: string): LegalLink | null => {
  const colon = item.indexOf(': ')
  if (colon <= 0 || item.includes('\n')) return null
  return { label: item.slice(0, colon), ...parseLinkItem(item.slice(colon + 2)) }
}

/** A labelled bullet block (`**Label:**` then `- ` lines) → its items, or `null`. */
const labelledItems = ({
  part,
  label,
}: {
  part: string | undefined
  label: string
}): string[] | null =>
  part?.startsWith(`${label}\n`) ? splitBulletItems(part.slice(label.length + 1)) : null

/**
 * Datenblatt: the `Merkmal | Wert` table, the legal links, the audits and the
 * data notes, each block optional but in this order. `null` when the section
 * has another shape.
 */
export const parseDatasheet = (content: string): DatasheetFields | null => {
  const parts = content === '' ? [] : content.split('\n\n')
  const fields: DatasheetFields = { datasheet: [], legalLinks: [], auditLinks: [], dataNotes: '' }
  let index = 0
  if (parts[index]?.startsWith(`${tableHead}\n`)) {
    const rows = (parts[index] ?? '').split('\n').slice(2).map(parseRow)
    if (rows.some((row) => row === null)) return null
    fields.datasheet = rows as DatasheetRow[]
    index += 1
  }
  const legal = labelledItems({ part: parts[index], label: legalLabel })
  if (legal) {
    const links = legal.map(parseLegal)
    if (links.some((link) => link === null)) return null
    fields.legalLinks = links as LegalLink[]
    index += 1
  }
  const audits = labelledItems({ part: parts[index], label: auditsLabel })
  if (audits) {
    fields.auditLinks = audits.map(parseLinkItem)
    index += 1
  }
  if (parts[index]?.startsWith(`${notesLabel}\n`)) {
    fields.dataNotes = parts
      .slice(index)
      .join('\n\n')
      .slice(notesLabel.length + 1)
    index = parts.length
  }
  return index === parts.length ? fields : null
}

export const printDatasheet = (page: DatasheetFields): string => {
  const blocks: string[] = []
  const rows = page.datasheet ?? []
  if (rows.length > 0) {
    blocks.push(
      [
        tableHead,
        ...rows.map((row) => `| ${escapeCell(row.label)} | ${escapeCell(row.value)} |`),
      ].join('\n'),
    )
  }
  const legal = page.legalLinks ?? []
  if (legal.length > 0) {
    blocks.push(
      [legalLabel, ...legal.map((link) => `- ${link.label}: ${printLinkItem(link)}`)].join('\n'),
    )
  }
  const audits = page.auditLinks ?? []
  if (audits.length > 0)
    blocks.push(`${auditsLabel}\n${printBulletItems(audits.map(printLinkItem))}`)
  if (page.dataNotes) blocks.push(`${notesLabel}\n${page.dataNotes}`)
  return blocks.join('\n\n')
}
