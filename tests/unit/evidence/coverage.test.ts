import { describe, expect, it } from 'vitest'

import { factCoverageOf, factOfClaim } from '../../../src/evidence/coverage'
import { unsupportedClaimFindings } from '../../../src/lint/factFindings'

const quoted = (claim: string) => ({
  claim,
  url: 'https://telegram.org/privacy',
  quote: 'Wir speichern keine Logs.',
})

describe('factOfClaim', () => {
  it.each([
    { claim: 'phone_required', fact: 'phone_required' },
    { claim: 'Telefon erforderlich', fact: 'phone_required' },
    { claim: '  telefon   ERFORDERLICH ', fact: 'phone_required' },
    { claim: 'Logs', fact: 'logs' },
    { claim: 'Retention', fact: 'retention_notes' },
    { claim: 'Jurisdiktion', fact: 'jurisdiction' },
    { claim: 'Löschung nach Inaktivität', fact: null },
    // The provider's own fields are no statements about its practice.
    { claim: 'Anbieter', fact: null },
    { claim: 'website', fact: null },
  ])('reads "$claim" as $fact', ({ claim, fact }) => {
    expect(factOfClaim(claim)).toBe(fact)
  })
})

describe('factCoverageOf', () => {
  it('counts only the facts the page prints a value for', () => {
    const coverage = factCoverageOf({ logs: 'no', phone_required: 'yes', jurisdiction: '' })
    expect(coverage.stated.map(({ field }) => field)).toEqual(['phone_required', 'logs'])
  })

  it('counts a kept page value as a value', () => {
    const coverage = factCoverageOf({ keptFactValues: { logs: 'minimal' } })
    expect(coverage.stated.map(({ field }) => field)).toEqual(['logs'])
  })

  it('takes a fact as supported when an entry names its key or its row', () => {
    const coverage = factCoverageOf({
      logs: 'no',
      phone_required: 'yes',
      kyc_required: 'no',
      evidence: [quoted('logs'), quoted('Telefon erforderlich'), quoted('ein Satz')],
    })
    expect(coverage.unsupported).toEqual([{ field: 'kyc_required', row: 'KYC erforderlich' }])
  })
})

describe('unsupportedClaimFindings', () => {
  it('warns once per fact with a value and no evidence, naming the field and its value', () => {
    const findings = unsupportedClaimFindings({
      logs: 'no',
      phone_required: 'yes',
      evidence: [quoted('logs')],
    })
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'claim.unsupported',
        severity: 'warning',
        field: 'phone_required',
        value: 'yes',
        messageCode: 'claim.unsupported',
        params: { field: 'phone_required', row: 'Telefon erforderlich' },
      }),
    ])
  })

  it('finds nothing when every stated fact has evidence', () => {
    expect(unsupportedClaimFindings({ logs: 'no', evidence: [quoted('Logs')] })).toEqual([])
  })
})
