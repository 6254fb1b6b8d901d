import type { Payload } from 'payload'

import type { Fetcher, FetchResult } from './fetcher'
import type { FetchProgress } from './fetchAll'
import type { WatchedSource, WatchStatus } from './recorder'
import { env } from '../env'
import { approvedEvidenceReader } from '../evidence/verify'
import { compareFetched, requestFor } from './checkDocument'
import { parseConnectTo } from './connectTo'
import { createExtractor } from './extractor'
import { createFetcher } from './fetcher'
import { fetchAll } from './fetchAll'
import { recordCheck } from './recorder'
import { loadDueChecks } from './targets'

export type { WatchedSource, WatchStatus } from './recorder'

export type WatchReport = { sources: WatchedSource[] } & Record<WatchStatus, number>

export type HostProgress = Pick<FetchProgress, 'host' | 'done' | 'total'>

/** The watch's fetcher from the environment (connect-to rules, the desk's public URL). */
export const watchFetcher = (): Fetcher => {
  const config = env()
  const parsed = parseConnectTo(config.SOURCE_WATCH_CONNECT_TO)
  return createFetcher({
    publicUrl: config.PUBLIC_URL,
    connectTo: parsed.isValid ? parsed.rules : [],
  })
}

const statuses: WatchStatus[] = ['new', 'unchanged', 'changed', 'moved', 'failed', 'blocked']

/**
 * One run of the source watch (docs/source-watch.md), as Open Terms Archive's archivist
 * runs its recorder: what is due (`targets.ts`) is fetched politely (`fetchAll`), each
 * text compared with the last snapshot in the extractor's worker (`compareFetched`), and
 * each check recorded as soon as it is done (`recorder.ts`), so a run that stops half way
 * keeps what it did; with `checkedBefore` a run skips the sources checked since (how the
 * job resumes). System work on behalf of no person.
 */
export const runWatch = async ({
  payload,
  now = () => new Date(),
  providerSlug,
  fetcher: givenFetcher,
  perHostPauseMs,
  maxParallelHosts,
  checkedBefore,
  onHostProgress,
}: {
  payload: Payload
  /** The clock for `checkedAt`, `fetchedAt` and `detectedAt`. */
  now?: () => Date
  providerSlug?: string
  fetcher?: Pick<Fetcher, 'fetchDocument'>
  perHostPauseMs?: number
  maxParallelHosts?: number
  /** Only sources not checked since this time (a resumed run skips what it did). */
  checkedBefore?: Date
  onHostProgress?: (progress: HostProgress) => void
}): Promise<WatchReport> => {
  const config = env()
  const checks = await loadDueChecks({ payload, providerSlug, checkedBefore })
  const ownFetcher = givenFetcher ? null : watchFetcher()
  const fetcher = givenFetcher ?? (ownFetcher as Fetcher)
  // Text is extracted in a worker, within its budget: no document stalls the run.
  const extractor = createExtractor()
  const readApprovedEvidence = approvedEvidenceReader(payload)
  const handle = async (result: FetchResult, index: number): Promise<WatchedSource> => {
    const check = checks[index] as (typeof checks)[number]
    const comparison = await compareFetched({
      result,
      selectors: check.selectors,
      last: check.last,
      extract: extractor.extract,
      shouldListLinks: check.target.linkedDocuments.size > 0,
    })
    return recordCheck({
      payload,
      check,
      comparison,
      checkedAt: now().toISOString(),
      readApprovedEvidence,
    })
  }
  try {
    const watched = await fetchAll({
      fetcher,
      requests: checks.map(({ target, selectors, last }) =>
        requestFor({ url: target.url, selectors, last }),
      ),
      perHostPauseMs: perHostPauseMs ?? config.SOURCE_WATCH_PAUSE_MS,
      maxParallelHosts: maxParallelHosts ?? config.SOURCE_WATCH_PARALLEL_HOSTS,
      onProgress: ({ host, done, total }) => onHostProgress?.({ host, done, total }),
      handle: (result, _request, index) => handle(result, index),
    })
    const sources = watched.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    const counts = Object.fromEntries(
      statuses.map((status) => [
        status,
        sources.filter((source) => source.status === status).length,
      ]),
    ) as Record<WatchStatus, number>
    return { sources, ...counts }
  } finally {
    await extractor.close()
    await ownFetcher?.close()
  }
}
