import path from 'node:path'

import type { Seeds } from '../prepareSeeds'
import { benchDir } from '../benchDir'
import { copyDb } from '../copyDb'
import { figureLine } from '../figureLine'
import { progress } from '../progress'
import { runTask } from '../runTask'
import { writePages } from '../writePages'

type ImportRun = { ms: number; imported: number; reimportMs: number | null }

const rateGoal = 30

const perSecond = (count: number, ms: number): string =>
  `${(count / (ms / 1000)).toFixed(1)} pages/s`

/** Imports the pages into a copy of `seed` (and, with `isTwice`, again unchanged). */
const importInto = async ({
  seed,
  name,
  pagesDir,
  isTwice,
}: {
  seed: string
  name: string
  pagesDir: string
  isTwice: boolean
}) => {
  const dbFile = path.join(benchDir, `${name}.db`)
  copyDb({ from: seed, to: dbFile })
  return runTask<ImportRun>({ task: 'importPages', dbFile, args: { dir: pagesDir, isTwice } })
}

/**
 * Import of `count` new pages (slugs that neither seed holds) into a database that
 * already holds the small seed's providers and into one that holds the big seed's: the
 * rate at the small size against 30 pages/s, the cost per page at the big size against
 * the small one, the small import against the floor of creating the same documents,
 * and the same pages imported again unchanged.
 */
export const importSection = async ({
  seeds,
  sizes,
  count,
}: {
  seeds: Seeds
  sizes: [number, number]
  count: number
}) => {
  const pagesDir = path.join(benchDir, `pages-new-${count}`)
  writePages({ dir: pagesDir, count, firstIndex: sizes[1] })
  const floorDb = path.join(benchDir, 'import-floor.db')
  copyDb({ from: seeds.small, to: floorDb })
  progress(`import floor, ${count} pages into ${sizes[0]} providers`)
  const floor = await runTask<{ ms: number }>({
    task: 'importFloor',
    dbFile: floorDb,
    args: { dir: pagesDir },
  })
  progress(`import, ${count} new pages into ${sizes[0]} providers, then again unchanged`)
  const small = await importInto({
    seed: seeds.small,
    name: 'import-small',
    pagesDir,
    isTwice: true,
  })
  progress(`import, ${count} new pages into ${sizes[1]} providers`)
  const big = await importInto({ seed: seeds.big, name: 'import-big', pagesDir, isTwice: false })
  for (const run of [small, big]) {
    if (run.result.imported !== count) {
      throw new Error(`imported ${run.result.imported} of ${count} new pages`)
    }
  }
  const [n, bigN] = sizes.map((size) => size.toLocaleString('en'))
  const rate = count / (small.result.ms / 1000)
  const floorRatio = small.result.ms / floor.result.ms
  const perPage = (run: typeof small) => run.result.ms / count
  const growth = perPage(big) / perPage(small)
  const againMs = small.result.reimportMs ?? Number.NaN
  const lines = [
    figureLine({
      name: `import new pages, N=${n}`,
      measured: perSecond(count, small.result.ms),
      floor: `${rateGoal} pages/s`,
      ratio: rate / rateGoal,
      goal: `goal ≥ ${rateGoal} pages/s`,
      isMet: rate >= rateGoal,
    }),
    figureLine({
      name: `import new per page, N=${bigN}`,
      measured: `${perPage(big).toFixed(1)} ms a page`,
      floor: `N=${n} ${perPage(small).toFixed(1)} ms a page`,
      ratio: growth,
      goal: 'goal ≤ 1.2×',
      isMet: growth <= 1.2,
    }),
    figureLine({
      name: `import new vs floor, N=${n}`,
      measured: perSecond(count, small.result.ms),
      floor: `floor (Local API creates) ${perSecond(count, floor.result.ms)}`,
      ratio: floorRatio,
      goal: 'goal ≤ 1.5×',
      isMet: floorRatio <= 1.5,
    }),
    figureLine({
      name: `import unchanged pages, N=${n}`,
      measured: perSecond(count, againMs),
      floor: `floor (Local API creates) ${perSecond(count, floor.result.ms)}`,
      ratio: againMs / floor.result.ms,
      goal: '(no goal)',
      isMet: null,
    }),
  ]
  const memory = [
    { name: `import new, N=${n}`, peakRssMiB: small.peakRssMiB },
    { name: `import new, N=${bigN}`, peakRssMiB: big.peakRssMiB },
  ]
  return { lines, memory }
}
