import autocannon from 'autocannon'

export type LoadResult = { requestsPerSecond: number; p95Ms: number; non2xx: number }

/** The latency below which `share` of the sorted values lie. */
const percentile = (sorted: number[], share: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN

/**
 * `connections` concurrent clients on `url` for `seconds` (autocannon on loopback):
 * requests per second and p95 latency, computed from every response's time.
 */
export const restLoad = async ({
  url,
  seconds = 10,
  connections = 10,
}: {
  url: string
  seconds?: number
  connections?: number
}): Promise<LoadResult> => {
  const latencies: number[] = []
  const instance = autocannon({ url, duration: seconds, connections })
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    latencies.push(ms)
  })
  const result = await instance
  latencies.sort((a, b) => a - b)
  return {
    requestsPerSecond: result.requests.total / seconds,
    p95Ms: percentile(latencies, 0.95),
    non2xx: result.non2xx,
  }
}
