import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { importContext } from '../../src/import/importPages'
import { quotedEvidence } from '../evidence/quotedEvidence'

/**
 * After the watch stored every document once: gives each provider of the watch seed
 * `quotesPerDocument` evidence entries per cited document, sentences of that document's
 * stored text (`quotedEvidence`), saved through the Local API so that `anchorEvidence`
 * anchors them. With `isWithEvidence` false, the same save without evidence. Saved with
 * the importer's context as the approved, published revision, from which the watch reads
 * the evidence (`approvedEvidenceReader`); the import's review records the snapshot of
 * every cited document, in both databases alike.
 */
export const evidenceSeedTask = async ({
  payload,
  args,
}: {
  payload: Payload
  args: { quotesPerDocument: number; isWithEvidence: boolean }
}) => {
  const startedAt = performance.now()
  const { docs: providers } = await payload.find({
    collection: 'providers',
    pagination: false,
    depth: 0,
    select: { citations: { url: true } },
  })
  let entries = 0
  for (const provider of providers) {
    const evidence = await quotedEvidence({
      payload,
      urls: (provider.citations ?? []).map((citation) => citation.url),
      quotesPerDocument: args.quotesPerDocument,
    })
    const req = await createLocalReq({ context: { ...importContext } }, payload)
    const saved = await payload.update({
      collection: 'providers',
      id: provider.id,
      data: {
        ...(args.isWithEvidence ? { evidence } : {}),
        reviewState: 'approved',
        _status: 'published',
      },
      draft: false,
      depth: 0,
      req,
    })
    entries += (saved.evidence ?? []).filter((entry) => entry.anchor?.exact).length
  }
  return { ms: performance.now() - startedAt, providers: providers.length, entries }
}
