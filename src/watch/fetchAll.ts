import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'

import type { DocumentRequest, Fetcher, FetchResult } from './fetcher'

export type FetchProgress = {
  host: string
  /** Fetches of this host finished so far, and how many it has in all. */
  done: number
  total: number
  request: DocumentRequest
  result: FetchResult
}

/**
 * Waits until `ms` have passed since `since` (a `performance.now()`). A timer alone can end
 * early by as much as the event loop's cached clock lags behind.
 */
const pauseSince = async (since: number, ms: number) => {
  for (let left = since + ms - performance.now(); left > 0; left = since + ms - performance.now()) {
    await sleep(Math.ceil(left))
  }
}

/** The host a request is queued under: its URL's host name, or `''` for a URL that is none. */
const hostOf = (url: string): string =>
  URL.canParse(url) ? new URL(url).hostname.toLowerCase() : ''

/**
 * Fetches every request, politely: one request at a time per host, with `perHostPauseMs`
 * between the end of one and the start of the next; up to `maxParallelHosts` hosts at
 * once. A redirect to another host is followed within its fetch, outside that host's
 * queue. Each result goes through `handle` as soon as it is in (its time counts towards
 * the host's turn), and what `handle` returns comes back in the order of `requests`; so
 * a caller that keeps only a summary never holds more than one body per host.
 */
export const fetchAll = async <T = FetchResult>({
  fetcher,
  requests,
  perHostPauseMs,
  maxParallelHosts = 8,
  onProgress,
  handle = async (result) => result as T,
}: {
  fetcher: Pick<Fetcher, 'fetchDocument'>
  requests: DocumentRequest[]
  perHostPauseMs: number
  maxParallelHosts?: number
  onProgress?: (progress: FetchProgress) => void
  handle?: (result: FetchResult, request: DocumentRequest, index: number) => Promise<T>
}): Promise<T[]> => {
  const queues = new Map<string, number[]>()
  requests.forEach((request, index) => {
    const host = hostOf(request.url)
    queues.set(host, [...(queues.get(host) ?? []), index])
  })
  const results: T[] = new Array(requests.length)
  const hosts = [...queues.entries()]

  // After the first error no worker starts another request: the run ends as a whole.
  let hasFailed = false
  const drainHost = async ([host, indexes]: [string, number[]]) => {
    let lastEnded = 0
    for (const [position, index] of indexes.entries()) {
      if (hasFailed) return
      if (position > 0) await pauseSince(lastEnded, perHostPauseMs)
      const request = requests[index] as DocumentRequest
      const result = await fetcher.fetchDocument(request)
      results[index] = await handle(result, request, index)
      lastEnded = performance.now()
      onProgress?.({ host, done: position + 1, total: indexes.length, request, result })
    }
  }

  const worker = async () => {
    try {
      for (let next = hosts.shift(); next && !hasFailed; next = hosts.shift()) await drainHost(next)
    } catch (error) {
      hasFailed = true
      throw error
    }
  }
  const workers = Math.max(1, Math.min(maxParallelHosts, hosts.length))
  await Promise.all(Array.from({ length: workers }, worker))
  return results
}
