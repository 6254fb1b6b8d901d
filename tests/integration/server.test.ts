import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fixturePage } from '../helpers/providerPages'
import { restClient } from '../helpers/rest'
import type { RestClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import { startServer } from '../helpers/startServer'
import { createUsers } from '../helpers/users'

let server: RunningServer
let clients: Record<string, RestClient>
let anonymous: RestClient

beforeAll(async () => {
  server = await startServer({ name: 'server', env: { SEED_DEMO: 'true' } })
  clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [{ email: 'editor@example.test', roles: ['editor'] }],
  })
  anonymous = restClient(server.url)
})

afterAll(async () => {
  await server?.stop()
})

describe('the running server', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await anonymous.request('GET', '/healthz')).status).toBe(200)
    expect(await anonymous.request('GET', '/readyz')).toEqual({
      status: 200,
      body: { status: 'ready' },
    })
  })

  it("answers an unknown /api path from Payload's router, never from Next", async () => {
    const response = await fetch(`${server.url}/api/no-such-collection`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toContain('application/json')
  })

  it('serves the admin with security headers', async () => {
    const response = await fetch(`${server.url}/admin/login`)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('content-security-policy')).toContain("object-src 'none'")
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('seeds the Session profile into the empty database, readable after login', async () => {
    const admin = clients['admin@example.test']!
    const { status, body } = await admin.request(
      'GET',
      '/api/providers?where[slug][equals]=session&draft=true&select[name]=true&select[category]=true&select[vendorDomains]=true',
    )
    expect(status).toBe(200)
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0]).toMatchObject({
      name: 'Session',
      category: 'Messenger',
      vendorDomains: ['sessionapp.zendesk.com'],
    })
  })

  it('returns the latest draft as markdown to editors, and no published page of the never-approved demo', async () => {
    const editor = clients['editor@example.test']!
    const { body } = await editor.request('GET', '/api/providers?where[slug][equals]=session')
    const url = `${server.url}/api/providers/${body.docs[0].id}/markdown`
    const headers = { authorization: `JWT ${editor.token}` }
    const draft = await fetch(`${url}?draft=true`, { headers })
    expect(draft.status).toBe(200)
    expect(draft.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    const text = await draft.text()
    // The seed page's body, byte for byte; only its status says it is not approved.
    const seed = fixturePage('session.md')
    expect(text.slice(text.indexOf('\n---\n'))).toBe(seed.slice(seed.indexOf('\n---\n')))
    expect((await fetch(url, { headers })).status).toBe(404)
  })

  it('refuses the markdown endpoint without login', async () => {
    const { body } = await clients['admin@example.test']!.request('GET', '/api/providers?limit=1')
    const { status } = await anonymous.request('GET', `/api/providers/${body.docs[0].id}/markdown`)
    expect(status).toBe(403)
  })

  it('lists the list columns unless the client selects more', async () => {
    const admin = clients['admin@example.test']!
    const { body } = await admin.request('GET', '/api/providers?where[slug][equals]=session')
    expect(Object.keys(body.docs[0]).sort()).toEqual([
      '_status',
      'category',
      'createdAt',
      'id',
      'name',
      // The list's staleness cell reads it beside any select (`forceSelect`).
      'reviewIntervalDays',
      'reviewState',
      'slug',
      'updated',
      'updatedAt',
      'website',
    ])
    const one = await admin.request('GET', `/api/providers/${body.docs[0].id}`)
    expect(one.body).toHaveProperty('citations')
    expect(one.body).toHaveProperty('privacyFacts')
  })

  it('reads REST lists at depth 0 unless the client asks for more', async () => {
    const admin = clients['admin@example.test']!
    const query = '/api/providers?where[slug][equals]=session&draft=true&select[citations]=true'
    const deep = await admin.request('GET', `${query}&depth=1`)
    const linked = deep.body.docs[0].citations.findIndex(
      (citation: { source: unknown }) => citation.source !== null,
    )
    expect(deep.body.docs[0].citations[linked].source).toMatchObject({ url: expect.any(String) })
    const list = await admin.request('GET', query)
    expect(['string', 'number']).toContain(typeof list.body.docs[0].citations[linked].source)
    // A single document keeps Payload's default depth.
    const one = await admin.request('GET', `/api/providers/${list.body.docs[0].id}?draft=true`)
    expect(one.body.citations[linked].source).toMatchObject({ url: expect.any(String) })
  })

  // Express serves the REST API itself (src/server.ts); what Next gave it must stay.
  it('compresses a REST answer for a client that accepts gzip, and answers HEAD as GET', async () => {
    const list = `${server.url}/api/providers?limit=5&depth=1`
    const plain = await fetch(list, { headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers.get('content-encoding')).toBeNull()
    const plainBody = await plain.text()
    const zipped = await fetch(list, { headers: { 'accept-encoding': 'gzip' } })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    // fetch unpacks it: the same document either way.
    expect(await zipped.text()).toBe(plainBody)
    const head = await fetch(list, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe('application/json')
    expect(await head.text()).toBe('')
  })

  it('keeps GraphQL and its security headers on the REST answers', async () => {
    const graphql = await anonymous.request('POST', '/api/graphql', {
      query: '{ Providers(limit: 1) { totalDocs } }',
    })
    expect(graphql.status).toBe(200)
    // The seeded demo was taken over, never approved: anonymous readers see no page of it.
    expect(graphql.body.data.Providers.totalDocs).toBe(0)
    expect((await anonymous.request('GET', '/api/providers')).body.totalDocs).toBe(0)
    const rest = await fetch(`${server.url}/api/providers?limit=1`)
    expect(rest.headers.get('x-content-type-options')).toBe('nosniff')
    expect(rest.headers.get('access-control-allow-methods')).toContain('GET')
  })

  it("refuses a REST path with a broken percent-encoding with 400 in the asker's language", async () => {
    for (const path of ['/api/providers/%zz', '/api/providers/%E0%A4%A', '/api/%E0%A4']) {
      const german = await fetch(`${server.url}${path}`)
      expect(german.status).toBe(400)
      const body = (await german.json()) as { errors: { code: string; message: string }[] }
      expect(body.errors[0]?.code).toBe('http.bad-path')
      expect(body.errors[0]?.message).toContain('ungültige Prozent-Kodierung')
    }
    const english = await fetch(`${server.url}/api/providers/%zz`, {
      headers: { 'accept-language': 'en-GB,en;q=0.8' },
    })
    expect(
      ((await english.json()) as { errors: { message: string }[] }).errors[0]?.message,
    ).toContain('invalid percent-encoding')
  })
})
