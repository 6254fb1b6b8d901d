import type { PayloadRequest } from 'payload'

import { hasRole } from '../access'
import { idOf } from '../db/idOf'
import { inTransaction } from '../db/inTransaction'
import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'
import type { Provider } from '../payload-types'
import { citedDocumentsOf } from '../sources/citedDocuments'
import type { JudgedRevision } from '../sources/judge'
import { judgeRevision } from '../sources/judge'
import { normalizedUrl } from '../sources/vendors'
import type { Comparison } from '../watch/checkDocument'
import { compareFetched, requestFor } from '../watch/checkDocument'
import { createExtractor } from '../watch/extractor'
import type { Selectors } from '../watch/extractText'
import type { FetchResult } from '../watch/fetcher'
import { recordCheckIn } from '../watch/recorder'
import { watchFetcher } from '../watch/runWatch'
import type { RegistryEntry } from '../watch/targets'
import { registrySelect, selectorsOf } from '../watch/targets'
import { approvedEvidenceReader } from './verify'

/**
 * The text of a cited document to quote from (`documentTextFor`): the latest snapshot the
 * registry holds, else the document fetched right then through the watch's fetcher (its
 * address rules, limits, `Accept-Language` and extraction worker) and recorded as the watch
 * records a first fetch (the source's state and its snapshot). So an editor can quote a
 * citation in the save that adds it.
 *
 * SQLite has one writer, and a save holds the write from its start: a fetch inside the save
 * (up to 30 s) would stall every other save. So a save fetches before its transaction opens
 * (`fetchQuotedDocuments`, called by `PATCH /api/providers/:id`), and inside the
 * transaction only records what was fetched; a request without a transaction (a read that
 * wants the text) fetches in place. Request-scoped: the caller's `req`, its access and
 * transaction.
 */

export type DocumentText = { snapshotId: string; text: string; fetchedAt: string }

export type DocumentTextResult =
  | ({ isFound: true } & DocumentText)
  | { isFound: false; /** What happened and what to do, for the person asking. */ reason: Message }

/** A document fetched for a quote: the text for its first snapshot, or why there is none. */
type Fetched =
  { comparison: Extract<Comparison, { text: string }>; fetchedAt: string } | { reason: Message }

/** Where a save's documents fetched before its transaction wait for `documentTextFor`. */
const fetchedKey = 'evidence.fetchedDocuments'

/** How many documents one save fetches at most; the others wait for the watch. */
const maxFetchesPerSave = 10

const fetchedBefore = (req: PayloadRequest, url: string): Fetched | undefined =>
  (req.context[fetchedKey] as Map<string, Fetched> | undefined)?.get(url)

/** What a failed or refused fetch means for the person quoting. */
const reasonOf = (
  url: string,
  result: Extract<FetchResult, { outcome: 'failed' | 'blocked' }>,
): Message => {
  if (result.outcome === 'blocked') return message('evidence.fetch-blocked', { url })
  switch (result.code) {
    case 'http-error':
      return message('evidence.fetch-http', { url, status: result.status ?? 0 })
    case 'timeout':
      return message('evidence.fetch-failed', { url, reason: 'timeout' })
    case 'tls':
      return message('evidence.fetch-failed', { url, reason: 'tls' })
    case 'too-large':
      return message('evidence.fetch-failed', { url, reason: 'too-large' })
    case 'unsupported-type':
    case 'unsupported-protocol':
    case 'bad-url':
      return message('evidence.fetch-failed', { url, reason: 'not-a-document' })
    default:
      return message('evidence.fetch-failed', { url, reason: 'unreachable' })
  }
}

/** Fetches `url` as the watch fetches a document the first time, and extracts its text. */
const fetchNow = async ({
  url,
  selectors,
}: {
  url: string
  selectors: Selectors
}): Promise<Fetched> => {
  const fetcher = watchFetcher()
  const extractor = createExtractor()
  try {
    const fetchedAt = new Date().toISOString()
    const result = await fetcher.fetchDocument(requestFor({ url, selectors, last: null }))
    if (result.outcome === 'failed' || result.outcome === 'blocked') {
      return { reason: reasonOf(url, result) }
    }
    const comparison = await compareFetched({
      result,
      selectors,
      last: null,
      extract: extractor.extract,
    })
    return comparison.status === 'new'
      ? { comparison, fetchedAt }
      : { reason: message('evidence.fetch-failed', { url, reason: 'no-text' }) }
  } finally {
    await extractor.close()
    await fetcher.close()
  }
}

const registryEntryOf = async ({
  req,
  sourceId,
}: {
  req: PayloadRequest
  sourceId: string
}): Promise<RegistryEntry | null> =>
  // The registry is the system's: read whoever asks (the caller checked the revision's access).
  req.payload.findByID({
    collection: 'sources',
    id: sourceId,
    depth: 0,
    select: registrySelect,
    disableErrors: true,
    overrideAccess: true,
    req,
  })

const storedTextOf = async ({
  req,
  snapshotId,
}: {
  req: PayloadRequest
  snapshotId: string
}): Promise<DocumentText | null> => {
  const snapshot = await req.payload.findByID({
    collection: 'snapshots',
    id: snapshotId,
    depth: 0,
    select: { text: true, fetchedAt: true },
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  return snapshot ? { snapshotId, text: snapshot.text ?? '', fetchedAt: snapshot.fetchedAt } : null
}

/** Records a first fetch of the source in `req`'s transaction (one of its own without). */
const recordFetched = async ({
  req,
  entry,
  url,
  fetched,
}: {
  req: PayloadRequest
  entry: RegistryEntry
  url: string
  fetched: Extract<Fetched, { comparison: unknown }>
}): Promise<void> => {
  await inTransaction({
    payload: req.payload,
    req,
    write: (req) =>
      recordCheckIn({
        req,
        check: {
          // Who cites it and what it must link are the next watch run's to judge.
          target: { url, citers: new Map(), linkedDocuments: new Set() },
          entry,
          currentSnapshotId: null,
          last: null,
          selectors: selectorsOf(entry),
        },
        comparison: fetched.comparison,
        checkedAt: fetched.fetchedAt,
        readApprovedEvidence: approvedEvidenceReader(req.payload),
      }),
  })
}

/**
 * The text of the cited document `url` (registry entry `sourceId`) to quote from: its latest
 * snapshot, else the document fetched now (before the save's transaction, or here when `req`
 * has none) and recorded. Not found: why, in a message for the person asking.
 */
export const documentTextFor = async ({
  req,
  sourceId,
  url,
  isFetchAllowed = true,
}: {
  req: PayloadRequest
  sourceId: string
  url: string
  /** False: only the stored text (a check while typing fetches nothing). */
  isFetchAllowed?: boolean
}): Promise<DocumentTextResult> => {
  const noText = { isFound: false, reason: message('evidence.no-snapshot', { url }) } as const
  const entry = await registryEntryOf({ req, sourceId })
  if (!entry) return noText
  const textOf = async (snapshotId: string | null): Promise<DocumentTextResult | null> => {
    const stored = snapshotId ? await storedTextOf({ req, snapshotId }) : null
    return stored ? { isFound: true, ...stored } : null
  }
  const stored = await textOf(idOf(entry.snapshot))
  if (stored) return stored
  const fetched =
    fetchedBefore(req, url) ??
    (req.transactionID || !isFetchAllowed
      ? null
      : await fetchNow({ url, selectors: selectorsOf(entry) }))
  if (!fetched) return noText
  if ('reason' in fetched) return { isFound: false, reason: fetched.reason }
  await recordFetched({ req, entry, url, fetched })
  const recorded = await registryEntryOf({ req, sourceId })
  return (await textOf(idOf(recorded?.snapshot))) ?? noText
}

/** An entry of a list in a request's body: an object (anything else is the save's to refuse). */
const isEntry = <T>(entry: T): entry is T & object => typeof entry === 'object' && entry !== null

/**
 * Before a save of provider `id` (none: a new one) opens its transaction: fetches each
 * document the save's evidence quotes that the revision cites (primary or linked) and the
 * registry holds no text of, at most `maxFetchesPerSave`, and keeps them on `req.context`
 * for `documentTextFor`. Only for the editorial team; a revision the person may not read is
 * left to the save to refuse.
 */
export const fetchQuotedDocuments = async ({
  req,
  id,
}: {
  req: PayloadRequest
  id: string | null
}): Promise<void> => {
  const data = (req.data ?? {}) as Partial<Provider>
  if (!hasRole(req.user, 'editor', 'reviewer', 'admin') || !Array.isArray(data.evidence)) return
  const stored = id
    ? await req.payload.findByID({
        collection: 'providers',
        id,
        draft: true,
        depth: 0,
        disableErrors: true,
        user: req.user,
        overrideAccess: false,
        req,
      })
    : null
  if (id && !stored) return
  // The request's body as sent, before Payload validated it: a list may be anything (the
  // admin sends an empty one as a row count). What is not a list quotes nothing here; the
  // save itself refuses what is malformed.
  const listOf = <T>(value: readonly T[] | null | undefined): T[] =>
    Array.isArray(value) ? [...value] : []
  const merged = { ...stored, ...data }
  const revision = {
    ...merged,
    citations: listOf(merged.citations).filter(isEntry),
    audits: listOf(merged.audits).filter(isEntry),
  }
  const judged = judgeRevision(revision as JudgedRevision)
  const cited = new Set(
    citedDocumentsOf({
      citations: revision.citations.map((entry, index) => ({
        ...entry,
        verdict: judged.citations[index]?.verdict,
      })),
      audits: revision.audits.map((entry, index) => ({
        ...entry,
        verdict: judged.audits[index]?.verdict,
      })),
    }).map((document) => document.url),
  )
  const quoted = [
    ...new Set(
      data.evidence.filter(isEntry).flatMap((entry) => {
        const url = normalizedUrl(entry?.url)
        return url && cited.has(url) ? [url] : []
      }),
    ),
  ]
  if (quoted.length === 0) return
  const { docs } = await req.payload.find({
    collection: 'sources',
    where: { url: { in: quoted } },
    pagination: false,
    depth: 0,
    select: registrySelect,
    overrideAccess: true,
    req,
  })
  const entries = new Map(docs.map((entry) => [entry.url, entry]))
  const fetched = new Map<string, Fetched>()
  for (const url of quoted.filter((candidate) => !entries.get(candidate)?.snapshot)) {
    if (fetched.size >= maxFetchesPerSave) break
    const entry = entries.get(url)
    fetched.set(url, await fetchNow({ url, selectors: selectorsOf(entry ?? {}) }))
  }
  req.context[fetchedKey] = fetched
}
