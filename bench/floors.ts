/**
 * The floors the bench compares against: the least work that reads or creates the
 * same documents through Payload's Local API, with none of the product's logic.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import type { ImportedPage } from '../src/import/providerFromPage'
import { importContext } from '../src/import/importPages'
import { guessSourceKind } from '../src/import/guessSourceKind'
import { parseSourceLine } from '../src/sources/parseSourceLine'

/**
 * Export floor: the ids of every published provider (one narrow query), then per 200
 * of them the published versions (depth 0), their sources and their audits (one `in`
 * query each), and one file per provider holding those documents as JSON. No
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
    const where = { provider: { in: batch } }
    const [providers, sources, audits] = await Promise.all([
      payload.find({
        collection: 'providers',
        where: { id: { in: batch } },
        draft: false,
        pagination: false,
        depth: 0,
      }),
      payload.find({ collection: 'sources', where, pagination: false, depth: 0 }),
      payload.find({ collection: 'audits', where, pagination: false, depth: 0 }),
    ])
    const byProvider = new Map<unknown, unknown[]>()
    for (const doc of [...sources.docs, ...audits.docs]) {
      byProvider.set(doc.provider, [...(byProvider.get(doc.provider) ?? []), doc])
    }
    for (const provider of providers.docs) {
      const dir = path.join(outDir, provider.slug)
      await mkdir(dir, { recursive: true })
      const body = { provider, related: byProvider.get(provider.id) ?? [] }
      await writeFile(path.join(dir, 'index.json'), JSON.stringify(body))
    }
  }
  return { files: ids.length }
}

/**
 * Import floor: the documents the importer makes from already parsed pages, created
 * through the Local API with the importer's context (so the same hooks run): the
 * provider, then each source and audit. No lookup, no sync, no findings.
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
    const provider = await payload.create({
      collection: 'providers',
      data: {
        ...page.data,
        reviewState: page.isDone ? 'approved' : 'draft',
        _status: page.isDone ? 'published' : 'draft',
      },
      draft: !page.isDone,
      req,
    })
    for (const [position, rawLine] of page.sourceLines.entries()) {
      const { url, title } = parseSourceLine(rawLine)
      await payload.create({
        collection: 'sources',
        data: {
          provider: provider.id,
          rawLine,
          url: url ?? null,
          title: title ?? null,
          position,
          kind: guessSourceKind(url),
        },
        req,
      })
    }
    for (const [position, link] of page.auditLinks.entries()) {
      await payload.create({
        collection: 'audits',
        data: { provider: provider.id, title: link.title, reportUrl: link.url, position },
        req,
      })
    }
  }
  return { pages: pages.length }
}
