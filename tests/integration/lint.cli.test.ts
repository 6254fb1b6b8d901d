import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestEnv } from '../helpers/testEnv'
import { runCli } from '../helpers/cli'
import { reviewSiteUrl, sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'

let payload: Payload
let testEnv: TestEnv

const lint = (...args: string[]) => runCli({ args: ['lint', ...args], env: testEnv.vars })

/**
 * The findings but `section.empty` and `claim.unsupported`: the test providers carry facts
 * and citations only, no body text and no evidence.
 */
const withoutEmptySections = (findings: { code: string }[]) =>
  findings.filter(
    (finding) => finding.code !== 'section.empty' && finding.code !== 'claim.unsupported',
  )

beforeAll(async () => {
  ;({ payload, testEnv } = await openTestPayload('lint-cli'))
  // System work, as the importer does it: a clean provider and one with a stored rejected
  // citation, each taken over as a draft.
  for (const slug of ['clean', 'cited-review']) {
    const review = { url: reviewSiteUrl, rawLine: reviewSiteUrl }
    await payload.create({
      collection: 'providers',
      data: {
        ...sessionProviderData({ slug, name: slug }),
        citations:
          slug === 'cited-review' ? [{ url: vendorSourceUrl }, review] : [{ url: vendorSourceUrl }],
        reviewState: 'draft',
        _status: 'draft',
        updated: new Date().toISOString(),
      },
      context: { isImport: true },
    })
  }
})

afterAll(async () => {
  await closeTestPayload({ payload, testEnv })
})

describe('provider-desk lint', () => {
  it('prints every provider with its findings as one JSON document and exits 1 on an error', async () => {
    const result = await lint('--json')
    expect(result.code).toBe(1)
    expect(result.json.providers.map((provider: { slug: string }) => provider.slug)).toEqual([
      'cited-review',
      'clean',
    ])
    expect(
      result.json.providers[0].findings.filter(
        (finding: { code: string }) => finding.code === 'section.empty',
      ),
    ).toHaveLength(10)
    expect(withoutEmptySections(result.json.providers[0].findings)).toEqual([
      {
        code: 'source.rejected',
        severity: 'error',
        messageCode: 'source.rejected',
        params: {
          host: 'legit-grade.example',
          vendors: expect.arrayContaining(['getsession.org']),
        },
        message: expect.stringContaining('legit-grade.example ist keine Domain dieses Anbieters'),
        field: 'citations.1.url',
        value: reviewSiteUrl,
      },
    ])
    expect(withoutEmptySections(result.json.providers[1].findings)).toEqual([])
  })

  it('lints one provider with --provider and exits 0 when it has no error', async () => {
    const result = await lint('--provider', 'clean', '--json')
    expect(result.code).toBe(0)
    expect(result.json.unrecordedPublications).toEqual([])
    expect(result.json.providers.map((provider: { slug: string }) => provider.slug)).toEqual([
      'clean',
    ])
    expect(withoutEmptySections(result.json.providers[0].findings)).toEqual([])
  })

  it('lists claim.unsupported for each Datenblatt fact without evidence, a warning that keeps exit 0', async () => {
    const result = await lint('--provider', 'clean', '--json')
    expect(result.code).toBe(0)
    const unsupported = result.json.providers[0].findings.filter(
      (finding: { code: string }) => finding.code === 'claim.unsupported',
    )
    expect(unsupported).toEqual([
      {
        code: 'claim.unsupported',
        severity: 'warning',
        messageCode: 'claim.unsupported',
        params: { field: 'repo', row: 'Quellcode' },
        message: expect.stringContaining('Die Angabe „Quellcode“ (Datenblatt-Zeile „Quellcode“)'),
        field: 'repo',
        value: 'https://github.com/session-foundation',
      },
    ])
  })

  it('exits 2 with a message for an unknown slug', async () => {
    const result = await lint('--provider', 'nope', '--json')
    expect(result.code).toBe(2)
    expect(result.json.error.message).toContain('keinen Anbieter mit dem Slug „nope“')
  })

  it('prints the findings for people without --json', async () => {
    const result = await lint('--provider', 'cited-review')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Fehler  source.rejected [citations.1.url]')
    expect(result.stdout).toContain('1 Anbieter, 1 Fehler.')
  })

  it('prints the findings in English with --lang en', async () => {
    const result = await lint('--provider', 'cited-review', '--lang', 'en')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('error   source.rejected [citations.1.url]')
    expect(result.stdout).toContain('legit-grade.example is not a vendor domain of this provider')
    expect(result.stdout).toContain('1 provider(s), 1 error(s).')
  })

  it('keeps the stable codes in --json and adds the message in the --lang language', async () => {
    const english = await lint('--provider', 'cited-review', '--json', '--lang=en')
    const german = await lint('--provider', 'cited-review', '--json')
    const [englishFinding] = english.json.providers[0].findings
    const [germanFinding] = german.json.providers[0].findings
    expect(englishFinding.message).toContain('is not a vendor domain of this provider')
    expect(germanFinding.message).toContain('ist keine Domain dieses Anbieters')
    const { message: _english, ...englishCodes } = englishFinding
    const { message: _german, ...germanCodes } = germanFinding
    expect(englishCodes).toEqual(germanCodes)
  })

  it('takes the language from PROVIDER_DESK_LANG without --lang', async () => {
    const result = await runCli({
      args: ['lint', '--provider', 'cited-review'],
      env: { ...testEnv.vars, PROVIDER_DESK_LANG: 'en' },
    })
    expect(result.stdout).toContain('is not a vendor domain of this provider')
  })

  it('exits 2 for a language it does not speak', async () => {
    const result = await lint('--lang', 'fr', '--json')
    expect(result.code).toBe(2)
    expect(result.json.error).toMatchObject({ code: 'usage' })
  })
})
