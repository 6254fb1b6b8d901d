import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import { restClient } from '../helpers/rest'
import { startServer } from '../helpers/startServer'
import { createUsers } from '../helpers/users'

let server: RunningServer
let reviewer: RestClient
let sessionId: string

beforeAll(async () => {
  server = await startServer({ name: 'findings-endpoint', env: { SEED_DEMO: 'true' } })
  const clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [{ email: 'rita@example.test', roles: ['reviewer'] }],
  })
  reviewer = clients['rita@example.test']!
  const session = await reviewer.request('GET', '/api/providers?where[slug][equals]=session')
  sessionId = session.body.docs[0].id
})

afterAll(async () => {
  await server?.stop()
})

describe('GET /api/providers/:id/findings', () => {
  it("returns the seeded Session profile's error findings and its overdue staleness", async () => {
    const response = await reviewer.request('GET', `/api/providers/${sessionId}/findings`)
    expect(response.status).toBe(200)
    const codes: string[] = response.body.findings.map((finding: { code: string }) => finding.code)
    expect(codes).toContain('source.linked-without-vendor-page')
    expect(codes).toContain('provider.stale')
    expect(response.body.staleness).toMatchObject({ state: 'stale', intervalDays: 180 })
    expect(response.body.staleness.daysLeft).toBeLessThan(0)
  })

  it('refuses anonymous requests', async () => {
    const response = await restClient(server.url).request(
      'GET',
      `/api/providers/${sessionId}/findings`,
    )
    expect(response.status).toBe(403)
  })

  it('answers 404 for an unknown provider', async () => {
    const response = await reviewer.request(
      'GET',
      '/api/providers/00000000-0000-4000-8000-000000000000/findings',
    )
    expect(response.status).toBe(404)
  })
})

describe('POST /api/providers/:id/findings (the form as it stands, not saved)', () => {
  const postFindings = (client: RestClient, body: unknown) =>
    client.request('POST', `/api/providers/${sessionId}/findings`, body)

  it('judges the unsaved citations and writes nothing', async () => {
    const before = await reviewer.request('GET', `/api/providers/${sessionId}?draft=true`)
    const citations = [
      ...before.body.citations,
      { url: 'https://quarkslab.com/session-audit', title: 'Ein Blog eines Dritten' },
    ]
    const response = await postFindings(reviewer, { revision: { citations } })
    expect(response.status).toBe(200)
    const rejected = response.body.findings.filter(
      (finding: { code: string; field: string }) =>
        finding.code === 'source.rejected' &&
        finding.field === `citations.${citations.length - 1}.url`,
    )
    expect(rejected).toHaveLength(1)
    expect(rejected[0].message).toContain('quarkslab.com')
    const after = await reviewer.request('GET', `/api/providers/${sessionId}?draft=true`)
    expect(after.body.citations).toHaveLength(before.body.citations.length)
    expect(after.body.updatedAt).toBe(before.body.updatedAt)
  })

  it('keeps the stored workflow fields whatever the form sends', async () => {
    const response = await postFindings(reviewer, {
      revision: { updated: '2099-01-01', reviewState: 'approved' },
    })
    expect(response.status).toBe(200)
    expect(response.body.staleness.state).toBe('stale')
  })

  it('reads any revision: values not shaped as the document holds them are left out', async () => {
    const response = await postFindings(reviewer, {
      revision: {
        audits: 0,
        citations: [{ url: 42, title: ['x'] }, 'not a row', { url: 'https://quarkslab.com/x' }],
        name: { nested: true },
        vendorDomains: 'getsession.org',
        description: 17,
      },
    })
    expect(response.status).toBe(200)
    const fields: string[] = response.body.findings.map(
      (finding: { field: string }) => finding.field,
    )
    expect(fields).toContain('citations.1.url')
  })

  it('answers 400 with a German message for a body that is not {"revision": {…}}', async () => {
    for (const body of [[], { revision: 'x' }, { revision: {}, extra: 1 }]) {
      const response = await postFindings(reviewer, body)
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toMatch(/muss ein JSON-Objekt/)
    }
  })

  it('refuses anonymous requests whatever the body', async () => {
    const anonymous = restClient(server.url)
    for (const body of [{ revision: {} }, { nonsense: true }]) {
      const response = await postFindings(anonymous, body)
      expect(response.status).toBe(403)
    }
  })
})

describe('claim.unsupported: Datenblatt facts without evidence', () => {
  type ReadFinding = { code: string; severity: string; field: string; message: string }
  const unsupportedOf = (findings: ReadFinding[]) =>
    findings.filter((finding) => finding.code === 'claim.unsupported')

  it('warns once per Datenblatt fact of the imported profile, in German, naming the fact by its label', async () => {
    const response = await reviewer.request('GET', `/api/providers/${sessionId}/findings`)
    const unsupported = unsupportedOf(response.body.findings)
    expect(unsupported.length).toBeGreaterThan(3)
    expect(new Set(unsupported.map((finding) => finding.field)).size).toBe(unsupported.length)
    for (const finding of unsupported) {
      expect(finding.severity).toBe('warning')
      expect(finding.message).toMatch(
        /^Die Angabe „[^“]+“ \(Datenblatt-Zeile „[^“]+“\) hat keinen Beleg/,
      )
      expect(finding.message).not.toContain(`„${finding.field}“`)
    }
  })

  it('drops the warning of a fact the form gives evidence for, by its row', async () => {
    const before = unsupportedOf(
      (await reviewer.request('GET', `/api/providers/${sessionId}/findings`)).body.findings,
    )
    const [first] = before as (ReadFinding & { params: { row: string } })[]
    const response = await reviewer.request('POST', `/api/providers/${sessionId}/findings`, {
      revision: {
        evidence: [
          { claim: first!.params.row, url: 'https://getsession.org/faq', quote: 'Session' },
        ],
      },
    })
    const after = unsupportedOf(response.body.findings).map((finding) => finding.field)
    expect(after).toEqual(before.slice(1).map((finding) => finding.field))
  })

  it('shows them in the review box as one line, so the approval does not list a dozen', async () => {
    const findings = unsupportedOf(
      (await reviewer.request('GET', `/api/providers/${sessionId}/findings`)).body.findings,
    )
    const { status, body } = await reviewer.request('GET', `/api/providers/${sessionId}/review`)
    expect(status).toBe(200)
    const lines = (body.warnings as string[]).filter((line) => line.includes('ohne Beleg'))
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${findings.length} Angaben im Datenblatt ohne Beleg: `)),
    ])
    expect(body.warnings.some((line: string) => line.includes('hat keinen Beleg'))).toBe(false)
  })
})
