/**
 * Test setup in a process of its own, for tests whose database belongs to a running server
 * or the CLI (`tsx tests/helpers/databaseSetupMain.ts <command> …` with the test's env):
 * - `approve [slug…]`: `approvePages` (every provider when no slug is given);
 * - `source-change <slug> <url>`: an open change of that cited document for the provider,
 *   as the source watch records one (`createTestSourceChange`).
 */
import { openPayload } from '../../src/db/openPayload'
import { approvePages } from './approvePages'
import { createTestSourceChange } from './reminderFactories'

const [command, ...args] = process.argv.slice(2)
const payload = await openPayload()
if (command === 'approve') {
  await approvePages({ payload, ...(args.length ? { slugs: args } : {}) })
} else if (command === 'source-change') {
  const [slug, url] = args
  const { docs } = await payload.find({
    collection: 'providers',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) throw new Error(`no provider ${slug}`)
  await createTestSourceChange({
    payload,
    provider: docs[0],
    overrides: { url, detectedAt: new Date().toISOString() },
  })
} else {
  throw new Error(`unknown command ${command}`)
}
await payload.destroy()
process.exit(0)
