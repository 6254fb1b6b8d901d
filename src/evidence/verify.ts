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

/** Every anchored entry of `evidence` that quotes `url`, re-located in `text`. */
export const relocateEvidence = ({
  evidence,
  url,
  text,
}: {
  evidence: Provider['evidence']
  url: string
  text: string
}): RelocatedEvidence[] =>
  (evidence ?? []).flatMap((entry, index) => {
    const anchor = anchorOf(entry)
    if (!anchor || normalizedUrl(entry.url) !== url) return []
    return [{ index, claim: entry.claim, anchor, relocation: relocate({ text, anchor }) }]
  })

/**
 * Whether every quoted passage of the provider's approved (published) revision that rests
 * on `url` still stands in `text`: `null` when that revision quotes nothing of `url`
 * (the document-level rule applies). System read.
 */
export const evidenceHoldsIn = async ({
  payload,
  providerId,
  url,
  text,
  req,
}: {
  payload: Payload
  providerId: string
  url: string
  text: string
  req?: PayloadRequest
}): Promise<boolean | null> => {
  const { docs } = await payload.find({
    collection: 'providers',
    where: { id: { equals: providerId } },
    draft: false,
    limit: 1,
    depth: 0,
    select: { evidence: true },
    req,
  })
  const relocated = relocateEvidence({ evidence: docs[0]?.evidence, url, text })
  if (relocated.length === 0) return null
  return relocated.every(({ relocation }) => relocation.state === 'holds')
}
