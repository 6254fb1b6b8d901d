import { existsSync } from 'node:fs'
import path from 'node:path'

import { benchDir } from './benchDir'
import { copyDb, removeDb } from './copyDb'
import { progress } from './progress'
import { runTask } from './runTask'

export type Seeds = { tiny: string; small: string; big: string }
export type SeedSizes = { tiny: number; small: number; big: number }

type Step = { file: string; size: number }

/**
 * Seeds each step's file: the first from nothing, every other one on to a copy of the
 * one before. `isReuseSeeds` keeps the files of an earlier run when all are there: for a
 * partial run, when neither the seeding nor the schema changed since.
 */
const seedSteps = async (steps: Step[], { isReuseSeeds }: { isReuseSeeds: boolean }) => {
  if (isReuseSeeds && steps.every((step) => existsSync(step.file))) {
    progress('reusing the seeds of an earlier run (--reuse-seeds)')
    return
  }
  removeDb(steps[0]!.file)
  const startedAt = performance.now()
  let from: string | null = null
  for (const step of steps) {
    if (from) copyDb({ from, to: step.file })
    const soFar = ((performance.now() - startedAt) / 1000).toFixed(1)
    progress(`seeding ${from ? 'on to ' : ''}${step.size} providers (${soFar} s so far)`)
    await runTask({ task: 'seed', dbFile: step.file, args: { total: step.size, staleEvery: 100 } })
    from = step.file
  }
}

const seedFile = (size: number) => path.join(benchDir, `seed-${size}.db`)

/**
 * One seeded database per size (published providers with sources and an audit, 1 %
 * stale): the tiny one is seeded, copied, and the copy seeded on to the small size,
 * and that one on to the big size. Every figure works on a copy of these files.
 */
export const prepareSeeds = async (
  sizes: SeedSizes,
  { isReuseSeeds = false }: { isReuseSeeds?: boolean } = {},
): Promise<Seeds> => {
  const seeds = {
    tiny: seedFile(sizes.tiny),
    small: seedFile(sizes.small),
    big: seedFile(sizes.big),
  }
  await seedSteps(
    (['tiny', 'small', 'big'] as const).map((size) => ({ file: seeds[size], size: sizes[size] })),
    { isReuseSeeds },
  )
  return seeds
}

/** Only the small seed (on to the tiny one), for a run that needs no big one. */
export const prepareSmallSeed = async (
  sizes: Omit<SeedSizes, 'big'>,
  { isReuseSeeds = false }: { isReuseSeeds?: boolean } = {},
): Promise<string> => {
  const steps = [
    { file: seedFile(sizes.tiny), size: sizes.tiny },
    { file: seedFile(sizes.small), size: sizes.small },
  ]
  await seedSteps(steps, { isReuseSeeds })
  return steps[1]!.file
}
