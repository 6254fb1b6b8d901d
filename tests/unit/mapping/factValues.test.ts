import { describe, expect, it } from 'vitest'

import {
  keptValueOf,
  liveKeptValues,
  pageFactValue,
  storedFactValue,
  storedFacts,
} from '../../../src/mapping/factValues'
import { unknownValueFindings } from '../../../src/lint/factFindings'
import { factKeys } from '../../../src/mapping/facts'
import { readFinding } from '../../../src/findings/finding'

const pageValues = (overrides: Record<string, string>) =>
  ({
    ...Object.fromEntries(factKeys.map((key) => [key, ''])),
    ...overrides,
  }) as Parameters<typeof storedFacts>[0]

describe('a page value onto a closed set', () => {
  it.each([
    {
      behaviour: 'stores a value of the set',
      key: 'free_tier',
      value: 'yes',
      stored: { value: 'yes', kept: null },
    },
    {
      behaviour: 'stores an empty value as no value',
      key: 'free_tier',
      value: '',
      stored: { value: null, kept: null },
    },
    {
      behaviour: 'keeps an unknown value as it stood',
      key: 'free_tier',
      value: 'ja',
      stored: { value: null, kept: 'ja' },
    },
    {
      behaviour: 'never changes case',
      key: 'pricing',
      value: 'Free',
      stored: { value: null, kept: 'Free' },
    },
    {
      behaviour: 'never trims',
      key: 'logs',
      value: 'none ',
      stored: { value: null, kept: 'none ' },
    },
  ] as const)('$behaviour', ({ key, value, stored }) => {
    expect(storedFactValue({ key, value })).toEqual(stored)
  })

  it('leaves text facts as they are and keeps every closed-set fact, null where nothing is kept', () => {
    const { facts, keptFactValues } = storedFacts(
      pageValues({ license: 'GPL', free_tier: 'ja', open_source: 'yes' }),
    )
    expect(facts).toMatchObject({ license: 'GPL', free_tier: null, open_source: 'yes', logs: null })
    expect(keptFactValues).toMatchObject({ free_tier: 'ja', open_source: null, logs: null })
  })
})

describe('a closed-set fact as the page prints it', () => {
  it.each([
    { behaviour: 'prints the chosen option', provider: { free_tier: 'yes' }, printed: 'yes' },
    {
      behaviour: 'prints the kept value while no option is chosen',
      provider: { free_tier: null, keptFactValues: { free_tier: 'ja' } },
      printed: 'ja',
    },
    {
      behaviour: 'prints the option once one is chosen over a kept value',
      provider: { free_tier: 'no', keptFactValues: { free_tier: 'ja' } },
      printed: 'no',
    },
    { behaviour: 'prints nothing for no value', provider: {}, printed: '' },
  ] as const)('$behaviour', ({ provider, printed }) => {
    expect(pageFactValue({ provider, key: 'free_tier' })).toBe(printed)
  })

  it('drops a kept value once its option is chosen, and keeps the others', () => {
    expect(
      liveKeptValues({
        kept: { free_tier: 'ja', logs: 'viele' },
        facts: { free_tier: 'yes', logs: null },
      }),
    ).toMatchObject({ free_tier: null, logs: 'viele' })
  })

  it('reads no kept value under a chosen option', () => {
    expect(
      keptValueOf({ provider: { logs: 'none', keptFactValues: { logs: 'x' } }, key: 'logs' }),
    ).toBeNull()
  })
})

describe('field.unknown-value', () => {
  it('warns about each kept value with the field, the value and the set', () => {
    const findings = unknownValueFindings({
      free_tier: null,
      pricing: 'paid',
      keptFactValues: { free_tier: 'ja', pricing: 'Paid' },
    })
    expect(findings.map((finding) => readFinding(finding, 'en'))).toMatchObject([
      {
        code: 'field.unknown-value',
        severity: 'warning',
        field: 'free_tier',
        value: 'ja',
        message:
          'The field "Free tier" has the value "ja" from the imported page, which is none of the values the page writes there (yes, no, partial). It is kept and exported as it is until you pick one of the options in the field (yes, no, partial).',
      },
    ])
    expect(readFinding(findings[0]!, 'de').message).toBe(
      'Das Feld „Free Tier“ hat von der importierten Seite den Wert „ja“; die Seite schreibt dort aber nur yes, no, partial. Er bleibt erhalten und wird so exportiert, bis du im Feld eine der Optionen wählst (ja, nein, teilweise).',
    )
  })

  it('says nothing about a provider without kept values', () => {
    expect(unknownValueFindings({ free_tier: 'yes', keptFactValues: {} })).toEqual([])
  })
})
