import { mkdirSync, rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')

export type TestEnv = {
  dir: string
  databaseUrl: string
  vars: Record<string, string>
  cleanup: () => void
}

/**
 * A throwaway environment for one test file: its own folder and SQLite file.
 * A DATABASE_URL given from outside (e.g. mongodb://…) is honoured, with a
 * database name of its own, so the suite runs unchanged against MongoDB.
 */
export const makeTestEnv = (name: string): TestEnv => {
  const id = `${name}-${process.pid}-${randomBytes(4).toString('hex')}`
  const dir = path.join(root, 'tests', '.work', id)
  mkdirSync(dir, { recursive: true })
  const given = process.env.PROVIDER_DESK_TEST_DATABASE_URL ?? ''
  const databaseUrl = given.startsWith('mongodb')
    ? given.replace(/\/([^/?]*)(\?|$)/, `/pd-test-${id.replace(/[^a-z0-9-]/gi, '')}$2`)
    : `file:${path.join(dir, 'provider-desk.db')}`
  const vars = {
    DATABASE_URL: databaseUrl,
    DATA_DIR: path.join(dir, 'data'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PUBLIC_URL: 'http://localhost:3000',
    SEED_DEMO: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    PROVIDER_DESK_IGNORE_DOTENV: '1',
  }
  return {
    dir,
    databaseUrl,
    vars,
    cleanup: () => {
      if (!process.env.KEEP_TEST_FILES) rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Applies a test environment to this process (before Payload is opened). */
export const useTestEnv = (name: string): TestEnv => {
  const testEnv = makeTestEnv(name)
  Object.assign(process.env, testEnv.vars)
  return testEnv
}
