import { idOf } from '../db/idOf'
import type { Provider } from '../payload-types'

/**
 * What an approval keeps of the evidence it approved: per entry, the claim, the document
 * and the anchor's snapshot and text hash (`reviews.anchors`, written by `recordReview`
 * with every approval, confirmation and import). So the record says which text each quote
 * was approved against, even after the revision's anchors were re-anchored. Both sides,
 * the record's shape and its reader, live here.
 */

/** One evidence entry as a review record keeps it. */
export type RecordedAnchor = {
  /** The entry's place in the revision's `evidence`. */
  index: number
  /** The entry's id (Payload's array row id), when it has one. */
  id: string | null
  claim: string
  url: string
  /** The snapshot the quote was anchored in. */
  snapshot: string | null
  /** The sha256 of that snapshot's text (`Anchor.textHash`). */
  textHash: string
}

/** The anchored entries of a revision's evidence, as the approval records them. */
export const recordedAnchorsOf = (evidence: Provider['evidence']): RecordedAnchor[] =>
  (evidence ?? []).flatMap((entry, index): RecordedAnchor[] => {
    const anchor = entry.anchor
    if (!anchor?.textHash) return []
    return [
      {
        index,
        id: entry.id ?? null,
        claim: entry.claim,
        url: entry.url,
        snapshot: idOf(anchor.snapshot),
        textHash: anchor.textHash,
      },
    ]
  })

/** A review record's `anchors` (JSON) as stored: what is not a recorded anchor is left out. */
export const readRecordedAnchors = (value: unknown): RecordedAnchor[] =>
  Array.isArray(value)
    ? value.flatMap((item): RecordedAnchor[] => {
        const { index, id, claim, url, snapshot, textHash } = (item ?? {}) as Record<
          string,
          unknown
        >
        return typeof index === 'number' &&
          (typeof id === 'string' || id === null) &&
          typeof claim === 'string' &&
          typeof url === 'string' &&
          (typeof snapshot === 'string' || snapshot === null) &&
          typeof textHash === 'string'
          ? [{ index, id, claim, url, snapshot, textHash }]
          : []
      })
    : []
