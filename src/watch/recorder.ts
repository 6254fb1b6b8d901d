import type { Payload, PayloadRequest } from 'payload'

import { inTransaction } from '../db/inTransaction'
import type { Message } from '../i18n/messages'
import { message, render, storedMessage } from '../i18n/messages'
import type { Comparison } from './checkDocument'
import type { DueCheck, Target } from './targets'
import type { ApprovedEvidenceReader } from '../evidence/verify'
import { evidenceOutcome } from '../evidence/verify'
import { judgeSource } from '../sources/judge'
import { normalizedUrl } from '../sources/vendors'
import { changeExcerpt } from './diffText'
import { snapshotText } from './snapshotText'
import { clearOpenChanges } from '../sources/sourceChanges'
import { changeSinceApproval } from '../sources/snapshotDiff'

/**
 * How the source watch records one check (docs/source-watch.md): the source's state, a
 * snapshot when the text changed, and a source change for every citing profile it
 * concerns, in one transaction. System work on behalf of no person.
 */

/** What one source came to in a run, as `provider-desk watch --json` prints it. */
export type WatchStatus = 'new' | 'unchanged' | 'changed' | 'moved' | 'failed' | 'blocked'

export type WatchedSource = {
  url: string
  status: WatchStatus
  /** Slugs of the profiles citing it (or the vendor page that links a cited document). */
  providers: string[]
  /** Why, for a person: stored in the source's `reason` as text (`storedMessage`). */
  reason?: Message
  finalUrl?: string
}

/**
 * A changed text under this share of the stored one is held back once: an error page
 * recorded as the document (Spotify's policy was a 131-character "We're all mixed up"
 * page for four days of 2023, tests/fixtures/ota/Spotify) would otherwise re-open every
 * citing profile twice. The same text seen on the next run is taken as the document.
 */
const suspectShare = 0.25

const isSuspectText = ({ stored, fetched }: { stored: string; fetched: string }): boolean =>
  stored.length > 0 && fetched.length < stored.length * suspectShare

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

type Fetched = Exclude<Comparison, { status: 'failed' | 'blocked' }>
/** A fetch with a text for a new snapshot: `new`, `changed` or `rebaselined`. */
type WithText = Extract<Comparison, { text: string }>

/** What every step of one record shares. */
type Recording = {
  payload: Payload
  req: PayloadRequest
  check: DueCheck
  checkedAt: string
  providers: string[]
  readApprovedEvidence: ApprovedEvidenceReader
  /** A snapshot's text, read once per record: the citers of a document mostly share a baseline. */
  textOf: (snapshotId: string | null) => Promise<string>
}

/** A failed or refused fetch: the source's state, nothing else. */
const recordFailure = async (
  { payload, req, check, checkedAt, providers }: Recording,
  comparison: Extract<Comparison, { status: 'failed' | 'blocked' }>,
): Promise<WatchedSource> => {
  const { entry, target } = check
  const failureCount = comparison.status === 'failed' ? (entry.failureCount ?? 0) + 1 : 0
  await payload.update({
    collection: 'sources',
    id: entry.id,
    // Where it ends is not known now: a redirect's findings wait for the next success.
    data: {
      watchStatus: comparison.status,
      checkedAt,
      failureCount,
      reason: storedMessage(comparison.message),
      finalUrl: null,
    },
    depth: 0,
    req,
  })
  return { url: target.url, status: comparison.status, providers, reason: comparison.message }
}

/**
 * A changed text far shorter than the stored one, seen for the first time: noted on the
 * source (no snapshot, no validators, so the next run fetches it whole), reported
 * unchanged. `null` when the text is not held back.
 */
const holdBackSuspect = async (
  { payload, req, check, checkedAt, providers, textOf }: Recording,
  comparison: Fetched,
): Promise<WatchedSource | null> => {
  const { entry, target, currentSnapshotId } = check
  if (comparison.status !== 'changed' || comparison.textHash === entry.suspectTextHash) return null
  const stored = await textOf(currentSnapshotId)
  if (!isSuspectText({ stored, fetched: comparison.text })) return null
  const reason = message('watch.held-back', {
    length: comparison.text.length,
    storedLength: stored.length,
  })
  const state = { checkedAt, failureCount: 0, suspectTextHash: comparison.textHash }
  await payload.update({
    collection: 'sources',
    id: entry.id,
    data: { ...state, reason: storedMessage(reason) },
    depth: 0,
    req,
  })
  return { url: target.url, status: 'unchanged', providers, reason }
}

/** The new text as a snapshot of the source; its id. */
const storeSnapshot = async (
  { payload, req, check, checkedAt }: Recording,
  comparison: WithText,
): Promise<string> => {
  const created = await payload.create({
    collection: 'snapshots',
    data: {
      source: check.entry.id,
      fetchedAt: checkedAt,
      httpStatus: comparison.httpStatus,
      finalUrl: comparison.finalUrl,
      etag: comparison.validators.etag,
      lastModified: comparison.validators.lastModified,
      textHash: comparison.textHash,
      selectors: check.selectors,
      isRebaseline: comparison.status === 'rebaselined',
      text: comparison.text,
    },
    depth: 0,
    // Not the text back: it can be megabytes.
    select: { fetchedAt: true },
    req,
  })
  return String(created.id)
}

/**
 * For each citing profile, against the snapshot its last approval was made against: a
 * text back to that snapshot answers its open changes; a change in which every approved
 * quote still stands is recorded cleared ("geändert, Belege unberührt"); otherwise an
 * open change, with the quotes that no longer stand. A new baseline (other selectors,
 * language or extractor) is no change of the vendor's: it concerns only a profile whose
 * quotes no longer stand in it.
 */
const recordChanges = async (
  { payload, req, check, checkedAt, readApprovedEvidence, textOf }: Recording,
  comparison: WithText,
  snapshotId: string,
): Promise<void> => {
  const { entry, target, currentSnapshotId } = check
  for (const citer of target.citers.values()) {
    const { holds, claims } = evidenceOutcome({
      evidence: await readApprovedEvidence(citer.id, req),
      url: target.url,
      text: comparison.text,
    })
    if (comparison.status === 'rebaselined' && holds !== false) continue
    const change = await changeSinceApproval({
      payload,
      providerId: citer.id,
      sourceId: entry.id,
      toSnapshot: snapshotId,
      fallback: currentSnapshotId,
      req,
      // The new snapshot's text is the one just fetched: not read back.
      textOf: (id) => (id === snapshotId ? Promise.resolve(comparison.text) : textOf(id)),
    })
    if (change.before === change.after) {
      // Back to the text this profile's approval was made against (a footer that comes
      // and goes): what was opened since is answered, nothing new opens.
      await clearOpenChanges({
        payload,
        providerId: citer.id,
        sourceId: entry.id,
        at: checkedAt,
        req,
      })
      continue
    }
    const isEvidenceHeld = holds === true
    await payload.create({
      collection: 'sourceChanges',
      data: {
        provider: citer.id,
        source: entry.id,
        url: target.url,
        fromSnapshot: change.fromSnapshot,
        toSnapshot: snapshotId,
        excerpt: changeExcerpt({ diff: change.diff }),
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

/** A source's `missingLinks` (JSON) as stored: the normalized URLs of the documents it no longer links. */
export const readMissingLinks = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((url): url is string => typeof url === 'string') : []

/**
 * The third-party documents a vendor page should link and no longer does; `null` for a
 * page nobody expects links of. A 304 lists no links: what was stored stays.
 */
const missingLinksOf = (check: DueCheck, comparison: Fetched): string[] | null => {
  if (!comparison.links) {
    const stored = check.entry.missingLinks
    return stored === null || stored === undefined ? null : readMissingLinks(stored)
  }
  const links = new Set(
    comparison.links
      .map((link) => normalizedUrl(link))
      .filter((link): link is string => link !== null),
  )
  return [...check.target.linkedDocuments].filter((document) => !links.has(document)).sort()
}

/** A fetched document: snapshot, changes and the source's state. */
const recordFetched = async (recording: Recording, comparison: Fetched): Promise<WatchedSource> => {
  const { payload, req, check, checkedAt, providers } = recording
  const { entry, target, currentSnapshotId } = check
  if (
    comparison.status !== 'unchanged' &&
    (await isStoredMeanwhile({ payload, sourceId: entry.id, currentSnapshotId, comparison, req }))
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
  const heldBack = await holdBackSuspect(recording, comparison)
  if (heldBack) return heldBack

  const snapshotId =
    comparison.status === 'unchanged'
      ? currentSnapshotId
      : await storeSnapshot(recording, comparison)
  if (comparison.status === 'changed' || comparison.status === 'rebaselined') {
    await recordChanges(recording, comparison, snapshotId as string)
  }
  const finalUrl = normalizedUrl(comparison.finalUrl) ?? comparison.finalUrl
  const isMoved = finalUrl !== target.url
  const status: WatchStatus =
    comparison.status === 'changed'
      ? 'changed'
      : isMoved
        ? 'moved'
        : comparison.status === 'new'
          ? 'new'
          : 'unchanged'
  const reason = isMoved
    ? isOnVendorDomains(finalUrl, target)
      ? message('watch.redirects', { finalUrl })
      : message('watch.redirects-off-vendor', { finalUrl })
    : comparison.status === 'rebaselined'
      ? message('watch.new-baseline', {})
      : undefined
  await payload.update({
    collection: 'sources',
    id: entry.id,
    data: {
      watchStatus: status,
      checkedAt,
      ...(comparison.status === 'changed' ? { changedAt: checkedAt } : {}),
      failureCount: 0,
      suspectTextHash: null,
      reason: reason ? storedMessage(reason) : null,
      finalUrl: isMoved ? finalUrl : null,
      missingLinks: missingLinksOf(check, comparison),
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
}

/**
 * Records one check within `req` (its transaction, if it has one): the registry state, the
 * snapshot, the changes. For a caller that writes in its own transaction (a save that quotes
 * a document fetched on demand, `src/evidence/documentText.ts`); the watch uses `recordCheck`.
 */
export const recordCheckIn = ({
  req,
  check,
  comparison,
  checkedAt,
  readApprovedEvidence,
}: {
  req: PayloadRequest
  check: DueCheck
  comparison: Comparison
  checkedAt: string
  readApprovedEvidence: ApprovedEvidenceReader
}): Promise<WatchedSource> => {
  const { payload } = req
  const providers = [...check.target.citers.values()].map((citer) => citer.slug).sort()
  const texts = new Map<string | null, Promise<string>>()
  const textOf = (id: string | null) => {
    const text = texts.get(id) ?? snapshotText({ payload, id, req })
    texts.set(id, text)
    return text
  }
  const recording = { payload, req, check, checkedAt, providers, readApprovedEvidence, textOf }
  return comparison.status === 'failed' || comparison.status === 'blocked'
    ? recordFailure(recording, comparison)
    : recordFetched(recording, comparison)
}

/**
 * Records one check whole (the registry state, the snapshot, the changes in one
 * transaction). A document that cannot be stored is that source's failure, not the run's.
 */
export const recordCheck = async ({
  payload,
  check,
  comparison,
  checkedAt,
  readApprovedEvidence,
}: {
  payload: Payload
  check: DueCheck
  comparison: Comparison
  checkedAt: string
  /** The run's reader: each provider's approved evidence read once. */
  readApprovedEvidence: ApprovedEvidenceReader
}): Promise<WatchedSource> => {
  const { target } = check
  const providers = [...target.citers.values()].map((citer) => citer.slug).sort()
  try {
    return await inTransaction({
      payload,
      write: (req) => recordCheckIn({ req, check, comparison, checkedAt, readApprovedEvidence }),
    })
  } catch (error) {
    const reason = message('watch.not-stored', { detail: (error as Error).message })
    const logLine = `Source watch: ${target.url} ${render('en', reason)}`
    payload.logger.error({ err: error, url: target.url }, logLine)
    return { url: target.url, status: 'failed', providers, reason }
  }
}
