import type { Payload } from 'payload'

import { watchFloor } from '../floors'
import { docPath, hostName } from '../watch/standInHosts'

/**
 * Times the watch floor over the stand-in hosts' documents. Its connections go where
 * `SOURCE_WATCH_CONNECT_TO` maps them, and TLS trusts `NODE_EXTRA_CA_CERTS`, both from
 * this process's environment.
 */
export const watchFloorTask = async ({
  args,
}: {
  payload: Payload
  args: { hostCount: number; docsPerHost: number; perHostPauseMs: number; maxParallelHosts: number }
}) => {
  const urls = Array.from({ length: args.hostCount }, (_, index) =>
    Array.from(
      { length: args.docsPerHost },
      (_, doc) => `https://${hostName(index)}${docPath(doc)}`,
    ),
  ).flat()
  const startedAt = performance.now()
  const result = await watchFloor({
    urls,
    connectTo: process.env.SOURCE_WATCH_CONNECT_TO ?? '',
    perHostPauseMs: args.perHostPauseMs,
    maxParallelHosts: args.maxParallelHosts,
  })
  return { ms: performance.now() - startedAt, ...result }
}
