import type { Payload } from 'payload'

import type { WatchReport } from '../../src/watch/runWatch'
import { runWatch } from '../../src/watch/runWatch'
import { withCpuProfile } from '../cpuProfile'
import { heapAfterGcMiB } from '../heapAfterGc'

const statuses = ['new', 'unchanged', 'changed', 'moved', 'failed', 'blocked'] as const

const mib = (bytes: number) => bytes / 2 ** 20

/**
 * Times `runWatch` over the seeded providers with the fetcher it builds from the
 * environment (`SOURCE_WATCH_CONNECT_TO`, `NODE_EXTRA_CA_CERTS`): the real fetcher,
 * address checks and pinning included. With `isTwice`, a second run right after
 * (every source unchanged). With `BENCH_CPU_PROF_DIR`, each run writes a CPU profile.
 * Also counts the source changes left open (profiles re-opened) and those whose quotes
 * all held.
 */
export const watchTask = async ({
  payload,
  args,
}: {
  payload: Payload
  /** `profileName`: the CPU profiles' name (default `watch`). */
  args: { perHostPauseMs: number; maxParallelHosts: number; isTwice: boolean; profileName?: string }
}) => {
  const startRssMiB = mib(process.memoryUsage().rss)
  const timed = async (name: string) => {
    let hostsDone = 0
    const startedAt = performance.now()
    const report: WatchReport = await withCpuProfile(
      `${args.profileName ?? 'watch'}-${name.replace(/ /g, '-')}`,
      () =>
        runWatch({
          payload,
          perHostPauseMs: args.perHostPauseMs,
          maxParallelHosts: args.maxParallelHosts,
          onHostProgress: ({ done, total }) => {
            if (done === total) process.stderr.write(`  ${name}: ${(hostsDone += 1)} hosts done\r`)
          },
        }),
    )
    const ms = performance.now() - startedAt
    process.stderr.write('\n')
    const counts = Object.fromEntries(statuses.map((status) => [status, report[status]]))
    const problems = report.sources
      .filter((source) => source.status === 'failed' || source.status === 'blocked')
      .slice(0, 3)
      .map((source) => `${source.url}: ${source.status} ${source.reason ?? ''}`)
    return { ms, sources: report.sources.length, counts, problems }
  }
  const startHeapMiB = heapAfterGcMiB()
  const first = await timed('first run')
  const firstPeakRssMiB = process.resourceUsage().maxRSS / 1024
  const again = args.isTwice ? await timed('second run') : null
  const snapshots = (await payload.count({ collection: 'snapshots' })).totalDocs
  const changes = {
    reopened: (
      await payload.count({ collection: 'sourceChanges', where: { clearedAt: { exists: false } } })
    ).totalDocs,
    evidenceHeld: (
      await payload.count({
        collection: 'sourceChanges',
        where: { isEvidenceHeld: { equals: true } },
      })
    ).totalDocs,
  }
  const endHeapMiB = heapAfterGcMiB()
  return {
    first,
    again,
    snapshots,
    changes,
    startRssMiB,
    firstPeakRssMiB,
    startHeapMiB,
    endHeapMiB,
  }
}
