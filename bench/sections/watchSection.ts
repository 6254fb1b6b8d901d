import path from 'node:path'

import { benchDir } from '../benchDir'
import { copyDb, removeDb } from '../copyDb'
import { figureLine } from '../figureLine'
import { formatMs } from '../formatMs'
import { progress } from '../progress'
import { runTask } from '../runTask'
import { startStandInHosts } from '../watch/standInHosts'

/** Small, so that the figure is not mostly sleeping; the same in the watch and its floor. */
export const defaultPauseMs = 20
/** The watch's default (`src/watch/fetchAll.ts`). */
const maxParallelHosts = 8

const goal = 1.3

type FloorRun = { ms: number; fetched: number; bytes: number }

type WatchPass = {
  ms: number
  sources: number
  counts: Record<string, number>
  problems: string[]
}

type WatchRun = {
  first: WatchPass
  again: WatchPass | null
  snapshots: number
  startRssMiB: number
  firstPeakRssMiB: number
  startHeapMiB: number
  endHeapMiB: number
}

const countsOf = (pass: WatchPass) =>
  Object.entries(pass.counts)
    .filter(([, value]) => value > 0)
    .map(([status, value]) => `${value} ${status}`)
    .join(', ')

/**
 * The source watch over `hostCount` stand-in hosts with `docsPerHost` documents each
 * (real TLS on 127.0.0.1, `bench/watch/standInHosts.ts`), against bare undici GETs of
 * the same URLs under the same per-host rules (`bench/floors.ts` `watchFloor`). The
 * floor runs before and after the watch; the faster of the two counts. The watch runs
 * twice in one process: the first run finds every source new, the second unchanged.
 * With `cpuProfDir`, the watch's process writes a CPU profile of each run there.
 */
export const watchSection = async ({
  hostCount,
  docsPerHost,
  perHostPauseMs,
  cpuProfDir,
}: {
  hostCount: number
  docsPerHost: number
  perHostPauseMs: number
  cpuProfDir: string | null
}) => {
  const count = hostCount * docsPerHost
  const hosts = await startStandInHosts({ hostCount, docsPerHost })
  try {
    const db = path.join(benchDir, 'watch.db')
    removeDb(db)
    progress(`watch: seeding ${hostCount} providers × ${docsPerHost} citations`)
    const seed = await runTask<{ ms: number; sources: number; verdicts: Record<string, number> }>({
      task: 'watchSeed',
      dbFile: db,
      args: { hostCount, docsPerHost },
    })
    if (seed.result.sources !== count || seed.result.verdicts.primary !== count) {
      throw new Error(
        `watch seed: expected ${count} primary sources, got ${JSON.stringify(seed.result)}`,
      )
    }
    const floorDb = path.join(benchDir, 'watch-floor.db')
    copyDb({ from: db, to: floorDb })
    const floorArgs = { hostCount, docsPerHost, perHostPauseMs, maxParallelHosts }
    const runFloor = async (when: string) => {
      progress(`watch floor (${when}): bare undici GETs of ${count} URLs`)
      const floor = await runTask<FloorRun>({
        task: 'watchFloor',
        dbFile: floorDb,
        env: hosts.env,
        args: floorArgs,
      })
      if (floor.result.fetched !== count)
        throw new Error(`watch floor fetched ${floor.result.fetched}`)
      return floor
    }
    const floors = [await runFloor('before')]
    progress(`watch: runWatch over ${count} sources, then again (all unchanged)`)
    const watch = await runTask<WatchRun>({
      task: 'watch',
      dbFile: db,
      env: { ...hosts.env, ...(cpuProfDir ? { BENCH_CPU_PROF_DIR: cpuProfDir } : {}) },
      args: { perHostPauseMs, maxParallelHosts, isTwice: true },
    })
    const { first, again } = watch.result
    if (first.counts.new !== count || (again && again.counts.unchanged !== count)) {
      throw new Error(
        `watch: expected ${count} new, then unchanged: ${JSON.stringify(watch.result)}`,
      )
    }
    floors.push(await runFloor('after'))
    const floorMs = Math.min(...floors.map((floor) => floor.result.ms))
    const floorText = `floor (bare undici GETs) ${formatMs(floorMs)}`
    const n = count.toLocaleString('en')
    const passLine = (name: string, pass: WatchPass) =>
      figureLine({
        name: `${name}, N=${n}`,
        measured: `${formatMs(pass.ms)} (${countsOf(pass)})`,
        floor: floorText,
        ratio: pass.ms / floorMs,
        goal: `goal ≤ ${goal}×`,
        isMet: pass.ms / floorMs <= goal,
      })
    const mib = (hosts.bytes / 2 ** 20).toFixed(1)
    const pausesMs = Math.ceil(hostCount / maxParallelHosts) * (docsPerHost - 1) * perHostPauseMs
    const pauseNote = [
      ...(perHostPauseMs === defaultPauseMs ? ['small, so the figure is not mostly sleeping'] : []),
      `≥ ${formatMs(pausesMs)} of pauses`,
    ].join('; ')
    const lines = [
      passLine('watch first run (new)', first),
      ...(again ? [passLine('watch again (unchanged)', again)] : []),
      `  floor: the faster of ${floors.map((floor) => formatMs(floor.result.ms)).join(' (before the watch) and ')} (after)`,
      `  ${hostCount} stand-in hosts × ${docsPerHost} documents (${mib} MiB of HTML, 20–60 KB each), real TLS on 127.0.0.1`,
      `  both: one request at a time per host, ${perHostPauseMs} ms pause (${pauseNote}), ${maxParallelHosts} hosts in parallel`,
      '  the hosts send no ETag/Last-Modified: the second run fetches and extracts every document again',
    ]
    const memory = [
      {
        name: `watch, N=${n}`,
        peakRssMiB: watch.peakRssMiB,
        note: [
          `(after the first run ${watch.result.firstPeakRssMiB.toFixed(0)} MiB;`,
          `${watch.result.startRssMiB.toFixed(0)} MiB once Payload started;`,
          `heap in use after GC ${watch.result.startHeapMiB.toFixed(0)} MiB before, ${watch.result.endHeapMiB.toFixed(0)} MiB after both runs;`,
          `floor process ${Math.max(...floors.map((floor) => floor.peakRssMiB)).toFixed(0)} MiB)`,
        ].join(' '),
      },
    ]
    return { lines, memory }
  } finally {
    await hosts.close()
  }
}
