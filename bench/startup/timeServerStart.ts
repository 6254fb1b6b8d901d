import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

import { root } from './timeProcess'

/** How often the bench asks while the server starts. */
const pollMs = 10
const giveUpMs = 180_000

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })

/** Asks `url` until it answers 200; the first connection refused comes before the server listens. */
const untilOk = async ({
  url,
  child,
  log,
}: {
  url: string
  child: ChildProcess
  log: () => string
}) => {
  const startedAt = performance.now()
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`npm start exited with ${child.exitCode}:\n${log()}`)
    if (performance.now() - startedAt > giveUpMs) throw new Error(`${url} gave no 200:\n${log()}`)
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) return
    await sleep(pollMs)
  }
}

/** Stops `npm start` and the server under it (a process group of their own). */
const stopGroup = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid!, 'SIGTERM')
  const killer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000)
  await exited
  clearTimeout(killer)
}

export type ServerStart = { healthzMs: number; readyzAfterMs: number }

/**
 * `npm start` as a person runs it, on `env`'s database: the time from the spawn to the
 * first 200 of `/healthz`, and from there to the first 200 of `/readyz`.
 */
export const timeServerStart = async ({
  env,
}: {
  env: Record<string, string>
}): Promise<ServerStart> => {
  const port = await freePort()
  const startedAt = performance.now()
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const log = () => stderr
  try {
    await untilOk({ url: `http://127.0.0.1:${port}/healthz`, child, log })
    const healthzMs = performance.now() - startedAt
    await untilOk({ url: `http://127.0.0.1:${port}/readyz`, child, log })
    return { healthzMs, readyzAfterMs: performance.now() - startedAt - healthzMs }
  } finally {
    await stopGroup(child)
  }
}
