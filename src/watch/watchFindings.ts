import type { Payload, PayloadRequest } from 'payload'

import type { Finding } from '../findings/finding'
import type { Provider, Source } from '../payload-types'
import { makeFinding } from '../findings/finding'
import type { Message } from '../i18n/messages'
import { message, parseStoredMessage } from '../i18n/messages'
import { judgeSource } from '../sources/judge'
import { vendorNames } from '../sources/sourceMessages'
import { vendorDomainsOf } from '../sources/vendors'
import { compactDiff } from './diffText'
import { idOf } from '../db/idOf'
import { claimChangesOf, relocateEvidence } from '../evidence/verify'
import { citedDocumentsOf, watchedUrlsOf } from '../sources/citedDocuments'
import { openChangesWhere } from '../sources/sourceChanges'
import { changeSinceApproval } from '../sources/snapshotDiff'
import { readMissingLinks } from './recorder'

/** Three failed checks in a row make a source unreachable (cleared by the next success). */
export const unreachableAfter = 3

type WatchState = Pick<
  Source,
  | 'id'
  | 'url'
  | 'watchStatus'
  | 'finalUrl'
  | 'failureCount'
  | 'reason'
  | 'missingLinks'
  | 'snapshot'
>

/** The watch's reason as a finding carries it: its message, or a plain-text reason stored before reasons had codes. */
const reasonOf = (state: WatchState): Message | string =>
  state.reason ? (parseStoredMessage(state.reason) ?? state.reason) : ''

/**
 * What the source watch knows about the documents a revision cites, as findings:
 * `source.changed` (with the diff since the snapshot its last approval was made against,
 * `changeSinceApproval`)
 * while a change is open, `source.moved` for a redirect within the vendor's domains and
 * the error `source.redirect-rejected` for one off them (judged by the primary-source
 * rule like a new citation), `source.unreachable` after three failed checks in a row,
 * `source.blocked` for a refused address, and `source.link-gone` when the vendor page a
 * third-party document is linked from no longer links it. System reads.
 */
export const watchFindings = async ({
  payload,
  provider,
  req,
}: {
  payload: Payload
  provider: Provider
  req?: PayloadRequest
}): Promise<Finding[]> => {
  const cited = citedDocumentsOf(provider)
  if (cited.length === 0) return []
  const urls = watchedUrlsOf(cited)
  // Through the adapter (no hooks): the reason as stored, a message the findings carry
  // and word when they are read, not already worded by `readStoredMessage`.
  const { docs: states } = await payload.db.find<WatchState>({
    collection: 'sources',
    where: { url: { in: urls } },
    pagination: false,
    limit: 0,
    select: {
      url: true,
      watchStatus: true,
      finalUrl: true,
      failureCount: true,
      reason: true,
      missingLinks: true,
      snapshot: true,
    },
    req,
  })
  const stateOf = new Map<string, WatchState>(states.map((state) => [state.url, state]))
  const { docs: openChanges } = provider.id
    ? await payload.find({
        collection: 'sourceChanges',
        where: openChangesWhere({ providerId: provider.id }),
        sort: '-detectedAt',
        pagination: false,
        depth: 0,
        select: { url: true, fromSnapshot: true, detectedAt: true },
        req,
      })
    : { docs: [] }
  const vendors = vendorDomainsOf(provider)
  const findings: Finding[] = []
  const reported = new Set<string>()
  for (const entry of cited) {
    const state = stateOf.get(entry.url)
    if (!state || reported.has(entry.url)) continue
    reported.add(entry.url)
    // The oldest open change: its baseline stands in when the approval recorded none.
    const change = openChanges.filter((candidate) => candidate.url === entry.url).at(-1)
    // One pair for the panel and the digest: the snapshot the profile's last approval was
    // made against and the current one.
    const since = change
      ? await changeSinceApproval({
          payload,
          providerId: provider.id,
          sourceId: String(state.id),
          toSnapshot: idOf(state.snapshot),
          fallback: idOf(change.fromSnapshot),
          req,
        })
      : null
    const after = since?.after ?? ''
    // Quoted evidence in the changed document: each passage that no longer stands is a
    // finding of its own, and the document-level finding goes (claim-level evidence).
    const relocated = change
      ? relocateEvidence({ evidence: provider.evidence, url: entry.url, text: after })
      : []
    for (const { index, claim, state, before, after: now } of claimChangesOf(relocated)) {
      findings.push(
        makeFinding({
          code: `evidence.${state}`,
          field: `evidence.${index}`,
          value: claim,
          message:
            state === 'edited'
              ? message('evidence.edited', { claim, before, after: now ?? '' })
              : message('evidence.vanished', { claim, before, candidate: now ?? '' }),
        }),
      )
    }
    if (since && relocated.length === 0) {
      const { diff } = since
      findings.push({
        ...makeFinding({
          code: 'source.changed',
          field: entry.path,
          value: entry.url,
          message: message('source.changed', {
            removedLines: diff.removedLines,
            addedLines: diff.addedLines,
          }),
        }),
        diff: compactDiff(diff),
      })
    }
    if (state.finalUrl && state.finalUrl !== entry.url) {
      const judged = judgeSource({ url: state.finalUrl, vendors })
      findings.push(
        judged.verdict === 'primary'
          ? makeFinding({
              code: 'source.moved',
              field: entry.path,
              value: entry.url,
              message: message('source.moved', { finalUrl: state.finalUrl }),
            })
          : makeFinding({
              code: 'source.redirect-rejected',
              field: entry.path,
              value: entry.url,
              message: message('source.redirect-rejected', {
                finalUrl: state.finalUrl,
                vendors: vendorNames(vendors),
              }),
            }),
      )
    }
    if ((state.failureCount ?? 0) >= unreachableAfter) {
      findings.push(
        makeFinding({
          code: 'source.unreachable',
          field: entry.path,
          value: entry.url,
          message: message('source.unreachable', {
            failureCount: state.failureCount ?? 0,
            reason: reasonOf(state),
          }),
        }),
      )
    }
    if (state.watchStatus === 'blocked') {
      findings.push(
        makeFinding({
          code: 'source.blocked',
          field: entry.path,
          value: entry.url,
          message: message('source.blocked', { reason: reasonOf(state) }),
        }),
      )
    }
  }
  for (const entry of cited) {
    if (!entry.linkedFrom) continue
    const page = stateOf.get(entry.linkedFrom)
    const missing = readMissingLinks(page?.missingLinks)
    if (!missing.includes(entry.url)) continue
    findings.push(
      makeFinding({
        code: 'source.link-gone',
        field: entry.path,
        value: entry.url,
        message: message('source.link-gone', { linkedFrom: entry.linkedFrom }),
      }),
    )
  }
  return findings
}
