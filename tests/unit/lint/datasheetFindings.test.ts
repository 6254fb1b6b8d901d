import { describe, expect, it } from 'vitest'

import { datasheetFindings, isConsistentRow } from '../../../src/lint/factFindings'
import { storedLegalLink, storedRow } from '../../../src/mapping/datasheet'
import { namedCases } from '../sources/namedCases'
import { sessionDatasheet, sessionFrontmatter } from '../sources/sessionPage'
import { readFinding } from '../../../src/findings/finding'
import { fieldLabel } from '../../../src/i18n/fieldLabels'

describe('isConsistentRow', () => {
  it.each(
    namedCases([
      {
        behaviour: 'agrees when row and field are equal',
        row: 'free',
        field: 'free',
        expected: true,
      },
      { behaviour: 'agrees despite case and spacing', row: '  Yes ', field: 'yes', expected: true },
      {
        behaviour: 'agrees when the row adds a note in parentheses',
        row: 'yes (Account ID/Recovery-Phrase)',
        field: 'yes',
        expected: true,
      },
      {
        behaviour: 'agrees when the row adds a note after a space',
        row: 'minimal laut Policy',
        field: 'minimal',
        expected: true,
      },
      {
        behaviour: 'agrees on a URL with a trailing slash',
        row: 'https://getsession.org/',
        field: 'https://getsession.org',
        expected: true,
      },
      { behaviour: 'disagrees on no against yes', row: 'no', field: 'yes', expected: false },
      {
        behaviour: 'disagrees when the row only starts with the same letters',
        row: 'yesterday',
        field: 'yes',
        expected: false,
      },
      { behaviour: 'disagrees when the field is empty', row: 'yes', field: '', expected: false },
      {
        behaviour: 'disagrees when the row says less than the field',
        row: 'GPL-3.0-only',
        field: 'GPL-3.0-only (Client-Repos)',
        expected: false,
      },
    ]),
  )('%s', (_behaviour, { row, field, expected }) => {
    expect(isConsistentRow({ row, field })).toBe(expected)
  })
})

/** The page's rows as the importer stores them against these fields. */
const stored = (provider: Record<string, unknown>, rows: { label: string; value: string }[]) =>
  rows.map((row) => storedRow({ row, fields: provider }))

const findingsOf = (provider: Record<string, unknown>, rows: { label: string; value: string }[]) =>
  datasheetFindings({ provider, datasheet: stored(provider, rows), legalLinks: [] })

describe('datasheetFindings', () => {
  it('finds no mismatch in the seed page Datenblatt', () => {
    expect(sessionDatasheet).toHaveLength(15)
    expect(findingsOf(sessionFrontmatter, sessionDatasheet)).toEqual([])
  })

  it('reports a row kept from the page that contradicts its field', () => {
    const provider = { ...sessionFrontmatter, phone_required: 'yes' }
    const findings = findingsOf(provider, sessionDatasheet)
    expect(findings.map((finding) => readFinding(finding, 'en'))).toMatchObject([
      {
        code: 'datasheet.mismatch',
        severity: 'warning',
        field: 'datasheet.9.value',
        value: 'no',
        message:
          'The Datenblatt row "Telefon erforderlich" says "no", as on the imported page, but the field "Phone required" says "yes". Make them agree: correct the field, then clear the row\'s kept value so the row follows the field.',
      },
    ])
  })

  it.each(
    namedCases([
      { behaviour: 'maps Anbieter to name', label: 'Anbieter', value: 'Signal', field: 'name' },
      {
        behaviour: 'maps Quellcode to repo',
        label: 'Quellcode',
        value: 'https://github.com/other',
        field: 'repo',
      },
      {
        behaviour: 'maps Konto erforderlich to account_required',
        label: 'Konto erforderlich',
        value: 'no',
        field: 'account_required',
      },
      {
        behaviour: 'maps Retention to retention_notes',
        label: 'Retention',
        value: 'unbegrenzt',
        field: 'retention_notes',
      },
      {
        behaviour: 'maps Jurisdiktion to jurisdiction',
        label: 'Jurisdiktion',
        value: 'Australien',
        field: 'jurisdiction',
      },
    ]),
  )('%s', (_behaviour, { label, value, field }) => {
    const [finding] = findingsOf(sessionFrontmatter, [{ label, value }])
    expect(finding).toMatchObject({ code: 'datasheet.mismatch', value })
    expect(readFinding(finding!, 'en').message).toContain(
      `the field "${fieldLabel(field, 'en')}" says`,
    )
  })

  it('reports a row whose field is empty', () => {
    const [finding] = findingsOf({ logs: '' }, [{ label: 'Logs', value: 'minimal' }])
    expect(readFinding(finding!, 'en').message).toContain('the field "Logs" is empty')
  })

  it('reports no row that follows its field, whatever the field now says', () => {
    const datasheet = stored(sessionFrontmatter, sessionDatasheet)
    const provider = { ...sessionFrontmatter, logs: 'none', jurisdiction: 'Deutschland' }
    expect(datasheetFindings({ provider, datasheet, legalLinks: [] })).toEqual([])
  })

  it('ignores rows without a field', () => {
    const rows = [{ label: 'Zahlungsabwicklung', value: 'Nicht zutreffend' }]
    expect(findingsOf({ logs: 'minimal' }, rows)).toEqual([])
  })

  it('reports a legal link kept from the page that names another URL than its field', () => {
    const legalLinks = [
      storedLegalLink({
        link: { label: 'Privacy Policy', title: 'P', url: 'https://getsession.org/old' },
        fields: sessionFrontmatter,
      }),
    ]
    const [finding] = datasheetFindings({ provider: sessionFrontmatter, datasheet: [], legalLinks })
    expect(finding).toMatchObject({ code: 'datasheet.mismatch', field: 'legalLinks.0.text' })
  })
})
