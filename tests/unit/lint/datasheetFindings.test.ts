import { describe, expect, it } from 'vitest'

import { datasheetFindings, isConsistentRow } from '../../../src/lint/datasheetFindings'
import { namedCases } from '../sources/namedCases'
import { sessionDatasheet, sessionFrontmatter } from '../sources/sessionPage'

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

describe('datasheetFindings', () => {
  it('finds no mismatch in the seed page Datenblatt', () => {
    expect(sessionDatasheet).toHaveLength(15)
    expect(
      datasheetFindings({ provider: sessionFrontmatter, datasheet: sessionDatasheet }),
    ).toEqual([])
  })

  it('reports a row that contradicts its frontmatter field', () => {
    const provider = { ...sessionFrontmatter, phone_required: 'yes' }
    expect(datasheetFindings({ provider, datasheet: sessionDatasheet })).toEqual([
      {
        code: 'datasheet.mismatch',
        severity: 'warning',
        field: 'phone_required',
        value: 'no',
        message:
          'The Datenblatt row "Telefon erforderlich" says "no", but the field phone_required says "yes". Make them agree: change the field (the Datenblatt is written from it on export) or the row.',
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
    const [finding] = datasheetFindings({
      provider: sessionFrontmatter,
      datasheet: [{ label, value }],
    })
    expect(finding).toMatchObject({ code: 'datasheet.mismatch', field, value })
  })

  it('reports a row whose frontmatter field is empty', () => {
    const [finding] = datasheetFindings({
      provider: { logs: '' },
      datasheet: [{ label: 'Logs', value: 'minimal' }],
    })
    expect(finding?.message).toContain('the field logs is empty')
  })

  it('compares a boolean frontmatter value as text', () => {
    const datasheet = [{ label: 'Open Source', value: 'true' }]
    expect(datasheetFindings({ provider: { open_source: true }, datasheet })).toEqual([])
  })

  it('ignores rows without a frontmatter twin and empty rows', () => {
    const datasheet = [
      { label: 'Zahlungsabwicklung', value: 'Nicht zutreffend' },
      { label: 'Logs', value: '' },
    ]
    expect(datasheetFindings({ provider: { logs: 'minimal' }, datasheet })).toEqual([])
  })
})
