import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { runCli } from '../../helpers/cli'
import { makeTestEnv } from '../../helpers/testEnv'

const testEnv = makeTestEnv('loaded-modules')
afterAll(() => testEnv.cleanup())

const recorder = path.resolve(import.meta.dirname, '..', '..', 'helpers', 'recordLoadedModules.mjs')
const payloadModule = /\/node_modules\/(payload|@payloadcms\/[^/]+)\//

/** The URLs of the modules `provider-desk <args>` loaded, and its exit code. */
const loadedBy = async (args: string[], vars: Record<string, string>) => {
  const file = path.join(testEnv.dir, `loaded-${randomBytes(6).toString('hex')}.txt`)
  const result = await runCli({
    args,
    env: {
      ...testEnv.vars,
      ...vars,
      NODE_OPTIONS: `--import=${recorder}`,
      RECORD_LOADED_MODULES: file,
    },
  })
  return { code: result.code, urls: readFileSync(file, 'utf8').split('\n').filter(Boolean) }
}

/** bin/provider-desk.js runs the CLI built to JavaScript, or its sources through tsx. */
const ways: { way: string; vars: Record<string, string>; entry: RegExp }[] = [
  { way: 'built', vars: {}, entry: /\/\.build\/cli-[^/]+\/main\.mjs$/ },
  { way: 'from source', vars: { PROVIDER_DESK_FROM_SOURCE: '1' }, entry: /\/src\/cli\/main\.ts$/ },
]

describe.each(ways)(
  'what provider-desk loads before a command is chosen ($way)',
  ({ vars, entry }) => {
    it.each([
      { args: ['--help'], code: 0 },
      { args: ['--version'], code: 0 },
      { args: ['frob'], code: 2 },
      { args: ['lint', '--frob'], code: 2 },
    ])('$args answers without loading Payload', async ({ args, code }) => {
      const loaded = await loadedBy(args, vars)
      expect(loaded.code).toBe(code)
      expect(loaded.urls.some((url) => entry.test(url))).toBe(true)
      expect(loaded.urls.filter((url) => payloadModule.test(url))).toEqual([])
    })

    it('loads Payload once a command with a correct command line is chosen', async () => {
      // The database folder is missing: lint opens Payload and stops there with exit 2.
      const missing = `file:${path.join(testEnv.dir, 'missing', 'provider-desk.db')}`
      const loaded = await loadedBy(['lint', '--json'], { ...vars, DATABASE_URL: missing })
      expect(loaded.code).toBe(2)
      expect(loaded.urls.some((url) => payloadModule.test(url))).toBe(true)
    })
  },
)
