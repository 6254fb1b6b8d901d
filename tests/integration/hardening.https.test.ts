import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../helpers/startServer'
import { startServer } from '../helpers/startServer'
import { createUsers, testPassword } from '../helpers/users'

/** A server whose PUBLIC_URL is https (a TLS proxy in front): Secure cookies and HSTS. */

let server: RunningServer

beforeAll(async () => {
  server = await startServer({
    name: 'hardening-https',
    env: { PUBLIC_URL: 'https://desk.example.test' },
  })
  await createUsers({
    baseUrl: server.url,
    env: { ...server.testEnv.vars, PUBLIC_URL: 'https://desk.example.test' },
    users: [],
  })
})

afterAll(async () => {
  await server?.stop()
})

describe('behind https', () => {
  it('marks the session cookie Secure', async () => {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.test', password: testPassword }),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('set-cookie')).toMatch(/payload-token=[^;]+;.*\bSecure\b/i)
  })

  it('sends HSTS', async () => {
    const response = await fetch(`${server.url}/admin/login`)
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/)
  })
})
