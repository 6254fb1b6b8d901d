import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestEnv } from '../helpers/testEnv'
import { runCli } from '../helpers/cli'
import { reviewSiteUrl, sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'

let payload: Payload
let testEnv: TestEnv

const lint = (...args: string[]) => runCli({ args: ['lint', ...args], env: testEnv.vars })

beforeAll(async () => {
  ;({ payload, testEnv } = await openTestPayload('lint-cli'))
  // System work, as the importer does it: a clean provider and one with a stored rejected citation.
  for (const slug of ['clean', 'cited-review']) {
    const review = { url: reviewSiteUrl, rawLine: reviewSiteUrl }
    await payload.create({
      collection: 'providers',
      data: {
        ...sessionProviderData({ slug, name: slug }),
        citations:
          slug === 'cited-review' ? [{ url: vendorSourceUrl }, review] : [{ url: vendorSourceUrl }],
        reviewState: 'approved',
        _status: 'published',
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
    expect(result.json.providers[0].findings).toEqual([
      {
        code: 'source.rejected',
        severity: 'error',
        message: expect.stringContaining('legit-grade.example'),
        field: 'citations.1.url',
        value: reviewSiteUrl,
      },
    ])
    expect(result.json.providers[1].findings).toEqual([])
  })

  it('lints one provider with --provider and exits 0 when it has no error', async () => {
    const result = await lint('--provider', 'clean', '--json')
    expect(result.code).toBe(0)
    expect(result.json).toEqual({
      unrecordedPublications: [],
      providers: [{ slug: 'clean', findings: [] }],
    })
  })

  it('exits 2 with a message for an unknown slug', async () => {
    const result = await lint('--provider', 'nope', '--json')
    expect(result.code).toBe(2)
    expect(result.json.error.message).toContain('no provider with the slug "nope"')
  })

  it('prints the findings for people without --json', async () => {
    const result = await lint('--provider', 'cited-review')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('error   source.rejected [citations.1.url]')
  })
})
