import type { LoadResult } from '../restLoad'
import { startBenchServer } from '../benchServer'
import { figureLine } from '../figureLine'
import { median } from '../median'
import { progress } from '../progress'
import { restLoad } from '../restLoad'

const seconds = 10
const connections = 10
/** Rounds of each load, interleaved: one 10 s run on this machine varies by ±20 %. */
const rounds = 3
const p95GoalMs = 150

type SizeRun = { health: LoadResult; anonymous: LoadResult; loggedIn: LoadResult }

/** Each figure's median over the rounds. */
const medianOf = (runs: LoadResult[]): LoadResult => ({
  requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
  p50Ms: median(runs.map((run) => run.p50Ms)),
  p95Ms: median(runs.map((run) => run.p95Ms)),
})

/**
 * `/healthz`, then the list anonymously and as the editor, on the server over one seed:
 * `rounds` rounds of the two, interleaved, each figure the median of its rounds.
 */
const loadAt = async ({ seed, count }: { seed: string; count: number }): Promise<SizeRun> => {
  const server = await startBenchServer({ name: `rest-${count}`, seed })
  try {
    const list = `${server.url}/api/providers?limit=20`
    await restLoad({ url: list, seconds: 2, connections })
    await restLoad({ url: list, headers: server.authHeaders, seconds: 2, connections })
    progress(
      `autocannon ${seconds} s × ${connections} connections, N=${count}: /healthz, then ${rounds} rounds of ${list} anonymous and logged in`,
    )
    const health = await restLoad({ url: `${server.url}/healthz`, seconds, connections })
    const anonymous: LoadResult[] = []
    const loggedIn: LoadResult[] = []
    for (let round = 0; round < rounds; round++) {
      anonymous.push(await restLoad({ url: list, seconds, connections }))
      loggedIn.push(
        await restLoad({ url: list, headers: server.authHeaders, seconds, connections }),
      )
    }
    return { health, anonymous: medianOf(anonymous), loggedIn: medianOf(loggedIn) }
  } finally {
    await server.stop()
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`

/**
 * `GET /api/providers?limit=20` on the real server over the small and the big seed,
 * anonymous (the published providers) and as an editor (who reads drafts), the median
 * of three interleaved rounds of each: p50 at the
 * big size against the small one, p95 at the big size against 150 ms, and the
 * throughput beside `/healthz` (express alone) under the same load.
 */
export const restSection = async ({
  seeds,
  sizes,
}: {
  seeds: { small: string; big: string }
  sizes: [number, number]
}) => {
  const small = await loadAt({ seed: seeds.small, count: sizes[0] })
  const big = await loadAt({ seed: seeds.big, count: sizes[1] })
  const n = sizes[1].toLocaleString('en')
  const smallN = sizes[0].toLocaleString('en')
  const who = [
    { label: 'anonymous', key: 'anonymous' as const },
    { label: 'logged-in', key: 'loggedIn' as const },
  ]
  return {
    lines: who.flatMap(({ label, key }) => {
      const [before, after] = [small[key], big[key]]
      const p50Ratio = after.p50Ms / before.p50Ms
      return [
        figureLine({
          name: `REST ${label} p50, N=${n}`,
          measured: ms(after.p50Ms),
          floor: `N=${smallN} ${ms(before.p50Ms)}`,
          ratio: p50Ratio,
          goal: 'goal ≤ 1.3×',
          isMet: p50Ratio <= 1.3,
        }),
        figureLine({
          name: `REST ${label} p95, N=${n}`,
          measured: ms(after.p95Ms),
          floor: `N=${smallN} ${ms(before.p95Ms)}`,
          ratio: after.p95Ms / before.p95Ms,
          goal: `goal ≤ ${p95GoalMs} ms`,
          isMet: after.p95Ms <= p95GoalMs,
        }),
        figureLine({
          name: `REST ${label} req/s, N=${n}`,
          measured: `${after.requestsPerSecond.toFixed(0)} req/s`,
          floor: `/healthz ${big.health.requestsPerSecond.toFixed(0)} req/s, p95 ${ms(big.health.p95Ms)}`,
          ratio: big.health.requestsPerSecond / after.requestsPerSecond,
          goal: '(no goal)',
          isMet: null,
        }),
      ]
    }),
  }
}
