import type { Payload, PayloadRequest } from 'payload'

import type { Provider, Review } from '../payload-types'
import { citedDocumentsOf } from './citedDocuments'

/**
 * What a profile was checked against: each approval, confirmation and import records the
 * current snapshot (text hash) of every document the revision cites in its review record
 * (`reviews.snapshots`), and the source watch diffs a changed document against the
 * snapshot so recorded: its baseline. Both sides, the record's shape and its reader live
 * here, so the writer and the watch cannot drift apart.
 */

/** The review outcomes that record snapshots: the watch's baseline is the newest of them. */
export const baselineOutcomes = [
  'approved',
  'confirmed',
  'imported',
] as const satisfies readonly Review['outcome'][]

export const isBaselineOutcome = (outcome: Review['outcome']): boolean =>
  (baselineOutcomes as readonly string[]).includes(outcome)

/** One cited document as a review record keeps it. */
export type RecordedSnapshot = { source: string; url: string; textHash: string }

/** A review record's `snapshots` (JSON) as stored: what is not a recorded snapshot is left out. */
export const readRecordedSnapshots = (value: unknown): RecordedSnapshot[] =>
  Array.isArray(value)
    ? value.flatMap((item): RecordedSnapshot[] => {
        const { source, url, textHash } = (item ?? {}) as Record<string, unknown>
        return typeof source === 'string' && typeof url === 'string' && typeof textHash === 'string'
          ? [{ source, url, textHash }]
          : []
      })
    : []

/**
 * The current snapshot (text hash) of every document the revision cites, as the
 * approval records it: what the reviewer approved the profile against.
 */
export const currentSnapshotsOf = async ({
  doc,
  req,
}: {
  doc: Provider
  req: PayloadRequest
}): Promise<RecordedSnapshot[]> => {
  const documents = citedDocumentsOf(doc)
  const sourceIds = [...new Set(documents.flatMap((document) => document.sourceId ?? []))]
  // The vendor pages that link a cited third-party document are watched too.
  const linkingPages = [...new Set(documents.flatMap((document) => document.linkedFrom ?? []))]
  if (sourceIds.length + linkingPages.length === 0) return []
  const { docs: sources } = await req.payload.find({
    collection: 'sources',
    where: {
      and: [
        { or: [{ id: { in: sourceIds } }, { url: { in: linkingPages } }] },
        { snapshot: { exists: true } },
      ],
    },
    pagination: false,
    depth: 1,
    select: { url: true, snapshot: true },
    populate: { snapshots: { textHash: true } },
    overrideAccess: true,
    req,
  })
  return sources.flatMap((source) =>
    source.snapshot && typeof source.snapshot === 'object'
      ? [{ source: String(source.id), url: source.url, textHash: source.snapshot.textHash }]
      : [],
  )
}

/**
 * The snapshot a profile's last approval (or import) was made against: the one whose
 * hash that review recorded for the source; `fallback` when it recorded none (approved
 * before the source was first fetched).
 */
export const baselineSnapshotOf = async ({
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
  req?: PayloadRequest
}): Promise<string | null> => {
  const { docs } = await payload.find({
    collection: 'reviews',
    where: {
      and: [{ provider: { equals: providerId } }, { outcome: { in: [...baselineOutcomes] } }],
    },
    sort: '-reviewedAt',
    limit: 1,
    depth: 0,
    select: { snapshots: true },
    req,
  })
  const recorded = readRecordedSnapshots(docs[0]?.snapshots)
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
