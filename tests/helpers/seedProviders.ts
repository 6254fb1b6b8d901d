import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import type { Provider } from '../../src/payload-types'
import { importPages } from '../../src/import/importPages'
import { approvePages } from './approvePages'
import { benchPage, freshDay, staleDay } from './benchPage'
import { rawTransaction } from './rawTransaction'
import { withNewRowIds } from './withNewRowIds'

const templateCount = 8
const batchSize = 250

type Template = { provider: Provider }

const withoutKeys = (doc: object): Record<string, unknown> => {
  const {
    id: _id,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    ...rest
  } = doc as Record<string, unknown>
  return withNewRowIds(rest) as Record<string, unknown>
}

/** The first providers go through the real importer; they are the templates of the rest. */
const importTemplates = async ({
  payload,
  staleEvery,
  workDir,
}: {
  payload: Payload
  staleEvery: number
  workDir: string
}) => {
  const dir = path.join(workDir, `templates-${process.pid}`)
  mkdirSync(dir, { recursive: true })
  for (let index = 0; index < templateCount; index += 1) {
    writeFileSync(
      path.join(dir, `bench-${index}.md`),
      benchPage({ index, isStale: index % staleEvery === 0 }),
    )
  }
  const report = await importPages({ payload, paths: [dir] })
  if (report.failed > 0) throw new Error(`template import failed: ${JSON.stringify(report.files)}`)
  // An import is no approval: the templates are approved (published with their record).
  await approvePages({ payload })
}

const loadTemplates = async (payload: Payload): Promise<Template[]> => {
  const { docs } = await payload.find({
    collection: 'providers',
    where: { slug: { in: Array.from({ length: templateCount }, (_, i) => `bench-${i}`) } },
    draft: false,
    pagination: false,
    depth: 0,
  })
  return docs.map((provider) => ({ provider }))
}

/** One provider copied from a template through the database adapter (no hooks: the template's hooks ran). */
const cloneProvider = async ({
  payload,
  template,
  index,
  updated,
}: {
  payload: Payload
  template: Template
  index: number
  updated: string
}) => {
  const now = new Date().toISOString()
  const data = {
    ...withoutKeys(template.provider),
    slug: `bench-${index}`,
    name: `Bench ${index}`,
    updated: `${updated}T00:00:00.000Z`,
    createdAt: now,
    updatedAt: now,
  }
  const id = randomUUID()
  await payload.db.create({ collection: 'providers', customID: id, data, returning: false })
  const version = await payload.db.createVersion({
    collectionSlug: 'providers',
    parent: id,
    versionData: { ...withoutKeys(data), createdAt: now, updatedAt: now },
    autosave: false,
    createdAt: now,
    updatedAt: now,
  })
  // Its approval record: export writes only approved publications.
  await payload.db.create({
    collection: 'reviews',
    data: {
      provider: id,
      version: String(version.id),
      outcome: 'approved',
      reviewedAt: now,
      editors: [],
      createdAt: now,
      updatedAt: now,
    },
    returning: false,
  })
}

/**
 * Fills the database up to `total` published providers with citations and an audit:
 * the first ones through the importer, the rest copied from them in batches of
 * 250 (one raw transaction each) through Payload's database adapter (the Local API's hooks would take ~40 min
 * for 10,000). Provider `i` is stale when `i % staleEvery === 0`. The template pages are
 * written below `workDir`. Used by the bench and by the query-plan test.
 */
export const seedProviders = async ({
  payload,
  total,
  staleEvery,
  workDir,
  onProgress,
}: {
  payload: Payload
  total: number
  staleEvery: number
  workDir: string
  onProgress: (done: number) => void
}) => {
  const existing = (await payload.count({ collection: 'providers' })).totalDocs
  if (existing === 0) await importTemplates({ payload, staleEvery, workDir })
  const templates = await loadTemplates(payload)
  const start = Math.max(existing, templateCount)
  for (let from = start; from < total; from += batchSize) {
    await rawTransaction({
      payload,
      work: async () => {
        for (let index = from; index < Math.min(total, from + batchSize); index += 1) {
          const template = templates[index % templates.length] as Template
          const updated = index % staleEvery === 0 ? staleDay : freshDay
          await cloneProvider({ payload, template, index, updated })
        }
      },
    })
    onProgress(Math.min(total, from + batchSize))
  }
}
