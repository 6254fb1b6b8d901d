import path from 'node:path'

import { benchDir } from '../benchDir'
import { copyDb, removeDb } from '../copyDb'
import { figureLine } from '../figureLine'
import { formatMs } from '../formatMs'
import { progress } from '../progress'
import { runTask } from '../runTask'
import { writePages } from '../writePages'

type ImportRun = { ms: number; imported: number; reimportMs: number | null }

const perSecond = (count: number, ms: number): string =>
  `${(count / (ms / 1000)).toFixed(1)} pages/s`

/**
 * Import of `count` new pages vs the floor of creating their documents, both into
 * empty databases, and importing the same pages again unchanged. With `bigSite`,
 * the unchanged import of the big export's pages (its peak RSS is the import's
 * memory figure at that size).
 */
export const importSection = async ({
  count,
  big,
}: {
  count: number
  big: { seed: string; siteDir: string; count: number } | null
}) => {
  const pagesDir = path.join(benchDir, `pages-${count}`)
  writePages({ dir: pagesDir, count })
  const floorDb = path.join(benchDir, 'import-floor.db')
  const importDb = path.join(benchDir, 'import.db')
  removeDb(floorDb)
  removeDb(importDb)
  progress(`import floor, ${count} pages`)
  const floor = await runTask<{ ms: number }>({
    task: 'importFloor',
    dbFile: floorDb,
    args: { dir: pagesDir },
  })
  progress(`import, ${count} pages, then again unchanged`)
  const run = await runTask<ImportRun>({
    task: 'importPages',
    dbFile: importDb,
    args: { dir: pagesDir, isTwice: true },
  })
  const { ms, reimportMs } = run.result
  const n = count.toLocaleString('en')
  const ratio = ms / floor.result.ms
  const againMs = reimportMs ?? Number.NaN
  const lines = [
    figureLine({
      name: `import new pages, N=${n}`,
      measured: perSecond(count, ms),
      floor: `floor (Local API creates) ${perSecond(count, floor.result.ms)}`,
      ratio,
      goal: 'goal ≤ 1.5×',
      isMet: ratio <= 1.5,
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
  const memory = [{ name: `import new, N=${n}`, peakRssMiB: run.peakRssMiB }]
  if (big) {
    const bigDb = path.join(benchDir, 'import-big.db')
    copyDb({ from: big.seed, to: bigDb })
    progress(`import of the ${big.count} exported pages into their own database (unchanged)`)
    const again = await runTask<ImportRun>({
      task: 'importPages',
      dbFile: bigDb,
      args: { dir: big.siteDir, isTwice: false },
    })
    const bigN = big.count.toLocaleString('en')
    lines.push(
      figureLine({
        name: `import unchanged, N=${bigN}`,
        measured: `${formatMs(again.result.ms)}, ${perSecond(big.count, again.result.ms)}`,
        floor: `floor at N=${n} ${perSecond(count, floor.result.ms)}`,
        ratio: again.result.ms / ((floor.result.ms / count) * big.count),
        goal: '(no goal)',
        isMet: null,
      }),
    )
    memory.push({ name: `import unchanged, N=${bigN}`, peakRssMiB: again.peakRssMiB })
  }
  return { lines, memory }
}
