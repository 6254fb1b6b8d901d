#!/usr/bin/env node
// `npm start`: the server (src/start.ts) built to JavaScript with the CLI (bin/cliBuild.js;
// rebuilt when its sources changed), or the TypeScript sources through tsx's loader when
// PROVIDER_DESK_FROM_SOURCE=1 or the build cannot be made. The tests start the sources.
import { builtEntry } from './cliBuild.js'

const built = process.env.PROVIDER_DESK_FROM_SOURCE === '1' ? null : await builtEntry('start')
if (built) {
  // A stack trace names the .ts line.
  process.setSourceMapsEnabled(true)
  await import(built)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../src/start.ts')
}
