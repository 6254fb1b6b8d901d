import { describe, expect, it } from 'vitest'

import { coverageCountOf } from '../../../src/evidence/coverage'

describe('coverageCountOf (the list column)', () => {
  it.each([
    {
      name: 'counts only Datenblatt facts with a value, not name, category or website',
      revision: { name: 'Telegram', website: 'https://telegram.org', phone_required: 'yes' },
      expected: { covered: 0, total: 1 },
    },
    {
      name: 'counts a fact whose row label is a claim, whatever its case',
      revision: {
        phone_required: 'yes',
        jurisdiction: 'VAE',
        evidence: [{ claim: 'telefon erforderlich' }],
      },
      expected: { covered: 1, total: 2 },
    },
    {
      name: 'counts a fact whose key is a claim',
      revision: {
        logs: 'keine',
        evidence: [{ claim: 'logs' }, { claim: 'Löschung nach Inaktivität' }],
      },
      expected: { covered: 1, total: 1 },
    },
    {
      name: 'does not count evidence for a fact without a value',
      revision: { jurisdiction: '', evidence: [{ claim: 'Jurisdiktion' }] },
      expected: { covered: 0, total: 0 },
    },
  ])('$name', ({ revision, expected }) => {
    expect(coverageCountOf(revision as never)).toEqual(expected)
  })
})
