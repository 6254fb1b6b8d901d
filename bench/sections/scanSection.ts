import path from 'node:path'

import { benchDir } from '../benchDir'
import { copyDb, removeDb } from '../copyDb'
import { figureLine } from '../figureLine'
import { formatMs } from '../formatMs'
import { progress } from '../progress'
import { runTask } from '../runTask'

type ScanRun = {
  total: number
  candidates: number
  candidatesMs: number
  dryRunMs: number
  plan: string[]
  sql: string
}

/**
 * The staleness scan over the big seed (1 % stale) vs a database of only the same
 * number of providers, all stale: a scan that costs per stale provider gives ~1×.
 */
export const scanSection = async ({ seed, count }: { seed: string; count: number }) => {
  // The seed makes provider i stale when i % 100 === 0.
  const staleCount = Math.ceil(count / 100)
  const bigDb = path.join(benchDir, 'scan-big.db')
  copyDb({ from: seed, to: bigDb })
  const smallDb = path.join(benchDir, 'scan-stale.db')
  removeDb(smallDb)
  progress(`seeding ${staleCount} providers, all stale`)
  await runTask({ task: 'seed', dbFile: smallDb, args: { total: staleCount, staleEvery: 1 } })
  progress(`staleness scan over ${count} and over ${staleCount} providers`)
  const big = await runTask<ScanRun>({ task: 'scan', dbFile: bigDb, args: {} })
  const small = await runTask<ScanRun>({ task: 'scan', dbFile: smallDb, args: {} })
  const n = count.toLocaleString('en')
  const figures = [
    { what: 'candidate query', key: 'candidatesMs' as const },
    { what: 'dry run', key: 'dryRunMs' as const },
  ].map(({ what, key }) => {
    const ratio = big.result[key] / small.result[key]
    return figureLine({
      name: `stale scan ${what}, N=${n}`,
      measured: `${formatMs(big.result[key])} (${big.result.candidates} stale)`,
      floor: `${staleCount} of ${small.result.total}, all stale ${formatMs(small.result[key])}`,
      ratio,
      goal: 'goal ≤ 1.5×',
      isMet: ratio <= 1.5,
    })
  })
  const plan = [
    `  query plan (bench-only EXPLAIN QUERY PLAN of the candidate query at N=${n}):`,
    ...big.result.plan.map((detail) => `    ${detail}`),
  ]
  return { lines: [...figures, ...plan] }
}
