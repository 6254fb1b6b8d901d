/**
 * Fails when the committed `src/payload-types.ts` is out of date with the config:
 * generates the types into a temporary file and compares them byte for byte.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const committed = path.join(root, 'src/payload-types.ts')
const dir = mkdtempSync(path.join(tmpdir(), 'provider-desk-types-'))
const fresh = path.join(dir, 'payload-types.ts')

try {
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/payload/bin.js'), 'generate:types'],
    {
      cwd: root,
      env: { ...process.env, PAYLOAD_TS_OUTPUT_PATH: fresh, DATA_DIR: dir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    process.stderr.write(
      'src/payload-types.ts is out of date with the collections. Run `npm run generate:types` and commit the result.\n',
    )
    process.exitCode = 1
  } else {
    process.stdout.write('src/payload-types.ts is up to date.\n')
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
