/**
 * The floors the bench compares against: the least work that does the same job with
 * none of the product's logic: raw SQL reads, rendering and atomic writes of the same
 * pages (export), the Local API creates of the same documents (import), bare GETs of
 * the same documents (the watch).
 */
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { Agent, buildConnector, request } from 'undici'

import type { ImportedPage } from '../src/mapping/providerPage'
import { pagePath, writeFileAtomic } from '../src/export/siteFiles'
import { importContext } from '../src/import/importPages'
import { pageFromProvider } from '../src/mapping/providerPage'
import { renderPage } from '../src/markdown/page'
import { parseConnectTo } from '../src/watch/connectTo'

/** The published providers' array, text and relationship tables, with their column that holds the provider's id. */
const childTablesOf = async (client: SQLiteAdapter['client']) => {
  const { rows } = await client.execute(
    `SELECT m.name AS tableName, f."from" AS parentColumn
       FROM sqlite_master m, pragma_foreign_key_list(m.name) f
      WHERE m.type = 'table' AND m.name LIKE 'providers\\_%' ESCAPE '\\' AND f."table" = 'providers'`,
  )
  return rows.map((row) => ({ table: String(row.tableName), column: String(row.parentColumn) }))
}

/**
 * Export floor (raw): the least an export of the same pages must do, timed in three
 * parts. Reads: the ids and slugs of the published providers, then per 200 of them
 * their main rows and the rows of every array, text and relationship table of
 * `providers` (raw SQL `… WHERE id IN (…)` on the adapter's `@libsql/client`, no
 * assembly into documents). Render: `renderPage(pageFromProvider(…))` of the same
 * providers; the documents it renders are read through the Local API between the timed
 * parts (untimed: the floor times the reads raw). Writes: `writeFileAtomic` of each
 * page to its site path, a batch at a time. No fingerprints, no manifest.
 */
export const exportFloor = async ({ payload, outDir }: { payload: Payload; outDir: string }) => {
  const { client } = payload.db as unknown as SQLiteAdapter
  const timed = { readMs: 0, renderMs: 0, writeMs: 0 }
  const time = async <T>(part: keyof typeof timed, work: () => Promise<T> | T): Promise<T> => {
    const startedAt = performance.now()
    const result = await work()
    timed[part] += performance.now() - startedAt
    return result
  }
  const { refs, tables } = await time('readMs', async () => ({
    refs: (await client.execute(`SELECT id FROM providers WHERE _status = 'published'`)).rows,
    tables: await childTablesOf(client),
  }))
  const ids = refs.map((row) => String(row.id))
  let rowCount = 0
  for (let start = 0; start < ids.length; start += 200) {
    const batch = ids.slice(start, start + 200)
    const marks = batch.map(() => '?').join(', ')
    await time('readMs', async () => {
      const main = await client.execute({
        sql: `SELECT * FROM providers WHERE id IN (${marks})`,
        args: batch,
      })
      rowCount += main.rows.length
      for (const { table, column } of tables) {
        const children = await client.execute({
          sql: `SELECT * FROM "${table}" WHERE "${column}" IN (${marks})`,
          args: batch,
        })
        rowCount += children.rows.length
      }
    })
    const { docs } = await payload.find({
      collection: 'providers',
      where: { id: { in: batch } },
      draft: false,
      pagination: false,
      depth: 0,
    })
    const pages = await time('renderMs', () =>
      docs.map((provider) => ({
        file: path.join(outDir, pagePath(provider.slug)),
        content: renderPage(pageFromProvider({ provider, isPublished: true })),
      })),
    )
    await time('writeMs', () =>
      Promise.all(pages.map((page) => writeFileAtomic(page.file, page.content))),
    )
  }
  return { ...timed, files: ids.length, rows: rowCount, tables: tables.length }
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

/** Waits until `ms` have passed since `since` (a `performance.now()`). */
const pauseUntil = async (since: number, ms: number) => {
  for (let left = since + ms - performance.now(); left > 0; left = since + ms - performance.now()) {
    await sleep(Math.ceil(left))
  }
}

/**
 * Watch floor: bare undici `request()` GETs of the same URLs under the same per-host
 * rules as the watch (`src/watch/fetchAll.ts`): one request at a time per host,
 * `perHostPauseMs` from the end of one to the start of the next, up to
 * `maxParallelHosts` hosts at once; each whole body read. Connections go where
 * `connectTo` (`SOURCE_WATCH_CONNECT_TO`) maps them, with no address checks; TLS
 * verifies against Node's CA store, with `NODE_EXTRA_CA_CERTS`. No extraction, no
 * database.
 */
export const watchFloor = async ({
  urls,
  connectTo,
  perHostPauseMs,
  maxParallelHosts,
}: {
  urls: readonly string[]
  connectTo: string
  perHostPauseMs: number
  maxParallelHosts: number
}) => {
  const parsed = parseConnectTo(connectTo)
  if (!parsed.isValid) throw new Error(parsed.problems.join('; '))
  const routes = new Map(parsed.rules.map((rule) => [`${rule.fromHost}:${rule.fromPort}`, rule]))
  const connect = buildConnector({})
  const agent = new Agent({
    connect: (options, callback) => {
      const rule = routes.get(`${options.hostname}:${Number(options.port) || 443}`)
      if (!rule?.toAddress) return callback(new Error(`no route for ${options.hostname}`), null)
      connect({ ...options, hostname: rule.toAddress, port: String(rule.toPort ?? 443) }, callback)
    },
  })
  const byHost = new Map<string, string[]>()
  for (const url of urls) {
    const host = new URL(url).hostname
    byHost.set(host, [...(byHost.get(host) ?? []), url])
  }
  const queue = [...byHost.values()]
  let bytes = 0
  const drain = async (hostUrls: string[]) => {
    let lastEnded = 0
    for (const [position, url] of hostUrls.entries()) {
      if (position > 0) await pauseUntil(lastEnded, perHostPauseMs)
      const { statusCode, body } = await request(url, { dispatcher: agent })
      const content = Buffer.from(await body.arrayBuffer())
      lastEnded = performance.now()
      if (statusCode !== 200) throw new Error(`${url}: HTTP ${statusCode}`)
      bytes += content.length
    }
  }
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await drain(next)
  }
  try {
    const workers = Math.max(1, Math.min(maxParallelHosts, queue.length))
    await Promise.all(Array.from({ length: workers }, worker))
  } finally {
    await agent.close()
  }
  return { fetched: urls.length, bytes }
}
