import { startBenchServer } from '../benchServer'
import { figureLine } from '../figureLine'
import { formatMs } from '../formatMs'
import { median } from '../median'
import { progress } from '../progress'

const warmUps = 2
const rounds = 7
const listPath = '/admin/collections/providers'

/**
 * The time to the full response of the admin's provider list (server-rendered, logged in
 * as the editor), one request at a time: the median of `rounds` after `warmUps`.
 */
const listPageMs = async ({ seed, count }: { seed: string; count: number }) => {
  const server = await startBenchServer({ name: `admin-${count}`, seed })
  try {
    progress(`admin list page, N=${count}: ${warmUps} warm-ups, then ${rounds} loads`)
    const durations: number[] = []
    for (let round = 0; round < warmUps + rounds; round += 1) {
      const startedAt = performance.now()
      const response = await fetch(server.url + listPath, {
        headers: server.cookieHeaders,
        redirect: 'manual',
      })
      const html = await response.text()
      const ms = performance.now() - startedAt
      // A session the admin did not accept redirects to the login page.
      if (response.status !== 200 || !html.includes('Bench ')) {
        throw new Error(`${listPath} answered ${response.status} without the provider list`)
      }
      if (round >= warmUps) durations.push(ms)
    }
    return median(durations)
  } finally {
    await server.stop()
  }
}

/** The admin's provider list at the big size against the same page at the tiny size. */
export const adminSection = async ({
  seeds,
  sizes,
}: {
  seeds: { tiny: string; big: string }
  sizes: { tiny: number; big: number }
}) => {
  const tinyMs = await listPageMs({ seed: seeds.tiny, count: sizes.tiny })
  const bigMs = await listPageMs({ seed: seeds.big, count: sizes.big })
  const ratio = bigMs / tinyMs
  return {
    lines: [
      figureLine({
        name: `admin list page, N=${sizes.big.toLocaleString('en')}`,
        measured: `${formatMs(bigMs)} (median of ${rounds})`,
        floor: `N=${sizes.tiny.toLocaleString('en')} ${formatMs(tinyMs)}`,
        ratio,
        goal: 'goal ≤ 1.5×',
        isMet: ratio <= 1.5,
      }),
    ],
  }
}
