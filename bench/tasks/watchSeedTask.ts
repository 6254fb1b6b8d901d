import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { importContext } from '../../src/import/importPages'
import { docPath, hostName } from '../watch/standInHosts'

/**
 * Seeds the watch bench's database through the Local API: one published provider per
 * stand-in host (`website: https://vendor-NN.bench.test/`, so its documents are primary
 * sources) citing that host's `docsPerHost` documents. Each save registers its cited
 * URLs in `sources` (`linkCitedSources` in `src/sources/hooks.ts`). Written with the
 * importer's context, as an approved, published revision, as `bench/floors.ts`
 * `importFloor` does.
 */
export const watchSeedTask = async ({
  payload,
  args,
}: {
  payload: Payload
  args: { hostCount: number; docsPerHost: number }
}) => {
  const startedAt = performance.now()
  for (let index = 0; index < args.hostCount; index += 1) {
    const host = hostName(index)
    const req = await createLocalReq({ context: { ...importContext } }, payload)
    await payload.create({
      collection: 'providers',
      data: {
        name: `Vendor ${index + 1}`,
        slug: `vendor-${String(index + 1).padStart(2, '0')}`,
        category: 'Messenger',
        website: `https://${host}/`,
        description: 'A stand-in vendor of the watch bench.',
        citations: Array.from({ length: args.docsPerHost }, (_, doc) => ({
          url: `https://${host}${docPath(doc)}`,
          title: `Document ${doc + 1} of ${host}`,
          kind: 'other' as const,
        })),
        reviewState: 'approved',
        _status: 'published',
      },
      draft: false,
      req,
    })
  }
  const sources = (await payload.count({ collection: 'sources' })).totalDocs
  const { docs } = await payload.find({
    collection: 'providers',
    pagination: false,
    depth: 0,
    select: { citations: true },
  })
  const verdicts: Record<string, number> = {}
  for (const citation of docs.flatMap((doc) => doc.citations ?? [])) {
    const verdict = citation.verdict ?? 'none'
    verdicts[verdict] = (verdicts[verdict] ?? 0) + 1
  }
  return { ms: performance.now() - startedAt, sources, verdicts }
}
