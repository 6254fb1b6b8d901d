import type { Payload } from 'payload'

import { idOf } from '../../src/db/idOf'
import { snapshotText } from '../../src/watch/snapshotText'
import { spreadSentences } from './spreadSentences'

export type EvidenceEntry = { claim: string; url: string; quote: string }

/**
 * Evidence entries quoting the stored texts of `urls`: `quotesPerDocument` sentences spread
 * over each document (`spreadSentences`), document after document until `limit` entries.
 * A document with fewer sentences fails the bench: the figures would not be comparable.
 */
export const quotedEvidence = async ({
  payload,
  urls,
  quotesPerDocument,
  limit = Infinity,
}: {
  payload: Payload
  urls: readonly (string | null | undefined)[]
  quotesPerDocument: number
  limit?: number
}): Promise<EvidenceEntry[]> => {
  const { docs: sources } = await payload.find({
    collection: 'sources',
    where: { url: { in: urls.filter((url): url is string => Boolean(url)) } },
    pagination: false,
    depth: 0,
    select: { url: true, snapshot: true },
  })
  const evidence: EvidenceEntry[] = []
  for (const source of sources) {
    if (evidence.length >= limit) break
    const text = await snapshotText({ payload, id: idOf(source.snapshot) })
    const quotes = spreadSentences({ text, count: quotesPerDocument })
    if (quotes.length < quotesPerDocument) {
      throw new Error(`${source.url} has ${quotes.length} sentences to quote`)
    }
    evidence.push(
      ...quotes.map((quote, index) => ({
        claim: `Sentence ${index + 1} of ${source.url}`,
        url: source.url,
        quote,
      })),
    )
  }
  return evidence.slice(0, limit)
}
