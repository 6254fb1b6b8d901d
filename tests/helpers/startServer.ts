import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { createInterface } from 'node:readline'

import type { TestEnv } from './testEnv'
import { makeTestEnv } from './testEnv'

const root = path.resolve(import.meta.dirname, '..', '..')

export type RunningServer = {
  url: string
  testEnv: TestEnv
  /** Everything the server wrote to stderr, for failure messages. */
  log: () => string
  stop: () => Promise<void>
}

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

const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
  })

/**
 * Starts the real server (`src/start.ts`, as `npm start` does) on a free port with
 * a database of its own, and resolves once it listens. The admin must be built
 * (the integration and e2e projects build it in their global setup).
 */
export const startServer = async ({
  name,
  env = {},
}: {
  name: string
  env?: Record<string, string>
}): Promise<RunningServer> => {
  const testEnv = makeTestEnv(name)
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/start.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        ...testEnv.vars,
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start within 120 s:\n${stderr}`)),
      120_000,
    )
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with code ${code} before listening:\n${stderr}`))
    })
    const lines = createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      if (line.includes('"event":"listening"')) {
        clearTimeout(timer)
        resolve()
      }
    })
  })
  return {
    url: `http://127.0.0.1:${port}`,
    testEnv,
    log: () => stderr,
    stop: async () => {
      await stopChild(child)
      testEnv.cleanup()
    },
  }
}
