import type { Payload, PayloadRequest } from 'payload'

import type { Provider } from '../payload-types'
import { normalizedUrl } from '../sources/vendors'
import type { Anchor, Relocation } from './anchor'
import { relocate } from './anchor'

/**
 * Re-checking evidence against a document's current text: which quoted passages of a
 * revision that rest on `url` still stand. The watch asks it when a cited document
 * changed (`evidenceHoldsIn`); the findings ask it per entry (`relocateEvidence`).
 */

type EvidenceEntry = NonNullable<Provider['evidence']>[number]

export type RelocatedEvidence = {
  index: number
  claim: string
  anchor: Anchor
  relocation: Relocation
}

/** An entry's anchor as `relocate` takes it, or `null` when it has none. */
const anchorOf = (entry: EvidenceEntry): Anchor | null => {
  const anchor = entry.anchor
  if (!anchor?.exact) return null
  return {
    exact: anchor.exact,
    prefix: anchor.prefix ?? '',
    suffix: anchor.suffix ?? '',
    start: anchor.start ?? 0,
    end: anchor.end ?? 0,
    textHash: anchor.textHash ?? '',
  }
}

/** A revision's evidence and one document's current text: the question both checks below answer. */
type EvidenceInText = {
  evidence: Provider['evidence']
  /** The document, as `normalizedUrl` registers it. */
  url: string
  /** Its current text. */
  text: string
}

/** Every anchored entry of `evidence` that quotes `url`, re-located in `text`. */
export const relocateEvidence = ({ evidence, url, text }: EvidenceInText): RelocatedEvidence[] =>
  (evidence ?? []).flatMap((entry, index) => {
    const anchor = anchorOf(entry)
    if (!anchor || normalizedUrl(entry.url) !== url) return []
    return [{ index, claim: entry.claim, anchor, relocation: relocate({ text, anchor }) }]
  })

/** A quoted passage that no longer stands, as the watch records it on the change and mails it. */
export type ClaimChange = {
  claim: string
  state: 'edited' | 'vanished'
  /** The passage as approved. */
  before: string
  /** The passage as it is now (`edited`), the closest candidate (`vanished`), or `null`. */
  after: string | null
}

/** A change record's `claims` as stored (JSON): what is not a claim change is left out. */
export const readClaimChanges = (value: unknown): ClaimChange[] =>
  Array.isArray(value)
    ? value.flatMap((item): ClaimChange[] => {
        const { claim, state, before, after } = (item ?? {}) as Record<string, unknown>
        return typeof claim === 'string' &&
          (state === 'edited' || state === 'vanished') &&
          typeof before === 'string' &&
          (typeof after === 'string' || after === null)
          ? [{ claim, state, before, after }]
          : []
      })
    : []

/**
 * The re-located entries whose passage no longer stands, with their index in `evidence`:
 * what the findings name (`evidence.<index>`) and the change record keeps.
 */
export const claimChangesOf = (
  relocated: RelocatedEvidence[],
): (ClaimChange & { index: number })[] =>
  relocated.flatMap(({ index, claim, anchor, relocation }): (ClaimChange & { index: number })[] =>
    relocation.state === 'holds'
      ? []
      : [
          {
            index,
            claim,
            state: relocation.state,
            before: anchor.exact,
            after:
              relocation.state === 'edited'
                ? relocation.found.exact
                : (relocation.candidate?.exact ?? null),
          },
        ],
  )

/** The evidence of a provider's approved (published) revision. */
export type ApprovedEvidenceReader = (
  providerId: string,
  req?: PayloadRequest,
) => Promise<Provider['evidence']>

/**
 * Reads each provider's approved evidence once: a run of the watch asks for it for every
 * changed document the provider cites (a provider citing 50 documents with 5 quotes each
 * was read whole 50 times). System reads; a failed read is not kept.
 */
export const approvedEvidenceReader = (payload: Payload): ApprovedEvidenceReader => {
  const reads = new Map<string, Promise<Provider['evidence']>>()
  return (providerId, req) => {
    const known = reads.get(providerId)
    if (known) return known
    const read = payload
      .find({
        collection: 'providers',
        where: { id: { equals: providerId } },
        draft: false,
        limit: 1,
        depth: 0,
        select: { evidence: true },
        req,
      })
      .then(({ docs }) => docs[0]?.evidence)
    reads.set(providerId, read)
    read.catch(() => reads.delete(providerId))
    return read
  }
}

/**
 * The entries of `evidence` that rest on `url`, re-located in `text`: `holds` is whether
 * every one still stands, `null` when none quotes `url` (the document-level rule applies);
 * `claims` are those that do not.
 */
export const evidenceOutcome = (
  args: EvidenceInText,
): { holds: boolean | null; claims: ClaimChange[] } => {
  const relocated = relocateEvidence(args)
  if (relocated.length === 0) return { holds: null, claims: [] }
  const claims = claimChangesOf(relocated).map(({ index: _index, ...claim }) => claim)
  return { holds: claims.length === 0, claims }
}
