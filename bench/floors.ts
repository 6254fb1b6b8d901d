/**
 * The floors the bench compares against: the least work that reads or creates the
 * same documents through Payload's Local API (or, for the watch, fetches the same
 * documents), with none of the product's logic.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { Agent, buildConnector, request } from 'undici'

import type { ImportedPage } from '../src/mapping/providerFromPage'
import { importContext } from '../src/import/importPages'
import { parseConnectTo } from '../src/watch/connectTo'

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
