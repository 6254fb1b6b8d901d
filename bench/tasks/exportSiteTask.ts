import { mkdir, rm } from 'node:fs/promises'
import type { Payload } from 'payload'

import { exportSite } from '../../tests/helpers/exportSite'
import { heapAfterGcMiB } from '../heapAfterGc'

/**
 * Times a full export into an empty site, then an export of the unchanged site. Then,
 * untimed, a third full export into another empty site that collects the garbage after
 * every batch: the heap it still holds then is what the export keeps (live data), apart
 * from what V8 merely has not collected yet.
 */
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
  const full = await exportSite({ payload, siteDir: args.siteDir })
  const fullMs = performance.now() - startedAt
  const againAt = performance.now()
  const again = await exportSite({ payload, siteDir: args.siteDir })
  const reexportMs = performance.now() - againAt
  const heapSite = `${args.siteDir}-heap`
  await rm(heapSite, { recursive: true, force: true })
  await mkdir(heapSite, { recursive: true })
  const heapBeforeMiB = heapAfterGcMiB()
  let heapMaxMiB = heapBeforeMiB
  await exportSite({
    payload,
    siteDir: heapSite,
    onProgress: () => {
      heapMaxMiB = Math.max(heapMaxMiB, heapAfterGcMiB())
    },
  })
  await rm(heapSite, { recursive: true, force: true })
  return {
    fullMs,
    heapBeforeMiB,
    heapMaxMiB,
    written: full.written.length,
    reexportMs,
    rewritten: again.written.length,
    unchanged: again.unchanged,
  }
}
