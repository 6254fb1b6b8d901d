import path from 'node:path'

import { benchDir } from '../benchDir'
import { benchEnv } from '../benchEnv'
import { copyDb } from '../copyDb'
import { figureLine } from '../figureLine'
import { formatMs } from '../formatMs'
import { median } from '../median'
import { progress } from '../progress'
import { timeRuns } from '../startup/timeProcess'
import type { ServerStart } from '../startup/timeServerStart'
import { timeServerStart } from '../startup/timeServerStart'

/** Each figure is the median of this many cold runs (each a process of its own). */
const runs = 5
const bin = 'bin/provider-desk.js'
const floorScript = 'bench/startup/readProviderRaw.mjs'
const serverGoalMs = 3_000

const medianMs = (results: { ms: number }[]) => median(results.map((result) => result.ms))

/**
 * How long a command takes from its start to its exit, against the floor measured in the
 * same run: `--help` against `node -e 0` (plus printing the same text), `lint --provider`
 * and `user add` on the small seed against a Node script that opens the same database
 * with libsql and reads that provider's rows raw, and `npm start` (built) to `/healthz`
 * against 3 s, with `/readyz` right after. One untimed run of each first: it builds what
 * is stale and fills the file cache, so every timed run is a cold process on a warm disk.
 */
export const startupSection = async ({ seed, count }: { seed: string; count: number }) => {
  const dbFile = path.join(benchDir, 'startup.db')
  copyDb({ from: seed, to: dbFile })
  const env = benchEnv({ dbFile })
  const slug = `bench-${Math.floor(count / 2)}`
  const node = process.execPath

  progress(`startup: ${runs} runs each of node -e 0, provider-desk --help and its printing`)
  const [help] = await timeRuns({ runs: 1, command: node, args: [bin, '--help'], env })
  const helpText = help!.stdout
  const nodeMs = medianMs(await timeRuns({ runs, command: node, args: ['-e', '0'], env }))
  const printCode = `process.stdout.write(${JSON.stringify(helpText)})`
  const printMs = medianMs(await timeRuns({ runs, command: node, args: ['-e', printCode], env }))
  const helpMs = medianMs(await timeRuns({ runs, command: node, args: [bin, '--help'], env }))
  const helpGoalMs = 1.5 * nodeMs + Math.max(0, printMs - nodeMs)

  progress(`startup: ${runs} runs each of the raw read of ${slug}, lint and user add, N=${count}`)
  const floorArgs = [floorScript, dbFile, slug]
  await timeRuns({ runs: 1, command: node, args: floorArgs, env })
  const floorMs = medianMs(await timeRuns({ runs, command: node, args: floorArgs, env }))
  const lintArgs = [bin, 'lint', '--provider', slug, '--json']
  // lint exits 1 when the profile has an error finding: both are a finished run.
  await timeRuns({ runs: 1, codes: [0, 1], command: node, args: lintArgs, env })
  const lintMs = medianMs(
    await timeRuns({ runs, codes: [0, 1], command: node, args: lintArgs, env }),
  )
  const userArgs = (run: number) => [
    bin,
    'user',
    'add',
    '--email',
    `startup-${run}@example.test`,
    '--role',
    'editor',
  ]
  const userEnv = { ...env, PROVIDER_DESK_PASSWORD: 'startup-password-1' }
  await timeRuns({ runs: 1, command: node, args: userArgs(0), env: userEnv })
  const userMs: number[] = []
  for (let run = 1; run <= runs; run += 1) {
    const [added] = await timeRuns({ runs: 1, command: node, args: userArgs(run), env: userEnv })
    userMs.push(added!.ms)
  }

  progress(`startup: ${runs} starts of npm start to /healthz and /readyz, N=${count}`)
  const serverEnv = { ...env, LOG_LEVEL: 'warn' }
  await timeServerStart({ env: serverEnv })
  const starts: ServerStart[] = []
  for (let run = 0; run < runs; run += 1) starts.push(await timeServerStart({ env: serverEnv }))
  const healthzMs = median(starts.map((start) => start.healthzMs))
  const readyzAfterMs = median(starts.map((start) => start.readyzAfterMs))

  const n = `N=${count.toLocaleString('en')}`
  const floor = `raw read ${formatMs(floorMs)}`
  return {
    lines: [
      figureLine({
        name: 'provider-desk --help',
        measured: formatMs(helpMs),
        floor: `node -e 0 ${formatMs(nodeMs)}`,
        ratio: helpMs / nodeMs,
        goal: `goal ≤ ${formatMs(helpGoalMs)}`,
        isMet: helpMs <= helpGoalMs,
      }),
      `  goal: 1.5 × node -e 0, plus the printing of the same text (node -e of it: ${formatMs(printMs)})`,
      figureLine({
        name: `lint --provider --json, ${n}`,
        measured: formatMs(lintMs),
        floor,
        ratio: lintMs / floorMs,
        goal: 'goal ≤ 3×',
        isMet: lintMs <= 3 * floorMs,
      }),
      figureLine({
        name: `user add, ${n}`,
        measured: formatMs(median(userMs)),
        floor,
        ratio: median(userMs) / floorMs,
        goal: 'goal ≤ 3×',
        isMet: median(userMs) <= 3 * floorMs,
      }),
      `  floor: node ${floorScript} (libsql opens the file, reads ${slug}'s row and its child tables' rows)`,
      figureLine({
        name: `npm start to /healthz, ${n}`,
        measured: formatMs(healthzMs),
        floor,
        ratio: healthzMs / floorMs,
        goal: `goal ≤ ${formatMs(serverGoalMs)}`,
        isMet: healthzMs <= serverGoalMs,
      }),
      `  /readyz answered ${formatMs(readyzAfterMs)} after /healthz (median); each figure the median of ${runs} cold runs`,
    ],
  }
}
