/**
 * `approvePages` in a process of its own, for tests whose database belongs to a running
 * server or the CLI: `tsx tests/helpers/approvePagesMain.ts [slug…]` with the test's env.
 */
import { openPayload } from '../../src/db/openPayload'
import { approvePages } from './approvePages'

const slugs = process.argv.slice(2)
const payload = await openPayload()
await approvePages({ payload, ...(slugs.length ? { slugs } : {}) })
await payload.destroy()
process.exit(0)
