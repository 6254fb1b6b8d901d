import { rm } from 'node:fs/promises'
import type { Payload } from 'payload'

import { exportFloor } from '../floors'

/** Runs the export floor into an empty folder; its time is the sum of its timed parts. */
export const exportFloorTask = async ({
  payload,
  args,
}: {
  payload: Payload
  args: { outDir: string }
}) => {
  await rm(args.outDir, { recursive: true, force: true })
  const floor = await exportFloor({ payload, outDir: args.outDir })
  return { ...floor, ms: floor.readMs + floor.renderMs + floor.writeMs }
}
