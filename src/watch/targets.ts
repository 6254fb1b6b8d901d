import type { Payload, Where } from 'payload'

import type { Snapshot, Source } from '../payload-types'
import type { VendorEntry } from '../sources/vendors'
import type { SnapshotMeta } from './checkDocument'
import type { Selectors } from './extractText'
import { extractorVersion } from './extractText'
import { vendorDomainsOf, vendorFieldSelect } from '../sources/vendors'
import { citedDocumentsOf } from '../sources/citedDocuments'
import { idOf } from '../db/idOf'

/**
 * What the source watch watches (docs/source-watch.md): the documents the latest revisions
 * cite, who cites each, and their registry entries with the meta data of their current
 * snapshots. Reads only; `recorder.ts` writes what a check found.
 */

export type Citer = { id: string; slug: string; vendors: VendorEntry[] }

/** One document to fetch and who cites it. */
export type Target = {
  url: string
  citers: Map<string, Citer>
  /** Third-party documents (normalized URLs) this vendor page must still link to. */
  linkedDocuments: Set<string>
}

const providerPageSize = 100
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
 * What is watched: every document the latest revisions cite (`citedDocumentsOf`), once per
 * normalized URL, and for a linked third-party document also the vendor page it is linked
 * from. Rejected and malformed citations are never fetched.
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
    for (const { url, linkedFrom } of citedDocumentsOf(provider)) {
      targetOf(url).citers.set(citer.id, citer)
      if (linkedFrom) {
        const page = targetOf(linkedFrom)
        page.citers.set(citer.id, citer)
        page.linkedDocuments.add(url)
      }
    }
  }
  return targets
}

export type RegistryEntry = Pick<
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

/** What a check reads of a registry entry (`RegistryEntry`). */
export const registrySelect = {
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
} as const

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
      select: registrySelect,
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

/**
 * The settings a source's text is extracted with: its selectors, language and the
 * extractor's version (a new source's, from `{}`: none of its own yet).
 */
export const selectorsOf = (
  entry: Partial<Pick<RegistryEntry, 'select' | 'remove' | 'language'>>,
): Selectors => ({
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

/** One due source: who cites it, its registry entry, and what its request and comparison need. */
export type DueCheck = {
  target: Target
  entry: RegistryEntry
  currentSnapshotId: string | null
  last: SnapshotMeta | null
  selectors: Selectors
}

/**
 * The sources to check in this run (those of one provider with `providerSlug`), with what
 * each check needs; with `checkedBefore` only those not checked since (how a job resumes).
 */
export const loadDueChecks = async ({
  payload,
  providerSlug,
  checkedBefore,
}: {
  payload: Payload
  providerSlug?: string
  checkedBefore?: Date
}): Promise<DueCheck[]> => {
  const targets = await loadTargets({ payload, providerSlug })
  const { entries, snapshots } = await loadRegistry({ payload, urls: [...targets.keys()] })
  return [...targets.values()].flatMap((target) => {
    const entry = entries.get(target.url)
    if (!entry) return []
    if (checkedBefore && entry.checkedAt && new Date(entry.checkedAt) >= checkedBefore) return []
    const currentSnapshotId = idOf(entry.snapshot)
    const last = metaOf(entry, currentSnapshotId ? snapshots.get(currentSnapshotId) : undefined)
    return [{ target, entry, currentSnapshotId, last, selectors: selectorsOf(entry) }]
  })
}
