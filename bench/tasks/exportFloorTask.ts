import { rm } from 'node:fs/promises'
import type { Payload } from 'payload'

import { exportFloor } from '../floors'

/** Times the export floor into an empty folder. */
export const exportFloorTask = async ({
  payload,
  args,
}: {
  payload: Payload
  args: { outDir: string }
}) => {
  await rm(args.outDir, { recursive: true, force: true })
  const startedAt = performance.now()
  const { files } = await exportFloor({ payload, outDir: args.outDir })
  return { ms: performance.now() - startedAt, files }
}
