import type { Payload } from 'payload'

import type { RestClient } from './rest'
import { login } from './rest'
import { runCli } from './cli'

export const testPassword = 'test-password-1'

/**
 * Creates an admin with the CLI (as an operator would), then the other users over
 * REST as that admin, and returns a logged-in client per e-mail.
 */
export const createUsers = async ({
  baseUrl,
  env,
  users,
}: {
  baseUrl: string
  env: Record<string, string>
  /** `language`: the user's language, German unless given. */
  users: { email: string; roles: string[]; name?: string; language?: 'de' | 'en' }[]
}): Promise<Record<string, RestClient>> => {
  const admin = { email: 'admin@example.test', roles: ['admin'] }
  const created = await runCli({
    args: ['user', 'add', '--email', admin.email, '--role', 'admin', '--json'],
    env: { ...env, PROVIDER_DESK_PASSWORD: testPassword },
  })
  if (created.code !== 0) throw new Error(`user add failed: ${created.stderr}`)
  const adminClient = await login(baseUrl, admin.email, testPassword)
  const clients: Record<string, RestClient> = { [admin.email]: adminClient }
  for (const user of users) {
    const response = await adminClient.request('POST', '/api/users', {
      language: 'de',
      ...user,
      password: testPassword,
    })
    if (response.status !== 201)
      throw new Error(`creating ${user.email}: ${JSON.stringify(response.body)}`)
    clients[user.email] = await login(baseUrl, user.email, testPassword)
  }
  return clients
}

/** A user made directly through the Local API (system work), for tests that act on its behalf. */
export const createLocalUser = ({
  payload,
  email,
  roles,
}: {
  payload: Payload
  email: string
  roles: ('admin' | 'editor' | 'reviewer' | 'publisher')[]
}) =>
  payload.create({
    collection: 'users',
    data: { email, roles, language: 'de', password: testPassword },
  })
