import path from 'node:path'

import type { Seeds } from '../prepareSeeds'
import { benchDir } from '../benchDir'
import { copyDb } from '../copyDb'
import { figureLine } from '../figureLine'
import { formatMs } from '../formatMs'
import { progress } from '../progress'
import { runTask } from '../runTask'

type ExportRun = {
  fullMs: number
  written: number
  reexportMs: number
  rewritten: number
  unchanged: number
}

/** Full export vs its floor and unchanged re-export vs full export, at one size. */
const exportFigures = async ({ seed, count }: { seed: string; count: number }) => {
  const dbFile = path.join(benchDir, `export-${count}.db`)
  copyDb({ from: seed, to: dbFile })
  progress(`export floor, ${count} providers`)
  const floor = await runTask<{ ms: number; files: number }>({
    task: 'exportFloor',
    dbFile,
    args: { outDir: path.join(benchDir, `floor-${count}`) },
  })
  progress(`export, ${count} providers`)
  const run = await runTask<ExportRun>({
    task: 'exportSite',
    dbFile,
    args: { siteDir: path.join(benchDir, `site-${count}`) },
  })
  const { fullMs, reexportMs, written, rewritten } = run.result
  if (written !== count || floor.result.files !== count || rewritten !== 0) {
    throw new Error(`export wrote ${written}, floor ${floor.result.files}, re-export ${rewritten}`)
  }
  const n = count.toLocaleString('en')
  const fullRatio = fullMs / floor.result.ms
  const againRatio = reexportMs / fullMs
  const lines = [
    figureLine({
      name: `export full, N=${n}`,
      measured: formatMs(fullMs),
      floor: `floor (Local API read + write) ${formatMs(floor.result.ms)}`,
      ratio: fullRatio,
      goal: 'goal ≤ 1.5×',
      isMet: fullRatio <= 1.5,
    }),
    figureLine({
      name: `export unchanged, N=${n}`,
      measured: formatMs(reexportMs),
      floor: `full export ${formatMs(fullMs)}`,
      ratio: againRatio,
      goal: count >= 10_000 ? 'goal ≤ 0.3×' : '(goal at 10k)',
      isMet: count >= 10_000 ? againRatio <= 0.3 : null,
    }),
  ]
  return { lines, peakRssMiB: run.peakRssMiB, siteDir: path.join(benchDir, `site-${count}`) }
}

/** The export figures at both sizes; the big run's peak RSS is reported with the memory figures. */
export const exportSection = async ({
  seeds,
  sizes,
}: {
  seeds: Seeds
  sizes: [number, number]
}) => {
  const small = await exportFigures({ seed: seeds.small, count: sizes[0] })
  const big = await exportFigures({ seed: seeds.big, count: sizes[1] })
  return { lines: [...small.lines, ...big.lines], bigRssMiB: big.peakRssMiB, bigSite: big.siteDir }
}
