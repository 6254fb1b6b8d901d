import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import type { Payload } from 'payload'

import type { AwaitingRef, PublishedRef } from './published'
import { exportBatchSize, listSitePages, renderPublished } from './published'
import type { Manifest } from './siteFiles'
import { checkTarget, pagePath, readManifest } from './siteFiles'

export type PlannedPage = {
  path: string
  slug: string
  providerId: string
  fingerprint: string
  state: 'new' | 'changed' | 'unchanged'
  /** The page's bytes; `null` when it is unchanged and was never rendered. */
  content: string | null
  /** What is on disk now (for diffs); `null` when there is no file. */
  current: string | null
}

export type PlannedRemoval = { path: string; slug: string; current: string | null }

export type ExportPlan = {
  pages: PlannedPage[]
  removals: PlannedRemoval[]
  awaiting: AwaitingRef[]
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Errors that mean no file can be at the path: none there, a file where a folder belongs, a name too long. */
const noFileCodes = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG'])

/** The file's text, or `null` when there is none; a page whose path cannot hold a file is planned as new, and its write fails alone. */
const readIfExists = async (file: string): Promise<string | null> => {
  try {
    return await readFile(file, 'utf8')
  } catch (err) {
    if (noFileCodes.has((err as NodeJS.ErrnoException).code ?? '')) return null
    throw err
  }
}

/** True when the manifest vouches for the file on disk: same source data, untouched file. */
const isVouchedFor = async ({
  siteDir,
  manifest,
  relPath,
  fingerprint,
}: {
  siteDir: string
  manifest: Manifest
  relPath: string
  fingerprint: string
}): Promise<boolean> => {
  const entry = manifest.pages[relPath]
  if (!entry || entry.fingerprint !== fingerprint) return false
  const info = await stat(path.join(siteDir, relPath)).catch(() => null)
  return Boolean(info && info.size === entry.size && info.mtimeMs === entry.mtimeMs)
}

type PlanArgs = {
  payload: Payload
  siteDir: string
  manifest: Manifest
  /** Keep the on-disk text of changed pages (for previews with diffs). */
  withCurrent?: boolean
}

/** One batch of published providers planned: vouched-for pages are not rendered at all. */
const planBatch = async ({
  payload,
  siteDir,
  manifest,
  refs,
  withCurrent,
}: Omit<PlanArgs, 'withCurrent'> & {
  refs: readonly PublishedRef[]
  withCurrent: boolean
}): Promise<PlannedPage[]> => {
  const toRender: string[] = []
  for (const ref of refs) {
    const relPath = pagePath(ref.slug)
    if (!(await isVouchedFor({ siteDir, manifest, relPath, fingerprint: ref.fingerprint })))
      toRender.push(ref.id)
  }
  const rendered = await renderPublished({ payload, ids: toRender })
  const pages: PlannedPage[] = []
  for (const ref of refs) {
    const relPath = pagePath(ref.slug)
    const base = { path: relPath, slug: ref.slug, providerId: ref.id, fingerprint: ref.fingerprint }
    const content = rendered.get(ref.id)
    if (content === undefined) {
      pages.push({ ...base, state: 'unchanged', content: null, current: null })
      continue
    }
    const current = await readIfExists(path.join(siteDir, relPath))
    const state = current === null ? 'new' : current === content ? 'unchanged' : 'changed'
    pages.push({ ...base, state, content, current: withCurrent ? current : null })
  }
  return pages
}

/**
 * The manifest's pages whose provider is gone or unpublished and whose file is still
 * there. A page waiting for its first approval is never removed: the site keeps it as it
 * stands (the manifest stops claiming it, `writeLockedSite`).
 */
const planRemovals = async ({
  siteDir,
  manifest,
  published,
  awaiting,
  withCurrent,
}: Omit<PlanArgs, 'payload'> & {
  published: readonly PublishedRef[]
  awaiting: readonly AwaitingRef[]
}): Promise<PlannedRemoval[]> => {
  const keptPaths = new Set([...published, ...awaiting].map((ref) => pagePath(ref.slug)))
  const removals: PlannedRemoval[] = []
  for (const [relPath, entry] of Object.entries(manifest.pages)) {
    if (keptPaths.has(relPath)) continue
    const current = await readIfExists(path.join(siteDir, relPath))
    if (current !== null)
      removals.push({ path: relPath, slug: entry.slug, current: withCurrent ? current : null })
  }
  return removals
}

export type PlanInBatches = {
  /** How many published pages the batches hold. */
  total: number
  /** The published pages, `exportBatchSize` at a time: each batch is rendered only when asked for. */
  batches: () => AsyncGenerator<PlannedPage[]>
  /** With `isPrune`, the manifest's pages to remove; otherwise none. */
  removals: PlannedRemoval[]
  /** Providers never approved: nothing of theirs is written, and the manifest drops them. */
  awaiting: AwaitingRef[]
}

/**
 * What an export would do, without writing, batch by batch so that memory stays bounded
 * whatever the number of providers: each published provider's page (new, changed or
 * unchanged against the disk) and, with `isPrune`, the manifest's pages whose provider is
 * gone or unpublished. Pages whose source data and file are as the manifest recorded are
 * not rendered at all. The caller writes (or counts) one batch before the next is read.
 */
export const planInBatches = async ({
  payload,
  siteDir,
  manifest,
  isPrune,
  withCurrent = false,
}: PlanArgs & { isPrune: boolean }): Promise<PlanInBatches> => {
  const { published, awaiting } = await listSitePages(payload)
  const removals = isPrune
    ? await planRemovals({ siteDir, manifest, published, awaiting, withCurrent })
    : []
  async function* batches(): AsyncGenerator<PlannedPage[]> {
    for (let start = 0; start < published.length; start += exportBatchSize) {
      const refs = published.slice(start, start + exportBatchSize)
      yield await planBatch({ payload, siteDir, manifest, refs, withCurrent })
    }
  }
  return { total: published.length, batches, removals, awaiting }
}

/** The whole plan in memory: for previews, which keep every diff anyway. */
export const planExport = async (args: PlanArgs & { isPrune: boolean }): Promise<ExportPlan> => {
  const plan = await planInBatches(args)
  const pages: PlannedPage[] = []
  for await (const batch of plan.batches()) pages.push(...batch)
  return { pages, removals: plan.removals, awaiting: plan.awaiting }
}

/**
 * A git-style unified diff of one page (`diff --git a/<path> b/<path>`, then
 * `--- a/<path>` / `+++ b/<path>`; `/dev/null` for a page that is new or removed).
 */
export const unifiedDiff = ({
  path,
  before,
  after,
}: {
  path: string
  before: string | null
  after: string | null
}): string => {
  const oldName = before === null ? '/dev/null' : `a/${path}`
  const newName = after === null ? '/dev/null' : `b/${path}`
  const mode =
    before === null ? 'new file mode 100644\n' : after === null ? 'deleted file mode 100644\n' : ''
  const patch = createTwoFilesPatch(
    oldName,
    newName,
    before ?? '',
    after ?? '',
    undefined,
    undefined,
    {
      context: 3,
      headerOptions: FILE_HEADERS_ONLY,
    },
  )
  return `diff --git a/${path} b/${path}\n${mode}${patch}`
}

export type PreviewChange = 'new' | 'changed' | 'removed'

/** An open finding of a previewed page, in the reader's language (added by the endpoint). */
export type PreviewFinding = { severity: 'error' | 'warning'; code: string; message: string }

export type PreviewPage = {
  /** What the page's published revision has open (the preview endpoint adds them). */
  findings?: PreviewFinding[]
  path: string
  slug: string
  /** `null` for a removed page whose provider is gone. */
  providerId: string | null
  change: PreviewChange
  diff: string
}

export type ExportPreview = {
  pages: PreviewPage[]
  unchanged: number
  /** Never approved: not written. The endpoint adds each one's findings on its latest draft. */
  awaiting: (AwaitingRef & { findings?: PreviewFinding[] })[]
}

/** What `previewExport` and `checkSite` ask about: an export to `siteDir`, pruning or not. */
type SiteQuestion = { payload: Payload; siteDir: string; isPrune?: boolean }

/**
 * What an export to `siteDir` would change, page by page, each with a unified diff
 * against the file on disk. Reads only: nothing is written and no lock is taken.
 */
export const previewExport = async ({
  payload,
  siteDir,
  isPrune = false,
}: SiteQuestion): Promise<ExportPreview> => {
  const manifest = await readManifest(siteDir)
  const plan = await planExport({ payload, siteDir, manifest, isPrune, withCurrent: true })
  const pages: PreviewPage[] = []
  for (const page of plan.pages) {
    if (page.state === 'unchanged' || page.content === null) continue
    pages.push({
      path: page.path,
      slug: page.slug,
      providerId: page.providerId,
      change: page.state,
      diff: unifiedDiff({ path: page.path, before: page.current, after: page.content }),
    })
  }
  for (const removal of plan.removals) {
    pages.push({
      path: removal.path,
      slug: removal.slug,
      providerId: null,
      change: 'removed',
      diff: unifiedDiff({ path: removal.path, before: removal.current, after: null }),
    })
  }
  return {
    pages,
    unchanged: plan.pages.length - (pages.length - plan.removals.length),
    awaiting: plan.awaiting,
  }
}

/** `checkSite`: the pages an export would write and remove, and whether there are any. */
export type SiteCheck = {
  written: string[]
  unchanged: number
  removed: string[]
  isOutOfDate: boolean
}

/**
 * `provider-desk export --check`: whether the site differs from what an export would
 * write (`isOutOfDate`), and which pages it would write and remove. Writes nothing and
 * takes no lock; the site folder need not be writable. Batch by batch, as the export
 * writes: no page is kept in memory.
 */
export const checkSite = async ({
  payload,
  siteDir,
  isPrune = false,
}: SiteQuestion): Promise<SiteCheck> => {
  await checkTarget({ siteDir, shouldBeWritable: false })
  const manifest = await readManifest(siteDir)
  const plan = await planInBatches({ payload, siteDir, manifest, isPrune })
  const pending: string[] = []
  for await (const batch of plan.batches()) {
    for (const page of batch) if (page.state !== 'unchanged') pending.push(page.path)
  }
  const removed = plan.removals.map((removal) => removal.path)
  return {
    written: pending,
    unchanged: plan.total - pending.length,
    removed,
    isOutOfDate: pending.length + removed.length > 0,
  }
}
