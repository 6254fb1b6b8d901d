import { mkdir, rm } from 'node:fs/promises'
import type { Payload } from 'payload'

import { writeSite } from '../../src/export/writeSite'

/** Times a full export into an empty site, then an export of the unchanged site. */
export const exportSiteTask = async ({
  payload,
  args,
}: {
  payload: Payload
  args: { siteDir: string }
}) => {
  await rm(args.siteDir, { recursive: true, force: true })
  await mkdir(args.siteDir, { recursive: true })
  const startedAt = performance.now()
  const full = await writeSite({ payload, siteDir: args.siteDir })
  const fullMs = performance.now() - startedAt
  const againAt = performance.now()
  const again = await writeSite({ payload, siteDir: args.siteDir })
  return {
    fullMs,
    written: full.written.length,
    reexportMs: performance.now() - againAt,
    rewritten: again.written.length,
    unchanged: again.unchanged,
  }
}
