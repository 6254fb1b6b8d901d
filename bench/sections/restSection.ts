import path from 'node:path'

import { startServer } from '../../tests/helpers/startServer'
import { benchDir } from '../benchDir'
import { copyDb } from '../copyDb'
import { figureLine } from '../figureLine'
import { progress } from '../progress'
import { restLoad } from '../restLoad'

const seconds = 10
const connections = 10

/**
 * `GET /api/providers?limit=20` (anonymous: the published providers) on the real
 * server over the big seed, beside `/healthz` (express alone) under the same load.
 */
export const restSection = async ({ seed, count }: { seed: string; count: number }) => {
  const dbFile = path.join(benchDir, 'rest.db')
  copyDb({ from: seed, to: dbFile })
  progress('starting the server (builds the admin first if its sources changed)')
  const server = await startServer({
    name: 'bench-rest',
    env: { DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: 'error', PROVIDER_DESK_ROLE: 'web' },
  })
  try {
    const list = `${server.url}/api/providers?limit=20`
    await restLoad({ url: list, seconds: 2, connections })
    progress(`autocannon ${seconds} s × ${connections} connections: /healthz, then ${list}`)
    const health = await restLoad({ url: `${server.url}/healthz`, seconds, connections })
    const providers = await restLoad({ url: list, seconds, connections })
    if (health.non2xx + providers.non2xx > 0) {
      throw new Error(`non-2xx answers: healthz ${health.non2xx}, providers ${providers.non2xx}`)
    }
    const n = count.toLocaleString('en')
    return {
      lines: [
        figureLine({
          name: `REST providers?limit=20, N=${n}`,
          measured: `${providers.requestsPerSecond.toFixed(0)} req/s`,
          floor: `/healthz ${health.requestsPerSecond.toFixed(0)} req/s`,
          ratio: health.requestsPerSecond / providers.requestsPerSecond,
          goal: '(no goal)',
          isMet: null,
        }),
        figureLine({
          name: `REST p95 latency, N=${n}`,
          measured: `${providers.p95Ms.toFixed(1)} ms`,
          floor: `/healthz ${health.p95Ms.toFixed(1)} ms`,
          ratio: providers.p95Ms / health.p95Ms,
          goal: '(no goal)',
          isMet: null,
        }),
      ],
    }
  } finally {
    await server.stop()
  }
}
