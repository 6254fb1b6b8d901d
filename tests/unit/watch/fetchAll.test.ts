import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fetchAll } from '../../../src/watch/fetchAll'
import type { FetchProgress } from '../../../src/watch/fetchAll'
import { createFetcher } from '../../../src/watch/fetcher'
import type { Fetcher } from '../../../src/watch/fetcher'
import { guardDials } from '../../helpers/dialGuard'
import { page, startTlsSite } from '../../helpers/tlsSite'
import type { Route, SiteRequest, TlsSite } from '../../helpers/tlsSite'

const pauseMs = 60

/**
 * Holds the first request to a.getsession.org until b.getsession.org has been asked: with
 * hosts fetched one after another this never answers, so the test proves parallelism
 * without measuring wall-clock time.
 */
const waitForOtherHost =
  (site: () => TlsSite): Route =>
  async (_request, response) => {
    while (!site().requests.some(({ host }) => host === 'b.getsession.org')) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    page('<p>a</p>')(_request, response)
  }

const guard = guardDials()
let site: TlsSite
let fetcher: Fetcher

beforeAll(async () => {
  site = await startTlsSite({
    routes: {
      'a.getsession.org/1': waitForOtherHost(() => site),
      '/1': page('<p>one</p>'),
      '/2': page('<p>two</p>'),
      '/3': page('<p>three</p>'),
    },
  })
  const lookup = async () => [] as { address: string; family: number }[]
  fetcher = createFetcher({
    publicUrl: 'https://desk.example.org',
    connectTo: site.connectTo,
    lookup,
  })
})

afterAll(async () => {
  await fetcher.close()
  await site.close()
  guard.restore()
})

const urls = ['a', 'b'].flatMap((host) =>
  [1, 2, 3].map((n) => `https://${host}.getsession.org/${n}`),
)

const seenBy = (host: string): SiteRequest[] =>
  site.requests.filter((request) => request.host === host)

describe('fetchAll', () => {
  it('fetches each host one request at a time with the pause between, hosts in parallel', async () => {
    site.requests.length = 0
    const progress: FetchProgress[] = []
    const results = await fetchAll({
      fetcher,
      requests: urls.map((url) => ({ url })),
      perHostPauseMs: pauseMs,
      onProgress: (step) => progress.push(step),
    })

    expect(results.map((result) => result.outcome)).toEqual(urls.map(() => 'ok'))
    expect(results.map((result) => result.url)).toEqual(urls)
    for (const host of ['a.getsession.org', 'b.getsession.org']) {
      const seen = seenBy(host)
      expect(seen.map(({ path }) => path)).toEqual(['/1', '/2', '/3'])
      for (const [before, after] of [
        [seen[0], seen[1]],
        [seen[1], seen[2]],
      ] as const) {
        // Times on one clock: the site ended the last answer before the client had it, and
        // the client waited the pause after having it, then sent the next request.
        expect((after?.arrivedAt ?? 0) - (before?.endedAt ?? Infinity)).toBeGreaterThanOrEqual(
          pauseMs - 1,
        )
      }
    }
    expect(
      progress
        .filter(({ host }) => host === 'b.getsession.org')
        .map(({ done, total }) => `${done}/${total}`),
    ).toEqual(['1/3', '2/3', '3/3'])
  })

  it('fetches one host after the other with maxParallelHosts 1', async () => {
    site.requests.length = 0
    const sequential = ['www.getsession.org', 'other.example'].flatMap((host) =>
      [2, 3].map((n) => ({ url: `https://${host}/${n}` })),
    )
    await fetchAll({ fetcher, requests: sequential, perHostPauseMs: 0, maxParallelHosts: 1 })
    expect(site.requests.map(({ host, path }) => `${host}${path}`)).toEqual([
      'www.getsession.org/2',
      'www.getsession.org/3',
      'other.example/2',
      'other.example/3',
    ])
  })

  it('returns nothing for no requests', async () => {
    expect(await fetchAll({ fetcher, requests: [], perHostPauseMs: pauseMs })).toEqual([])
  })

  it('queues a URL that is none under no host and reports it as failed', async () => {
    expect(
      await fetchAll({ fetcher, requests: [{ url: 'nonsense' }], perHostPauseMs: 0 }),
    ).toMatchObject([{ outcome: 'failed', code: 'bad-url' }])
  })

  it('starts no request after a handler failed, and rejects with its error', async () => {
    site.requests.length = 0
    // a.getsession.org/1 answers once b has been asked; b's first result fails to store.
    const run = fetchAll({
      fetcher,
      requests: urls.map((url) => ({ url })),
      perHostPauseMs: 0,
      handle: async (result, request) => {
        if (request.url === 'https://b.getsession.org/1') throw new Error('cannot store')
        return result
      },
    })
    await expect(run).rejects.toThrow('cannot store')
    await new Promise((resolve) => setTimeout(resolve, 200))
    // a/1 was in flight and ends; neither host starts another request.
    expect(site.requests.map((request) => `${request.host}${request.path}`).sort()).toEqual([
      'a.getsession.org/1',
      'b.getsession.org/1',
    ])
  })
})
