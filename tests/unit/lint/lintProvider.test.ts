import { describe, expect, it } from 'vitest'

import { hasError } from '../../../src/findings/finding'
import { lintProvider } from '../../../src/lint/lintProvider'
import { emptySectionFindings } from '../../../src/lint/pageCompleteness'
import { citationFromLine } from '../../../src/mapping/citationLines'
import { parseSourceLine } from '../../../src/sources/sourceLine'
import { sectionOf, sessionFrontmatter, sessionSourceLines } from '../sources/sessionPage'

const sessionSources = sessionSourceLines.map((line) => ({
  raw: line.slice(2),
  url: parseSourceLine(line).url,
}))

const lintSession = (args: { vendorDomains?: string[]; linkedFrom?: string; now: string }) =>
  lintProvider({
    provider: {
      ...sessionFrontmatter,
      vendorDomains: args.vendorDomains ?? [],
      citations: sessionSourceLines.map((line) => {
        const citation = citationFromLine(line.slice(2))
        return citation.url?.includes('quarkslab.com')
          ? { ...citation, linkedFrom: args.linkedFrom }
          : citation
      }),
    },
    texts: [{ field: 'privacyFacts', text: sectionOf('Datenschutz & Datenflüsse') }],
    now: new Date(args.now),
  })

const countCodes = (findings: { code: string }[]): Record<string, number> =>
  findings.reduce<Record<string, number>>(
    (counts, finding) => ({ ...counts, [finding.code]: (counts[finding.code] ?? 0) + 1 }),
    {},
  )

describe('lintProvider', () => {
  it('finds on the seed page the malformed lines, the unvouched PDF, the help centre, the e-mail placeholder and staleness', () => {
    expect(countCodes(lintSession({ now: '2026-08-01' }))).toEqual({
      'source.linked-without-vendor-page': 2,
      'source.malformed': 5,
      'source.rejected': 3,
      'text.obfuscated-email': 1,
      'provider.stale': 1,
      // The test revision carries citations and facts only: every other body section is empty.
      'section.empty': 10,
      // A page as imported: each Datenblatt fact with a value, and no evidence yet.
      'claim.unsupported': 13,
    })
  })

  it('keeps only the malformed lines as errors once the fixes from the issue are made', () => {
    const findings = lintSession({
      vendorDomains: ['sessionapp.zendesk.com'],
      linkedFrom: 'https://getsession.org/faq',
      now: '2026-02-01',
    })
    expect(countCodes(findings)).toEqual({
      'source.malformed': 5,
      'text.obfuscated-email': 1,
      'section.empty': 10,
      'claim.unsupported': 13,
    })
  })

  it('gives a new provider with a name, category, website and one vendor source no error', () => {
    const findings = lintProvider({
      provider: {
        name: 'Example',
        category: 'VPN',
        website: 'https://example.org',
        citations: [{ url: 'https://example.org/privacy' }],
      },
      texts: [],
      now: new Date('2026-02-01'),
    })
    expect(hasError(findings)).toBe(false)
    expect(
      findings.filter((finding) => finding.code !== 'section.empty').map((f) => f.code),
    ).toEqual(['field.missing', 'field.missing', 'field.missing'])
  })

  it('names each body section that would print nothing, and only those', () => {
    const paragraph = (text: string) => [{ type: 'p', children: [{ text }] }]
    const findings = emptySectionFindings({
      fitFor: paragraph('Wer ohne Telefonnummer schreiben will.'),
      lessFitFor: [],
      quickActions: paragraph('   '),
      features: [{ text: 'Onion-Routing' }],
      alternatives: [{ text: ' ' }],
      citations: [{ url: 'https://getsession.org/privacy-policy' }],
      // A section kept verbatim from an imported page is not empty.
      pageExtras: { sectionOverrides: [{ section: 'telemetrie', markdown: 'Keine Logs.' }] },
    })
    expect(findings.map((finding) => finding.value)).toEqual([
      'Sofortmaßnahmen',
      'Entscheidungshilfe',
      'Datenschutz & Datenflüsse',
      'Sicherheit & Kontoschutz',
      'Einrichtung & Härtung',
      'Alternativen',
      'Nicht gelöst / offene Punkte',
    ])
    expect(findings.every((finding) => finding.severity === 'warning')).toBe(true)
    expect(findings[0]).toMatchObject({ code: 'section.empty', field: 'quickActions' })
  })

  it('gives every finding a field and, for sources, the URL or raw line as value', () => {
    const findings = lintSession({ now: '2026-08-01' })
    const sourceFindings = findings.filter((finding) => finding.code.startsWith('source.'))
    expect(findings.every((finding) => finding.field !== '')).toBe(true)
    expect(
      sourceFindings.every((finding) =>
        sessionSources.some(
          (source) => finding.value === source.url || finding.value === source.raw,
        ),
      ),
    ).toBe(true)
  })
})

describe('addresses in the page text', () => {
  const lint = (texts: { field: string; text: string }[]) =>
    lintProvider({
      provider: { name: 'Session', website: 'https://getsession.org' },
      texts,
      now: new Date('2026-02-01'),
    }).filter((finding) => finding.code === 'source.rejected')

  it('rejects a review-site link in a body section, a bare address and a scheme-relative one', () => {
    const findings = lint([
      { field: 'openPoints', text: 'Testsieger laut https://legit-grade.example/review' },
      { field: 'fitFor', text: '[Note 1](//legit-grade.example/note)' },
      { field: 'license', text: 'GPL, siehe www.legit-grade.example' },
    ])
    expect(findings.map((finding) => [finding.field, finding.value])).toEqual([
      ['openPoints', 'https://legit-grade.example/review'],
      ['fitFor', 'https://legit-grade.example/note'],
      ['license', 'https://www.legit-grade.example'],
    ])
  })

  it('accepts the vendor’s own pages in the text', () => {
    expect(lint([{ field: 'setup', text: 'Siehe https://getsession.org/faq#lock' }])).toEqual([])
  })
})
