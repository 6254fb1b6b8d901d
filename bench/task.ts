/**
 * A bench child process: `tsx bench/task.ts <task> <json args>`. Opens Payload on the
 * DATABASE_URL it was given, runs the task, and prints `{ result, peakRssMiB }` as
 * its last stdout line (peak RSS of the whole process, from `resourceUsage().maxRSS`).
 */
import type { Payload } from 'payload'

import type { TaskName } from './tasks/taskNames'
import { openPayload } from '../src/db/openPayload'
import { evidenceSaveTask } from './tasks/evidenceSaveTask'
import { evidenceSeedTask } from './tasks/evidenceSeedTask'
import { exportFloorTask } from './tasks/exportFloorTask'
import { exportSiteTask } from './tasks/exportSiteTask'
import { importFloorTask } from './tasks/importFloorTask'
import { importPagesTask } from './tasks/importPagesTask'
import { scanTask } from './tasks/scanTask'
import { seedTask } from './tasks/seedTask'
import { watchFloorTask } from './tasks/watchFloorTask'
import { watchSeedTask } from './tasks/watchSeedTask'
import { watchTask } from './tasks/watchTask'

type Task = (input: { payload: Payload; args: never }) => Promise<unknown>

const tasks: Record<TaskName, Task> = {
  seed: seedTask as Task,
  exportSite: exportSiteTask as Task,
  exportFloor: exportFloorTask as Task,
  importPages: importPagesTask as Task,
  importFloor: importFloorTask as Task,
  scan: scanTask as Task,
  watchSeed: watchSeedTask as Task,
  watchFloor: watchFloorTask as Task,
  watch: watchTask as Task,
  evidenceSeed: evidenceSeedTask as Task,
  evidenceSave: evidenceSaveTask as Task,
}

const main = async () => {
  const [name, json] = process.argv.slice(2)
  const task = tasks[name as TaskName]
  if (!task) throw new Error(`unknown bench task ${name}`)
  const payload = await openPayload()
  const result = await task({ payload, args: JSON.parse(json ?? '{}') as never })
  const peakRssMiB = process.resourceUsage().maxRSS / 1024
  process.stdout.write(JSON.stringify({ result, peakRssMiB }) + '\n')
  process.exit(0)
}

main().catch((err: unknown) => {
  process.stderr.write(`bench task failed: ${err instanceof Error ? err.stack : String(err)}\n`)
  process.exit(1)
})
