#!/usr/bin/env node
// The `provider-desk` command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api'

process.env.LOG_LEVEL ??= 'warn'
register()
const { main } = await import('../src/cli/main.ts')
const code = await main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(
    `provider-desk: unexpected error (a bug, please report it):\n${err?.stack ?? err}\n`,
  )
  return 1
})
process.exit(code)
