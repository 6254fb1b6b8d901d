import { spawn } from 'node:child_process'
import path from 'node:path'
import Database from 'libsql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runCli } from '../helpers/cli'
import type { TestEnv } from '../helpers/testEnv'
import { makeTestEnv } from '../helpers/testEnv'

const root = path.resolve(import.meta.dirname, '..', '..')

let testEnv: TestEnv

/** Runs `npm start`'s entry and resolves with its exit code and stderr (it must exit by itself). */
const startOnce = (env: Record<string, string>): Promise<{ code: number | null; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/start.ts'],
      {
        cwd: root,
        env: { ...process.env, ...testEnv.vars, PORT: '39123', ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`start did not exit within 90 s:\n${stderr}`))
    }, 90_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stderr })
    })
  })

beforeAll(() => {
  testEnv = makeTestEnv('database-faults')
})

afterAll(() => testEnv.cleanup())

describe('the database missing or locked at start', () => {
  it('exits 2 with what to fix when the database folder does not exist', async () => {
    const url = `file:${path.join(testEnv.dir, 'no-such-folder', 'desk.db')}`
    const result = await startOnce({ DATABASE_URL: url })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /the folder .*no-such-folder does not exist\. Create it, or point DATABASE_URL/,
    )
  })

  it('exits 2 from the CLI too, without creating the folder', async () => {
    const url = `file:${path.join(testEnv.dir, 'still-missing', 'desk.db')}`
    const result = await runCli({
      args: ['lint', '--json'],
      env: { ...testEnv.vars, DATABASE_URL: url },
    })
    expect(result.code).toBe(2)
    expect(result.json.error.code).toBe('db.unavailable')
  })

  it('exits 2 once, naming the lock, when another program holds the database file', async () => {
    const file = path.join(testEnv.dir, 'locked.db')
    const holder = new Database(file)
    holder.exec('CREATE TABLE held (x)')
    holder.exec('BEGIN EXCLUSIVE')
    holder.exec('INSERT INTO held VALUES (1)')
    try {
      const result = await startOnce({ DATABASE_URL: `file:${file}` })
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/Cannot open the database .*locked/i)
    } finally {
      holder.exec('ROLLBACK')
      holder.close()
    }
  })
})
