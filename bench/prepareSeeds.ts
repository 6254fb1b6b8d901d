import path from 'node:path'

import { benchDir } from './benchDir'
import { copyDb, removeDb } from './copyDb'
import { progress } from './progress'
import { runTask } from './runTask'

export type Seeds = { small: string; big: string }

/**
 * One seeded database per size (published providers with sources and an audit, 1 %
 * stale): the small one is seeded, copied, and the copy seeded on to the big size.
 * Every figure works on a copy of these files.
 */
export const prepareSeeds = async ({
  small,
  big,
}: {
  small: number
  big: number
}): Promise<Seeds> => {
  const seeds = {
    small: path.join(benchDir, `seed-${small}.db`),
    big: path.join(benchDir, `seed-${big}.db`),
  }
  removeDb(seeds.small)
  progress(`seeding ${small} providers`)
  const first = await runTask<{ ms: number }>({
    task: 'seed',
    dbFile: seeds.small,
    args: { total: small, staleEvery: 100 },
  })
  copyDb({ from: seeds.small, to: seeds.big })
  progress(`seeding on to ${big} providers (${(first.result.ms / 1000).toFixed(1)} s so far)`)
  await runTask({ task: 'seed', dbFile: seeds.big, args: { total: big, staleEvery: 100 } })
  return seeds
}
