import path from 'node:path'

import { benchDir } from '../benchDir'
import { copyDb, removeDb } from '../copyDb'
import { formatMs } from '../formatMs'
import { progress } from '../progress'
import { runTask } from '../runTask'
import { startStandInHosts } from '../watch/standInHosts'

/** Small, so that the figure is not mostly sleeping; the same in the watch and its floor. */
const perHostPauseMs = 20
/** The watch's default (`src/watch/fetchAll.ts`). */
const maxParallelHosts = 8

type FloorRun = { ms: number; fetched: number; bytes: number }

/**
 * The source watch over `hostCount` stand-in hosts with `docsPerHost` documents each
 * (real TLS on 127.0.0.1, `bench/watch/standInHosts.ts`), against bare undici GETs of
 * the same URLs under the same per-host rules (`bench/floors.ts` `watchFloor`). The
 * floor runs before and after the watch; the faster of the two counts.
 */
export const watchSection = async ({
  hostCount,
  docsPerHost,
}: {
  hostCount: number
  docsPerHost: number
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
    floors.push(await runFloor('after'))
    const floorMs = Math.min(...floors.map((floor) => floor.result.ms))
    const mib = (hosts.bytes / 2 ** 20).toFixed(1)
    const lines = [
      `watch floor, N=${count.toLocaleString('en')}`.padEnd(34) +
        ` ${formatMs(floorMs)} (runs ${floors.map((floor) => formatMs(floor.result.ms)).join(', ')})`,
      `  ${hostCount} stand-in hosts × ${docsPerHost} documents (${mib} MiB of HTML, 20–60 KB each) over TLS on 127.0.0.1;` +
        ` one request at a time per host, ${perHostPauseMs} ms pause, ${maxParallelHosts} hosts in parallel` +
        ` (≥ ${formatMs(Math.ceil(hostCount / maxParallelHosts) * (docsPerHost - 1) * perHostPauseMs)} of it pauses);` +
        ' no ETag/Last-Modified, so unchanged documents are fetched and extracted again',
    ]
    return { lines, memory: [] as { name: string; peakRssMiB: number }[] }
  } finally {
    await hosts.close()
  }
}
