/**
 * The floors the bench compares against: the least work that reads or creates the
 * same documents through Payload's Local API, with none of the product's logic.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import type { ImportedPage } from '../src/mapping/providerFromPage'
import { importContext } from '../src/import/importPages'

/**
 * Export floor: the ids of every published provider (one narrow query), then per 200
 * of them the published versions (depth 0, citations and audits included; one `in`
 * query), and one file per provider holding that document as JSON. No
 * rendering, no manifest, no fsync.
 */
export const exportFloor = async ({ payload, outDir }: { payload: Payload; outDir: string }) => {
  const { docs: refs } = await payload.find({
    collection: 'providers',
    where: { _status: { equals: 'published' } },
    draft: false,
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  const ids = refs.map((doc) => doc.id)
  for (let start = 0; start < ids.length; start += 200) {
    const batch = ids.slice(start, start + 200)
    const providers = await payload.find({
      collection: 'providers',
      where: { id: { in: batch } },
      draft: false,
      pagination: false,
      depth: 0,
    })
    for (const provider of providers.docs) {
      const dir = path.join(outDir, provider.slug)
      await mkdir(dir, { recursive: true })
      await writeFile(path.join(dir, 'index.json'), JSON.stringify(provider))
    }
  }
  return { files: ids.length }
}

/**
 * Import floor: the documents the importer makes from already parsed pages, created
 * through the Local API with the importer's context (so the same hooks run): one
 * provider with its citations and audits. No lookup, no findings.
 */
export const importFloor = async ({
  payload,
  pages,
}: {
  payload: Payload
  pages: readonly ImportedPage[]
}) => {
  for (const page of pages) {
    const req = await createLocalReq({ context: { ...importContext } }, payload)
    await payload.create({
      collection: 'providers',
      data: {
        ...page.data,
        reviewState: page.isDone ? 'approved' : 'draft',
        _status: page.isDone ? 'published' : 'draft',
      },
      draft: !page.isDone,
      req,
    })
  }
  return { pages: pages.length }
}
