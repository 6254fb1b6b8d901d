import type { Payload, PayloadRequest, Where } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Snapshot, Source } from '../payload-types'
import type { VendorEntry } from '../sources/vendors'
import type { SnapshotMeta } from './checkDocument'
import type { Selectors } from './extractText'
import { extractorVersion } from './extractText'
import type { Fetcher, FetchResult } from './fetcher'
import type { FetchProgress } from './fetchAll'
import { env } from '../env'
import { judgeSource } from '../sources/judge'
import { normalizedUrl, vendorDomainsOf, vendorFieldSelect } from '../sources/vendors'
import { compareFetched, requestFor } from './checkDocument'
import { parseConnectTo } from './connectTo'
import { changeExcerpt } from './diffText'
import { createExtractor } from './extractor'
import { approvedEvidenceIn } from '../evidence/verify'
import { snapshotText } from './snapshotText'
import { createFetcher } from './fetcher'
import { fetchAll } from './fetchAll'
import { idOf } from '../db/idOf'

/** What one source came to in a run, as `provider-desk watch --json` prints it. */
export type WatchStatus = 'new' | 'unchanged' | 'changed' | 'moved' | 'failed' | 'blocked'

export type WatchedSource = {
  url: string
  status: WatchStatus
  /** Slugs of the profiles citing it (or the vendor page that links a cited document). */
  providers: string[]
  reason?: string
  finalUrl?: string
}

export type WatchReport = { sources: WatchedSource[] } & Record<WatchStatus, number>

export type HostProgress = Pick<FetchProgress, 'host' | 'done' | 'total'>

type Citer = { id: string; slug: string; vendors: VendorEntry[] }

/** One document to fetch: its registry entry and who cites it. */
type Target = {
  url: string
  citers: Map<string, Citer>
  /** Third-party documents (normalized URLs) this vendor page must still link to. */
  linkedDocuments: Set<string>
}

type CitedEntry = {
  url?: string | null
  reportUrl?: string | null
  verdict?: string | null
  linkedFrom?: string | null
}

const providerPageSize = 100

/**
 * A changed text under this share of the stored one is held back once: an error page
 * recorded as the document (Spotify's policy was a 131-character "We're all mixed up"
 * page for four days of 2023, tests/fixtures/ota/Spotify) would otherwise re-open every
 * citing profile twice. The same text seen on the next run is taken as the document.
 */
const suspectShare = 0.25

const isSuspectText = ({ stored, fetched }: { stored: string; fetched: string }): boolean =>
  stored.length > 0 && fetched.length < stored.length * suspectShare
const registryChunk = 200

/** The latest revision of every provider (or of one), read narrowly, page by page. */
async function* latestRevisions({
  payload,
  providerSlug,
}: {
  payload: Payload
  providerSlug?: string
}) {
  const where: Where | undefined = providerSlug ? { slug: { equals: providerSlug } } : undefined
  for (let page = 1; ; page += 1) {
    const result = await payload.find({
      collection: 'providers',
      draft: true,
      depth: 0,
      page,
      limit: providerPageSize,
      sort: 'createdAt',
      where,
      select: {
        slug: true,
        ...vendorFieldSelect,
        citations: { url: true, verdict: true, linkedFrom: true },
        audits: { reportUrl: true, verdict: true, linkedFrom: true },
      },
    })
    yield* result.docs
    if (!result.hasNextPage) return
  }
}

/**
 * What is watched: every document the latest revisions cite with a primary or linked
 * verdict (citations and audit reports), once per normalized URL, and for a linked
 * third-party document also the vendor page it is linked from. Rejected and malformed
 * citations are never fetched.
 */
const loadTargets = async ({
  payload,
  providerSlug,
}: {
  payload: Payload
  providerSlug?: string
}): Promise<Map<string, Target>> => {
  const targets = new Map<string, Target>()
  const targetOf = (url: string) => {
    const target = targets.get(url) ?? { url, citers: new Map(), linkedDocuments: new Set() }
    targets.set(url, target)
    return target
  }
  for await (const provider of latestRevisions({ payload, providerSlug })) {
    const citer: Citer = {
      id: String(provider.id),
      slug: provider.slug ?? String(provider.id),
      vendors: vendorDomainsOf(provider),
    }
    const entries: CitedEntry[] = [...(provider.citations ?? []), ...(provider.audits ?? [])]
    for (const entry of entries) {
      if (entry.verdict !== 'primary' && entry.verdict !== 'linked') continue
      const url = normalizedUrl(entry.url ?? entry.reportUrl)
      if (!url) continue
      targetOf(url).citers.set(citer.id, citer)
      const linkedFrom = entry.verdict === 'linked' ? normalizedUrl(entry.linkedFrom) : null
      if (linkedFrom) {
        const page = targetOf(linkedFrom)
        page.citers.set(citer.id, citer)
        page.linkedDocuments.add(url)
      }
    }
  }
  return targets
}

type RegistryEntry = Pick<
  Source,
  | 'id'
  | 'url'
  | 'select'
  | 'remove'
  | 'snapshot'
  | 'failureCount'
  | 'missingLinks'
  | 'etag'
  | 'lastModified'
  | 'checkedAt'
  | 'suspectTextHash'
  | 'language'
>
type SnapshotRow = Pick<Snapshot, 'id' | 'textHash' | 'selectors' | 'etag' | 'lastModified'>

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, index * size + size),
  )

/** The registry entries of `urls` and the meta data of their current snapshots. */
const loadRegistry = async ({ payload, urls }: { payload: Payload; urls: string[] }) => {
  const entries = new Map<string, RegistryEntry>()
  const snapshots = new Map<string, SnapshotRow>()
  for (const chunk of chunks(urls, registryChunk)) {
    const { docs } = await payload.find({
      collection: 'sources',
      where: { url: { in: chunk } },
      pagination: false,
      depth: 0,
      select: {
        url: true,
        select: true,
        remove: true,
        snapshot: true,
        failureCount: true,
        missingLinks: true,
        etag: true,
        lastModified: true,
        checkedAt: true,
        suspectTextHash: true,
        language: true,
      },
    })
    for (const doc of docs) entries.set(doc.url, doc)
    const snapshotIds = docs.flatMap((doc) => idOf(doc.snapshot) ?? [])
    if (snapshotIds.length === 0) continue
    const found = await payload.find({
      collection: 'snapshots',
      where: { id: { in: snapshotIds } },
      pagination: false,
      depth: 0,
      select: { textHash: true, selectors: true, etag: true, lastModified: true },
    })
    for (const snapshot of found.docs) snapshots.set(String(snapshot.id), snapshot)
  }
  return { entries, snapshots }
}

const selectorsOf = (entry: RegistryEntry): Selectors => ({
  select: entry.select ?? [],
  remove: entry.remove ?? [],
  language: entry.language ?? null,
  extractor: extractorVersion,
})

const storedSelectors = (value: unknown): Selectors => {
  const record = (value ?? {}) as {
    select?: unknown
    remove?: unknown
    language?: unknown
    extractor?: unknown
  }
  const strings = (list: unknown) =>
    Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []
  return {
    select: strings(record.select),
    remove: strings(record.remove),
    language: typeof record.language === 'string' ? record.language : null,
    // Snapshots stored before the version was recorded were extracted by version 1.
    extractor: typeof record.extractor === 'number' ? record.extractor : 1,
  }
}

/** The last snapshot's meta data, with the validators of the last fetch of the source. */
const metaOf = (entry: RegistryEntry, snapshot: SnapshotRow | undefined): SnapshotMeta | null =>
  snapshot
    ? {
        textHash: snapshot.textHash,
        selectors: storedSelectors(snapshot.selectors),
        validators: {
          etag: entry.etag ?? snapshot.etag ?? null,
          lastModified: entry.lastModified ?? snapshot.lastModified ?? null,
        },
      }
    : null

/**
 * The snapshot a profile's last approval (or import) was made against: the one whose
 * hash that review recorded for the source; `fallback` when it recorded none (approved
 * before the source was first fetched).
 */
const approvedSnapshotOf = async ({
  payload,
  providerId,
  sourceId,
  fallback,
  req,
}: {
  payload: Payload
  providerId: string
  sourceId: string
  fallback: string | null
  req: PayloadRequest
}): Promise<string | null> => {
  const { docs } = await payload.find({
    collection: 'reviews',
    where: {
      and: [{ provider: { equals: providerId } }, { outcome: { in: ['approved', 'imported'] } }],
    },
    sort: '-reviewedAt',
    limit: 1,
    depth: 0,
    select: { snapshots: true },
    req,
  })
  const recorded = (docs[0]?.snapshots ?? []) as { source?: string; textHash?: string }[]
  const hash = recorded.find((entry) => entry.source === sourceId)?.textHash
  if (!hash) return fallback
  const found = await payload.find({
    collection: 'snapshots',
    where: { and: [{ source: { equals: sourceId } }, { textHash: { equals: hash } }] },
    sort: '-fetchedAt',
    limit: 1,
    depth: 0,
    select: { fetchedAt: true },
    req,
  })
  return found.docs[0] ? String(found.docs[0].id) : fallback
}

/**
 * Whether the source's current snapshot moved on since this run read it, to one with the
 * text just fetched: then another run stored it already, and storing it again would
 * report the same change twice.
 */
const isStoredMeanwhile = async ({
  payload,
  sourceId,
  currentSnapshotId,
  comparison,
  req,
}: {
  payload: Payload
  sourceId: string
  currentSnapshotId: string | null
  comparison: { textHash: string }
  req: PayloadRequest
}): Promise<boolean> => {
  const fresh = await payload.findByID({
    collection: 'sources',
    id: sourceId,
    depth: 1,
    select: { snapshot: true },
    populate: { snapshots: { textHash: true } },
    req,
  })
  const snapshot = fresh.snapshot
  if (!snapshot || typeof snapshot !== 'object' || snapshot.id === currentSnapshotId) return false
  return snapshot.textHash === comparison.textHash
}

/** Whether `finalUrl` is still a primary source for every profile citing the document. */
const isOnVendorDomains = (finalUrl: string, target: Target): boolean =>
  [...target.citers.values()].every(
    (citer) => judgeSource({ url: finalUrl, vendors: citer.vendors }).verdict === 'primary',
  )

/** Runs `write` in one transaction where the adapter has them (system work). */
const inTransaction = async <T>(
  payload: Payload,
  write: (req: PayloadRequest) => Promise<T>,
): Promise<T> => {
  const req = await createLocalReq({}, payload)
  const isOwnTransaction = await initTransaction(req)
  try {
    const result = await write(req)
    if (isOwnTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (isOwnTransaction) await killTransaction(req)
    throw error
  }
}

/** The watch's fetcher from the environment (connect-to rules, the desk's public URL). */
export const watchFetcher = (): Fetcher => {
  const config = env()
  const parsed = parseConnectTo(config.SOURCE_WATCH_CONNECT_TO)
  return createFetcher({
    publicUrl: config.PUBLIC_URL,
    connectTo: parsed.isValid ? parsed.rules : [],
  })
}

/**
 * One run of the source watch (docs/source-watch.md): fetches every watched document
 * politely (`fetchAll`), compares its text with the last snapshot, stores a snapshot
 * when the text changed, keeps the registry entry's state (status, failures in a row,
 * where a redirect ends, links a vendor page no longer has), and on a change opens a
 * `sourceChanges` record for every profile citing the document, against the snapshot
 * its last approval was made against. Each source is written as soon as it is fetched,
 * so a run that stops half way keeps what it did; with `checkedBefore` a run skips the
 * sources checked since (how the job resumes). System work on behalf of no person.
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
  const targets = await loadTargets({ payload, providerSlug })
  const { entries, snapshots } = await loadRegistry({ payload, urls: [...targets.keys()] })
  const due = [...targets.values()].filter((target) => {
    const entry = entries.get(target.url)
    if (!entry) return false
    return !checkedBefore || !entry.checkedAt || new Date(entry.checkedAt) < checkedBefore
  })
  const ownFetcher = givenFetcher ? null : watchFetcher()
  const fetcher = givenFetcher ?? (ownFetcher as Fetcher)
  // Text is extracted in a worker, within its budget: no document stalls the run.
  const extractor = createExtractor()
  // Per due source, what its request and its comparison both need.
  const checks = due.map((target) => {
    const entry = entries.get(target.url) as RegistryEntry
    const currentSnapshotId = idOf(entry.snapshot)
    const last = metaOf(entry, currentSnapshotId ? snapshots.get(currentSnapshotId) : undefined)
    return { target, entry, currentSnapshotId, last, selectors: selectorsOf(entry) }
  })

  const handle = async (result: FetchResult, index: number): Promise<WatchedSource> => {
    const { target, entry, currentSnapshotId, last, selectors } = checks[
      index
    ] as (typeof checks)[number]
    const comparison = await compareFetched({
      result,
      selectors,
      last,
      extract: extractor.extract,
      shouldListLinks: target.linkedDocuments.size > 0,
    })
    const providers = [...target.citers.values()].map((citer) => citer.slug).sort()
    const checkedAt = now().toISOString()

    // What one check writes commits whole: the registry state, the snapshot, the changes.
    const record = (): Promise<WatchedSource> =>
      inTransaction(payload, async (req) => {
        if (comparison.status === 'failed' || comparison.status === 'blocked') {
          const failureCount = comparison.status === 'failed' ? (entry.failureCount ?? 0) + 1 : 0
          await payload.update({
            collection: 'sources',
            id: entry.id,
            // Where it ends is not known now: a redirect's findings wait for the next success.
            data: {
              watchStatus: comparison.status,
              checkedAt,
              failureCount,
              reason: comparison.message,
              finalUrl: null,
            },
            depth: 0,
            req,
          })
          return {
            url: target.url,
            status: comparison.status,
            providers,
            reason: comparison.message,
          }
        }

        const finalUrl = normalizedUrl(comparison.finalUrl) ?? comparison.finalUrl
        const isMoved = finalUrl !== target.url
        const movedReason = isMoved
          ? isOnVendorDomains(finalUrl, target)
            ? `redirects to ${finalUrl}`
            : `redirects to ${finalUrl}, off the vendor's domains`
          : undefined
        let snapshotId = currentSnapshotId
        if (
          comparison.status !== 'unchanged' &&
          (await isStoredMeanwhile({
            payload,
            sourceId: entry.id,
            currentSnapshotId,
            comparison,
            req,
          }))
        ) {
          // Another run (the job and a CLI run at once) stored this text first: nothing new.
          await payload.update({
            collection: 'sources',
            id: entry.id,
            data: { checkedAt, failureCount: 0 },
            depth: 0,
            req,
          })
          return { url: target.url, status: 'unchanged', providers }
        }
        if (comparison.status === 'changed' && comparison.textHash !== entry.suspectTextHash) {
          const stored = await snapshotText({ payload, id: currentSnapshotId, req })
          if (isSuspectText({ stored, fetched: comparison.text })) {
            const reason = `held back: ${comparison.text.length} characters instead of ${stored.length}; taken as the document if the next run finds the same text`
            await payload.update({
              collection: 'sources',
              id: entry.id,
              // No snapshot and no validators: the next run fetches the page whole again.
              data: { checkedAt, failureCount: 0, suspectTextHash: comparison.textHash, reason },
              depth: 0,
              req,
            })
            return { url: target.url, status: 'unchanged', providers, reason }
          }
        }
        if (comparison.status !== 'unchanged') {
          const created = await payload.create({
            collection: 'snapshots',
            data: {
              source: entry.id,
              fetchedAt: checkedAt,
              httpStatus: comparison.httpStatus,
              finalUrl: comparison.finalUrl,
              etag: comparison.validators.etag,
              lastModified: comparison.validators.lastModified,
              textHash: comparison.textHash,
              selectors,
              isRebaseline: comparison.status === 'rebaselined',
              text: comparison.text,
            },
            depth: 0,
            // Not the text back: it can be megabytes.
            select: { fetchedAt: true },
            req,
          })
          snapshotId = String(created.id)
        }
        if (comparison.status === 'changed' || comparison.status === 'rebaselined') {
          const isRebaseline = comparison.status === 'rebaselined'
          for (const citer of target.citers.values()) {
            const { holds, claims } = await approvedEvidenceIn({
              payload,
              providerId: citer.id,
              url: target.url,
              text: comparison.text,
              req,
            })
            // A new baseline (other selectors, language or extractor) is no change of the
            // vendor's: it re-opens only a profile whose quotes no longer stand in it.
            if (isRebaseline && holds !== false) continue
            const fromSnapshot = await approvedSnapshotOf({
              payload,
              providerId: citer.id,
              sourceId: entry.id,
              fallback: currentSnapshotId,
              req,
            })
            const before = await snapshotText({ payload, id: fromSnapshot, req })
            if (before === comparison.text) {
              // Back to the text this profile's approval was made against (a footer that
              // comes and goes): what was opened since is answered, nothing new opens.
              await payload.update({
                collection: 'sourceChanges',
                where: {
                  and: [
                    { provider: { equals: citer.id } },
                    { source: { equals: entry.id } },
                    { clearedAt: { exists: false } },
                  ],
                },
                data: { clearedAt: checkedAt },
                depth: 0,
                req,
              })
              continue
            }
            // Every quoted passage still stands: a note in the history, the profile not re-opened.
            const isEvidenceHeld = holds === true
            await payload.create({
              collection: 'sourceChanges',
              data: {
                provider: citer.id,
                source: entry.id,
                url: target.url,
                fromSnapshot,
                toSnapshot: snapshotId as string,
                excerpt: changeExcerpt({ before, after: comparison.text }),
                detectedAt: checkedAt,
                isEvidenceHeld,
                // The quotes that no longer stand, for the digest's "Belege geändert".
                ...(claims.length > 0 ? { claims } : {}),
                ...(isEvidenceHeld ? { clearedAt: checkedAt } : {}),
              },
              depth: 0,
              req,
            })
          }
        }
        // The page's links, listed by the extractor with its text (a 304 has none).
        const missingLinks = comparison.links
          ? (() => {
              const links = new Set(
                comparison.links
                  .map((link) => normalizedUrl(link))
                  .filter((link): link is string => link !== null),
              )
              return [...target.linkedDocuments].filter((document) => !links.has(document)).sort()
            })()
          : entry.missingLinks
        const status: WatchStatus =
          comparison.status === 'changed'
            ? 'changed'
            : isMoved
              ? 'moved'
              : comparison.status === 'new'
                ? 'new'
                : 'unchanged'
        const reason =
          movedReason ??
          (comparison.status === 'rebaselined'
            ? 'new baseline: the selectors, the language asked for or the text extraction changed'
            : undefined)
        await payload.update({
          collection: 'sources',
          id: entry.id,
          data: {
            watchStatus: status,
            checkedAt,
            ...(comparison.status === 'changed' ? { changedAt: checkedAt } : {}),
            failureCount: 0,
            suspectTextHash: null,
            reason: reason ?? null,
            finalUrl: isMoved ? finalUrl : null,
            missingLinks: missingLinks ?? null,
            etag: comparison.validators.etag,
            lastModified: comparison.validators.lastModified,
            snapshot: snapshotId,
          },
          depth: 0,
          req,
        })
        return {
          url: target.url,
          status,
          providers,
          ...(reason ? { reason } : {}),
          ...(isMoved ? { finalUrl } : {}),
        }
      })
    try {
      return await record()
    } catch (error) {
      // One document that cannot be stored is that source's failure, not the run's.
      const reason = `could not be stored: ${(error as Error).message}`
      payload.logger.error({ err: error, url: target.url }, `Source watch: ${target.url} ${reason}`)
      return { url: target.url, status: 'failed', providers, reason }
    }
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
    const count = (status: WatchStatus) =>
      sources.filter((source) => source.status === status).length
    return {
      sources,
      new: count('new'),
      unchanged: count('unchanged'),
      changed: count('changed'),
      moved: count('moved'),
      failed: count('failed'),
      blocked: count('blocked'),
    }
  } finally {
    await extractor.close()
    await ownFetcher?.close()
  }
}
