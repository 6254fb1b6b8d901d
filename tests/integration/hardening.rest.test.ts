import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import { login } from '../helpers/rest'
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
