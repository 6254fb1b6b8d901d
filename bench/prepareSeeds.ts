import { existsSync } from 'node:fs'
import path from 'node:path'

import { benchDir } from './benchDir'
import { copyDb, removeDb } from './copyDb'
import { progress } from './progress'
import { runTask } from './runTask'

export type Seeds = { tiny: string; small: string; big: string }
export type SeedSizes = { tiny: number; small: number; big: number }

/**
 * One seeded database per size (published providers with sources and an audit, 1 %
 * stale): the tiny one is seeded, copied, and the copy seeded on to the small size,
 * and that one on to the big size. Every figure works on a copy of these files.
 * `isReuseSeeds` keeps the seeds of an earlier run when all three are there: for a
 * partial run, when neither the seeding nor the schema changed since.
 */
export const prepareSeeds = async (
  sizes: SeedSizes,
  { isReuseSeeds = false }: { isReuseSeeds?: boolean } = {},
): Promise<Seeds> => {
  const seeds = {
    tiny: path.join(benchDir, `seed-${sizes.tiny}.db`),
    small: path.join(benchDir, `seed-${sizes.small}.db`),
    big: path.join(benchDir, `seed-${sizes.big}.db`),
  }
  if (isReuseSeeds && Object.values(seeds).every((file) => existsSync(file))) {
    progress('reusing the seeds of an earlier run (--reuse-seeds)')
    return seeds
  }
  removeDb(seeds.tiny)
  const startedAt = performance.now()
  let from: string | null = null
  for (const size of ['tiny', 'small', 'big'] as const) {
    if (from) copyDb({ from, to: seeds[size] })
    const soFar = ((performance.now() - startedAt) / 1000).toFixed(1)
    progress(`seeding ${from ? 'on to ' : ''}${sizes[size]} providers (${soFar} s so far)`)
    await runTask({
      task: 'seed',
      dbFile: seeds[size],
      args: { total: sizes[size], staleEvery: 100 },
    })
    from = seeds[size]
  }
  return seeds
}
