import path from 'node:path'

import { runCli } from '../tests/helpers/cli'
import { startServer } from '../tests/helpers/startServer'
import { benchDir } from './benchDir'
import { benchEnv } from './benchEnv'
import { copyDb } from './copyDb'
import { progress } from './progress'

const editor = { email: 'bench-editor@example.test', password: 'bench-password-1' }

export type BenchServer = {
  url: string
  /** The editor's session: `Authorization` for the REST API, `Cookie` for the admin. */
  authHeaders: { authorization: string }
  cookieHeaders: { cookie: string; 'sec-fetch-site': string }
  stop: () => Promise<void>
}

/** Logs the editor in (`POST /api/users/login`) and checks that the token is accepted. */
const logIn = async (url: string) => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(editor),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) {
    throw new Error(`bench login failed: ${response.status} ${JSON.stringify(body)}`)
  }
  const authHeaders = { authorization: `JWT ${body.token}` }
  const me = await fetch(`${url}/api/users/me`, { headers: authHeaders })
  const { user } = (await me.json()) as { user: { email?: string } | null }
  if (user?.email !== editor.email) {
    throw new Error(`the bench editor's token is not accepted: /api/users/me gave ${me.status}`)
  }
  // With a CSRF allowlist Payload takes the cookie only from a same-origin browser request.
  const cookieHeaders = { cookie: `payload-token=${body.token}`, 'sec-fetch-site': 'same-origin' }
  return { authHeaders, cookieHeaders }
}

/**
 * The real server (`src/start.ts`, which builds the admin first if its sources changed)
 * on a copy of `seed`, with an editor (a role that reads drafts) added through the CLI
 * and logged in.
 */
export const startBenchServer = async ({
  name,
  seed,
}: {
  name: string
  seed: string
}): Promise<BenchServer> => {
  const dbFile = path.join(benchDir, `${name}.db`)
  copyDb({ from: seed, to: dbFile })
  const added = await runCli({
    args: ['user', 'add', '--email', editor.email, '--role', 'editor'],
    env: { ...benchEnv({ dbFile }), PROVIDER_DESK_PASSWORD: editor.password },
  })
  if (added.code !== 0) throw new Error(`bench user add failed: ${added.stderr}`)
  progress(`starting the server on ${path.basename(seed)} (builds the admin if it changed)`)
  const server = await startServer({
    name: `bench-${name}`,
    env: { DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: 'error', PROVIDER_DESK_ROLE: 'web' },
  })
  try {
    return { url: server.url, ...(await logIn(server.url)), stop: server.stop }
  } catch (err) {
    await server.stop()
    throw err
  }
}
