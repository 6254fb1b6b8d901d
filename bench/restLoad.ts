import autocannon from 'autocannon'

/** Seconds autocannon waits for an answer: a slow list is measured, not counted as an error. */
const timeoutSeconds = 60

export type LoadResult = { requestsPerSecond: number; p50Ms: number; p95Ms: number }

/** The latency below which `share` of the sorted values lie. */
const percentile = (sorted: number[], share: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN

/**
 * `connections` concurrent clients on `url` for `seconds` (autocannon on loopback):
 * requests per second, p50 and p95 latency, computed from every response's time.
 * Throws when any request failed (a connection error, a timeout or a non-2xx answer).
 */
export const restLoad = async ({
  url,
  headers = {},
  seconds = 10,
  connections = 10,
}: {
  url: string
  headers?: Record<string, string>
  seconds?: number
  connections?: number
}): Promise<LoadResult> => {
  const latencies: number[] = []
  const instance = autocannon({
    url,
    headers,
    duration: seconds,
    connections,
    timeout: timeoutSeconds,
  })
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    latencies.push(ms)
  })
  const result = await instance
  if (result.non2xx + result.errors + result.timeouts > 0 || result.requests.total === 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts of ${result.requests.total} requests`,
    )
  }
  latencies.sort((a, b) => a - b)
  return {
    requestsPerSecond: result.requests.total / seconds,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
  }
}
