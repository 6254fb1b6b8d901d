#!/usr/bin/env node
// The `provider-desk` command: runs the CLI built to JavaScript (bin/cliBuild.js; rebuilt
// when its sources changed), or the TypeScript sources through tsx's loader when
// PROVIDER_DESK_FROM_SOURCE=1 or the build cannot be made.
import { builtEntry } from './cliBuild.js'

process.env.LOG_LEVEL ??= 'warn'
const built = process.env.PROVIDER_DESK_FROM_SOURCE === '1' ? null : await builtEntry('main')
let main
if (built) {
  // A stack trace names the .ts line.
  process.setSourceMapsEnabled(true)
  ;({ main } = await import(built))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../src/cli/main.ts'))
}
const code = await main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(
    `provider-desk: unexpected error (a bug, please report it):\n${err?.stack ?? err}\n`,
  )
  return 1
})
process.exit(code)
