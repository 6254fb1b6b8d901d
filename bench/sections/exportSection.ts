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
  /** Heap in use after GC before the third (untimed) export, and the most after any of its batches. */
  heapBeforeMiB: number
  heapMaxMiB: number
  written: number
  reexportMs: number
  rewritten: number
  unchanged: number
}

type FloorRun = {
  ms: number
  readMs: number
  renderMs: number
  writeMs: number
  files: number
  rows: number
  tables: number
}

const rssGoalMiB = 512
/** "Not growing with N": the big size's peak RSS at most this many times the small one's. */
const rssGrowthGoal = 1.2

/** The raw floor and the export (full, then unchanged), at one size. */
const exportAt = async ({ seed, count }: { seed: string; count: number }) => {
  const dbFile = path.join(benchDir, `export-${count}.db`)
  copyDb({ from: seed, to: dbFile })
  progress(`export floor (raw reads + render + atomic writes), ${count} providers`)
  const floor = await runTask<FloorRun>({
    task: 'exportFloor',
    dbFile,
    args: { outDir: path.join(benchDir, `floor-${count}`) },
  })
  progress(`export, ${count} providers, then again unchanged`)
  const run = await runTask<ExportRun>({
    task: 'exportSite',
    dbFile,
    args: { siteDir: path.join(benchDir, `site-${count}`) },
  })
  const { written, rewritten } = run.result
  if (written !== count || floor.result.files !== count || rewritten !== 0) {
    throw new Error(`export wrote ${written}, floor ${floor.result.files}, re-export ${rewritten}`)
  }
  return { count, floor: floor.result, run: run.result, peakRssMiB: run.peakRssMiB }
}

type SizeRun = Awaited<ReturnType<typeof exportAt>>

/** The full export vs the floor, and the unchanged re-export vs the full export, at one size. */
const linesAt = ({ floor, run, count }: SizeRun, isGoalSize: boolean) => {
  const n = count.toLocaleString('en')
  const fullRatio = run.fullMs / floor.ms
  const againRatio = run.reexportMs / run.fullMs
  const noGoal = '(goal at big N)'
  return [
    figureLine({
      name: `export full, N=${n}`,
      measured: formatMs(run.fullMs),
      floor: `raw floor ${formatMs(floor.ms)}`,
      ratio: fullRatio,
      goal: isGoalSize ? 'goal ≤ 1.5×' : noGoal,
      isMet: isGoalSize ? fullRatio <= 1.5 : null,
    }),
    `  raw floor: ${formatMs(floor.readMs)} SQL reads (${floor.rows} rows of providers and its ${floor.tables} array/text/rels tables), ${formatMs(floor.renderMs)} render, ${formatMs(floor.writeMs)} atomic writes`,
    figureLine({
      name: `export unchanged, N=${n}`,
      measured: formatMs(run.reexportMs),
      floor: `full export ${formatMs(run.fullMs)}`,
      ratio: againRatio,
      goal: isGoalSize ? 'goal ≤ 0.1×' : noGoal,
      isMet: isGoalSize ? againRatio <= 0.1 : null,
    }),
  ]
}

/**
 * The export figures at both sizes, and the peak RSS of the export process (full and
 * unchanged export) at the big size against the small one.
 */
export const exportSection = async ({
  seeds,
  sizes,
}: {
  seeds: Seeds
  sizes: [number, number]
}) => {
  const small = await exportAt({ seed: seeds.small, count: sizes[0] })
  const big = await exportAt({ seed: seeds.big, count: sizes[1] })
  const rssRatio = big.peakRssMiB / small.peakRssMiB
  const rssLine = figureLine({
    name: `peak RSS export, N=${sizes[1].toLocaleString('en')}`,
    measured: `${big.peakRssMiB.toFixed(0)} MiB`,
    floor: `N=${sizes[0].toLocaleString('en')} ${small.peakRssMiB.toFixed(0)} MiB`,
    ratio: rssRatio,
    goal: `goal ≤ ${rssGoalMiB} MiB, ≤ ${rssGrowthGoal}×`,
    isMet: big.peakRssMiB <= rssGoalMiB && rssRatio <= rssGrowthGoal,
  })
  const heapLine = (run: SizeRun) =>
    `  heap in use after GC, N=${run.count.toLocaleString('en')}: ${run.run.heapBeforeMiB.toFixed(0)} MiB before the export, at most ${run.run.heapMaxMiB.toFixed(0)} MiB after any batch`
  return {
    lines: [
      ...linesAt(small, false),
      ...linesAt(big, true),
      rssLine,
      heapLine(small),
      heapLine(big),
    ],
  }
}
