import type { IncomingHttpHeaders } from 'node:http'
import { request as httpRequest } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import { login, restClient } from '../helpers/rest'
import { sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { startServer } from '../helpers/startServer'
import { createUsers, testPassword } from '../helpers/users'

/**
 * The probe of issue 12, over REST and GraphQL against the running server: accounts,
 * private workflow fields, slugs and single-line fields, 400 instead of 500, body limits.
 */

let server: RunningServer
let clients: Record<string, RestClient>

/** The logged-in client of a user made in `beforeAll`; `restClient(server.url)` is anonymous. */
const as = (email: string): RestClient => clients[email]!

let slugCount = 0
const freshSlug = () => `hardening-${++slugCount}`

const graphql = async ({
  query,
  token = null,
}: {
  query: string
  token?: string | null
}): Promise<{ status: number; body: any }> => {
  const response = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify({ query }),
  })
  return { status: response.status, body: await response.json() }
}

/** A request Node's fetch will not send (TRACE): status and headers of the raw answer. */
const rawRequest = (method: string, path: string) =>
  new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
    const request = httpRequest(`${server.url}${path}`, { method }, (response) => {
      response.resume()
      resolve({ status: response.statusCode ?? 0, headers: response.headers })
    })
    request.once('error', reject)
    request.end()
  })

/** The field errors of a 400 ValidationError: `[{ path, message }]`. */
const fieldErrors = (body: any): { path: string; message: string }[] => body.errors[0].data.errors

beforeAll(async () => {
  server = await startServer({ name: 'hardening-rest' })
  clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [
      { email: 'edda@example.test', roles: ['editor'] },
      { email: 'rita@example.test', roles: ['reviewer'] },
      { email: 'paul@example.test', roles: ['publisher'] },
      { email: 'locked@example.test', roles: ['editor'] },
      { email: 'erin@example.test', roles: ['editor'], language: 'en' },
    ],
  })
})

afterAll(async () => {
  await server?.stop()
})

describe('accounts', () => {
  const loginAttempt = async (email: string, password: string) => {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'de' },
      body: JSON.stringify({ email, password }),
    })
    return { status: response.status, body: await response.json() }
  }

  it('answers a locked account exactly as an unknown e-mail', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await loginAttempt('locked@example.test', 'wrong-password')
    }
    const locked = await loginAttempt('locked@example.test', testPassword)
    const unknown = await loginAttempt('nobody@example.test', testPassword)
    expect(locked.status).toBe(401)
    expect(locked).toEqual(unknown)
  })

  it('refuses an editor who unlocks an account over REST', async () => {
    const response = await as('edda@example.test').request('POST', '/api/users/unlock', {
      email: 'locked@example.test',
    })
    expect(response.status).toBe(403)
  })

  it('refuses an editor who unlocks an account over GraphQL', async () => {
    const { body } = await graphql({
      query: 'mutation { unlockUser(email: "locked@example.test") }',
      token: as('edda@example.test').token,
    })
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(403)
  })

  it('lets an admin unlock an account', async () => {
    const response = await as('admin@example.test').request('POST', '/api/users/unlock', {
      email: 'locked@example.test',
    })
    expect(response.status).toBe(200)
    await expect(login(server.url, 'locked@example.test', testPassword)).resolves.toBeTruthy()
  })
})

describe('workflow fields', () => {
  const internals = ['reviewComment', 'reviewer', 'editedBy', 'reviewState', 'reviewIntervalDays']
  let id: string

  /** Approved by the reviewer with an internal comment: its published version is public. */
  beforeAll(async () => {
    const reviewer = as('rita@example.test')
    const me = await reviewer.request('GET', '/api/users/me')
    const created = await as('edda@example.test').request(
      'POST',
      '/api/providers',
      sessionProviderData({
        slug: freshSlug(),
        reviewer: me.body.user.id,
        citations: [{ url: vendorSourceUrl }],
      }),
    )
    expect(created.status).toBe(201)
    id = created.body.doc.id
    const submitted = await as('edda@example.test').request('PATCH', `/api/providers/${id}`, {
      reviewState: 'in_review',
    })
    expect(submitted.status).toBe(200)
    const approved = await reviewer.request('PATCH', `/api/providers/${id}`, {
      reviewState: 'approved',
      approvedRevision: submitted.body.doc.updatedAt,
      reviewComment: 'Intern: Quelle 3 noch einmal prüfen.',
    })
    expect(approved.status).toBe(200)
  })

  it('leaves them out of an anonymous REST read of a published provider', async () => {
    const { status, body } = await restClient(server.url).request('GET', `/api/providers/${id}`)
    expect(status).toBe(200)
    expect(body.name).toBe('Session')
    for (const field of internals) expect(body).not.toHaveProperty(field)
  })

  it('leaves them out of an anonymous REST list, even when it selects them', async () => {
    const asked = internals.map((field) => `&select[${field}]=true`).join('')
    for (const query of [
      `where[id][equals]=${id}`,
      `where[id][equals]=${id}${asked}&select[name]=true`,
    ]) {
      const { body } = await restClient(server.url).request('GET', `/api/providers?${query}`)
      expect(body.docs).toHaveLength(1)
      expect(body.docs[0].name).toBe('Session')
      for (const field of internals) expect(body.docs[0]).not.toHaveProperty(field)
    }
  })

  it('lists them for a publisher who selects them', async () => {
    const asked = internals.map((field) => `&select[${field}]=true`).join('')
    const { body } = await as('paul@example.test').request(
      'GET',
      `/api/providers?where[id][equals]=${id}${asked}`,
    )
    expect(body.docs[0]).toMatchObject({
      reviewComment: 'Intern: Quelle 3 noch einmal prüfen.',
      reviewState: 'approved',
    })
  })

  it('answers them empty in an anonymous GraphQL read', async () => {
    const { body } = await graphql({
      query: `{ Provider(id: "${id}") { name reviewComment reviewState reviewer { email } editedBy { email } } }`,
    })
    expect(body.data.Provider).toEqual({
      name: 'Session',
      reviewComment: null,
      reviewState: null,
      reviewer: null,
      editedBy: [],
    })
  })

  it('refuses an anonymous query on them', async () => {
    const { status } = await restClient(server.url).request(
      'GET',
      '/api/providers?where[reviewComment][like]=Intern',
    )
    expect(status).toBe(400)
  })

  it('shows them to a publisher', async () => {
    const { body } = await as('paul@example.test').request('GET', `/api/providers/${id}`)
    expect(body.reviewComment).toBe('Intern: Quelle 3 noch einmal prüfen.')
    expect(body.reviewState).toBe('approved')
  })
})

describe('values of a write', () => {
  it('refuses a slug of more than 100 characters on a draft with a 400 on the slug', async () => {
    const response = await as('edda@example.test').request(
      'POST',
      '/api/providers',
      sessionProviderData({ slug: 'a'.repeat(101) }),
    )
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([
      { path: 'slug', message: expect.stringContaining('höchstens 100 Zeichen') },
    ])
  })

  it('refuses a long slug on an update as well', async () => {
    const created = await as('edda@example.test').request('POST', '/api/providers', {
      ...sessionProviderData({ slug: freshSlug() }),
    })
    const response = await as('edda@example.test').request(
      'PATCH',
      `/api/providers/${created.body.doc.id}`,
      {
        slug: 'b'.repeat(300),
      },
    )
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)[0]?.path).toBe('slug')
  })

  it.each([
    ['name', 'Session\n## Gefälscht'],
    ['name', 'Session\r\n---\nlayout: evil'],
    ['category', 'Messenger\tVPN'],
    ['website', 'https://getsession.org\u0085'],
  ])('refuses a control character in %s with a 400 naming the field', async (field, value) => {
    const response = await as('edda@example.test').request('POST', '/api/providers', {
      ...sessionProviderData({ slug: freshSlug() }),
      [field]: value,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([
      {
        path: field,
        message: `„${field}“ darf keine Zeilenumbrüche, Tabulatoren oder anderen Steuerzeichen enthalten.`,
      },
    ])
  })

  it.each([
    ['name', 'Session\u202Egpj.exe', 'U+202E'],
    ['category', '\uFEFFMessenger', 'U+FEFF'],
    ['name', 'Ses\u200Dsion', 'U+200D'],
  ])(
    'refuses an invisible format character in %s with a 400 naming the field',
    async (field, value, code) => {
      const response = await as('edda@example.test').request('POST', '/api/providers', {
        ...sessionProviderData({ slug: freshSlug() }),
        [field]: value,
      })
      expect(response.status).toBe(400)
      expect(fieldErrors(response.body)).toEqual([
        { path: field, message: expect.stringContaining(`unsichtbares Formatzeichen (${code}`) },
      ])
    },
  )

  it('refuses a review interval of 1e308 days on a draft, and keeps the approval path free of it', async () => {
    const created = await as('edda@example.test').request('POST', '/api/providers', {
      ...sessionProviderData({ slug: freshSlug() }),
    })
    const response = await as('edda@example.test').request(
      'PATCH',
      `/api/providers/${created.body.doc.id}?draft=true`,
      { reviewIntervalDays: 1e308 },
    )
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([
      {
        path: 'reviewIntervalDays',
        message: '„reviewIntervalDays“ muss zwischen 1 und 3.650 liegen.',
      },
    ])
  })

  it.each([
    ['a string', 'sessionapp.zendesk.com'],
    ['a list with a number', ['sessionapp.zendesk.com', 42]],
    ['a list with an object', [{ host: 'x' }]],
  ])('refuses vendorDomains given as %s', async (_label, vendorDomains) => {
    const response = await as('edda@example.test').request('POST', '/api/providers', {
      ...sessionProviderData({ slug: freshSlug() }),
      vendorDomains,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)[0]?.path).toBe('vendorDomains')
  })

  it('refuses a closed-set fact outside its set with a 400 naming the field and the values', async () => {
    const created = await as('edda@example.test').request(
      'POST',
      '/api/providers',
      sessionProviderData({ slug: freshSlug(), free_tier: 'yes' }),
    )
    expect(created.status).toBe(201)
    const response = await as('edda@example.test').request(
      'PATCH',
      `/api/providers/${created.body.doc.id}`,
      { free_tier: 'ja' },
    )
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([
      {
        path: 'free_tier',
        message: '„free_tier“ muss einer der erlaubten Werte sein: yes, no, partial.',
      },
    ])
  })

  it('refuses a closed-set value in another case on a new draft', async () => {
    const response = await as('edda@example.test').request(
      'POST',
      '/api/providers',
      sessionProviderData({ slug: freshSlug(), pricing: 'Free' }),
    )
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)[0]?.path).toBe('pricing')
  })

  it('refuses a closed-set fact outside its set over GraphQL with a 400 naming the field', async () => {
    const { status, body } = await graphql({
      query: `mutation { createProvider(draft: true, data: { name: "G", slug: "${freshSlug()}", category: "VPN", website: "https://g.example", logs: "alles" }) { id } }`,
      token: as('edda@example.test').token,
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body.errors)).toContain('logs')
  })

  it('says it in English to a user whose language is en', async () => {
    const response = await fetch(`${server.url}/api/providers`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `JWT ${as('erin@example.test').token}`,
      },
      body: JSON.stringify({ ...sessionProviderData({ slug: freshSlug() }), name: 'A\nB' }),
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(await response.json())[0]?.message).toBe(
      '"name" must not contain line breaks, tabs or other control characters.',
    )
  })
})

describe('bad input answers 400 with a message', () => {
  it('refuses a where on a date with a value that is no date', async () => {
    const { status, body } = await restClient(server.url).request(
      'GET',
      `/api/providers?where[updatedAt][greater_than]=${encodeURIComponent("2020' OR 1=1--")}`,
    )
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain('where[updatedAt][greater_than]')
  })

  it('refuses an operator the field does not support', async () => {
    const { status, body } = await restClient(server.url).request(
      'GET',
      '/api/providers?where[name][near]=1,1',
    )
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain('near')
  })

  it('refuses a GraphQL document whose fragments form a cycle', async () => {
    const { status, body } = await graphql({
      query:
        'query { Providers { docs { ...A } } } fragment A on Provider { ...B } fragment B on Provider { ...A }',
    })
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain('Cannot spread fragment')
  })

  it('refuses an editor query of 200 aliased lists before running it, and keeps answering others', async () => {
    const query = `{ ${Array.from({ length: 200 }, (_, index) => `a${index}: Providers(limit: 100, draft: true) { docs { id name } }`).join(' ')} }`
    const startedAt = performance.now()
    const { status, body } = await graphql({ query, token: as('edda@example.test').token })
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe(
      'Die Abfrage hat 200 Aliasse; erlaubt sind 20. Teile sie in mehrere Abfragen auf.',
    )
    expect(performance.now() - startedAt).toBeLessThan(2_000)
    const modest = await graphql({ query: '{ Providers(limit: 5) { totalDocs } }' })
    expect(modest.status).toBe(200)
  })

  it('refuses a page number of 20 digits with 400 instead of 500', async () => {
    const { status, body } = await restClient(server.url).request(
      'GET',
      '/api/providers?page=99999999999999999999',
    )
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe(
      '„page“ muss eine ganze Zahl mit höchstens neun Ziffern sein, zum Beispiel page=2.',
    )
  })

  it('refuses a JSON body 5,000 levels deep to the findings endpoint with 400', async () => {
    const created = await as('edda@example.test').request('POST', '/api/providers', {
      ...sessionProviderData({ slug: freshSlug() }),
    })
    const deep = `{"revision":${'['.repeat(5000)}${']'.repeat(5000)}}`
    const response = await fetch(`${server.url}/api/providers/${created.body.doc.id}/findings`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `JWT ${as('edda@example.test').token}`,
      },
      body: deep,
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toContain('tiefer als 100 Ebenen')
  })

  it('refuses rich text 3,000 levels deep in a PATCH with 400', async () => {
    const created = await as('edda@example.test').request('POST', '/api/providers', {
      ...sessionProviderData({ slug: freshSlug() }),
    })
    // Built as text: JSON.stringify itself overflows the stack at this depth.
    const deep = `{"fitFor":[${'{"type":"p","children":['.repeat(3000)}{"text":"tief"}${']}'.repeat(3000)}]}`
    const response = await fetch(`${server.url}/api/providers/${created.body.doc.id}?draft=true`, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        authorization: `JWT ${as('edda@example.test').token}`,
      },
      body: deep,
    })
    expect(response.status).toBe(400)
  })

  it('refuses multipart/form-data without a boundary with 400', async () => {
    const response = await fetch(`${server.url}/api/providers`, {
      method: 'POST',
      headers: {
        'content-type': 'multipart/form-data',
        authorization: `JWT ${as('edda@example.test').token}`,
      },
      body: 'x',
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toContain('boundary')
  })

  it('answers TRACE with 405 and the methods the API has', async () => {
    const response = await fetch(`${server.url}/api/providers`, { method: 'TRACE' }).catch(
      (err: Error) => err,
    )
    // Node's fetch refuses to send TRACE itself; the raw request shows the server's answer.
    expect(response).toBeInstanceOf(Error)
    const raw = await rawRequest('TRACE', '/api/providers')
    expect(raw.status).toBe(405)
    expect(raw.headers.allow).toContain('PATCH')
  })

  it('tells an anonymous GraphQL client it cannot access the admin', async () => {
    const { status, body } = await graphql({ query: '{ Access { canAccessAdmin } }' })
    expect(status).toBe(200)
    expect(body).toEqual({ data: { Access: { canAccessAdmin: false } } })
  })
})

describe('body limit', () => {
  const bigBody = JSON.stringify({ query: `{ Access { canAccessAdmin } }`, pad: 'x'.repeat(3e6) })

  it('refuses a GraphQL body over 2 MB with 413', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bigBody,
    })
    expect(response.status).toBe(413)
  })

  it('refuses a REST body over 2 MB with 413', async () => {
    const response = await fetch(`${server.url}/api/providers`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `JWT ${as('edda@example.test').token}`,
      },
      body: bigBody,
    })
    expect(response.status).toBe(413)
  })

  it('takes a GraphQL body under the limit', async () => {
    const { status } = await graphql({ query: `{ Access { canAccessAdmin } }#${'x'.repeat(1e6)}` })
    expect(status).toBe(200)
  })
})

describe('over http', () => {
  it('sends no HSTS and a session cookie without Secure', async () => {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'edda@example.test', password: testPassword }),
    })
    expect(response.headers.get('strict-transport-security')).toBeNull()
    expect(response.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i)
  })
})
