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
