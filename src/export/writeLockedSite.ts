import { rm, rmdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import type { ExportProblem } from './errors'
import { problemOf } from './errors'
import { message } from '../i18n/messages'
import type { Manifest } from './siteFiles'
import {
  cleanTempFiles,
  pagePath,
  refuseSymlinksOnTheWay,
  SymlinkOnTheWayError,
  readManifest,
  writeFileAtomic,
  writeManifest,
} from './siteFiles'
import type { ExportPlan } from './plan'
import { planInBatches, sha256 } from './plan'

/** A page that could not be written (a file-system error such as ENAMETOOLONG or EACCES), recorded as the run's problem about that page. */
export type PageFailure = ExportProblem & { path: string; slug: string }

/** A page the run wrote: where, and whose (what the site commit names). */
export type WrittenPage = { path: string; slug: string; providerId: string }

/** A page the run removed: where, and whose it was. */
export type RemovedPage = { path: string; slug: string }

export type WriteResult = {
  written: WrittenPage[]
  unchanged: number
  removed: RemovedPage[]
  /** Pages that could not be written; every other page was, and the manifest covers exactly those. */
  failed: PageFailure[]
}

/** How many pages are written at once (divides 100: progress every 100 pages). */
const writeConcurrency = 20

const recordPage = async ({
  siteDir,
  manifest,
  page,
  content,
}: {
  siteDir: string
  manifest: Manifest
  page: ExportPlan['pages'][number]
  content: string
}) => {
  const info = await stat(path.join(siteDir, page.path))
  manifest.pages[page.path] = {
    slug: page.slug,
    providerId: page.providerId,
    fingerprint: page.fingerprint,
    sha256: sha256(content),
    size: info.size,
    mtimeMs: info.mtimeMs,
  }
}

const isFileSystemError = (err: unknown): err is NodeJS.ErrnoException =>
  err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string'

const pageFailure = (
  page: ExportPlan['pages'][number],
  err: NodeJS.ErrnoException,
): PageFailure => ({
  ...(err instanceof SymlinkOnTheWayError
    ? problemOf('export.page-symlink', message('export.page-symlink', { path: page.path }))
    : problemOf(
        'export.page-failed',
        message('export.page-failed', { path: page.path, errorCode: String(err.code) }),
      )),
  path: page.path,
  slug: page.slug,
})

/** Writes and records one page; a file-system error is that page's failure, anything else a bug that stops the run. */
const writePage = async ({
  siteDir,
  manifest,
  page,
}: {
  siteDir: string
  manifest: Manifest
  page: ExportPlan['pages'][number]
}): Promise<'written' | 'unchanged' | PageFailure> => {
  const content = page.content as string
  const isNew = page.state !== 'unchanged'
  try {
    await refuseSymlinksOnTheWay(siteDir, page.path)
    if (isNew) await writeFileAtomic(path.join(siteDir, page.path), content)
    await recordPage({ siteDir, manifest, page, content })
  } catch (err) {
    if (!isFileSystemError(err)) throw err
    return pageFailure(page, err)
  }
  return isNew ? 'written' : 'unchanged'
}

type PlannedPage = ExportPlan['pages'][number]

/** Writes one batch's rendered pages, a few files at a time: each atomic write waits for its fsync, and those overlap. */
const writeBatch = async ({
  siteDir,
  pages,
  manifest,
}: {
  siteDir: string
  pages: readonly PlannedPage[]
  manifest: Manifest
}): Promise<{ written: WrittenPage[]; failed: PageFailure[] }> => {
  const written: WrittenPage[] = []
  const failed: PageFailure[] = []
  const rendered = pages.filter((page) => page.content !== null)
  for (let start = 0; start < rendered.length; start += writeConcurrency) {
    const chunk = rendered.slice(start, start + writeConcurrency)
    const outcomes = await Promise.all(chunk.map((page) => writePage({ siteDir, manifest, page })))
    chunk.forEach((page, index) => {
      const outcome = outcomes[index]
      if (outcome === 'written')
        written.push({ path: page.path, slug: page.slug, providerId: page.providerId })
      else if (outcome !== undefined && outcome !== 'unchanged') failed.push(outcome)
    })
  }
  return { written, failed }
}

/** Removes the pages export no longer owns; the slug folder goes too when the page was all it held. */
const removePages = async ({
  siteDir,
  removals,
  manifest,
}: {
  siteDir: string
  removals: ExportPlan['removals']
  manifest: Manifest
}): Promise<RemovedPage[]> => {
  const removed: RemovedPage[] = []
  for (const removal of removals) {
    // A page reached through a symbolic link is not removed: the link may lead out of the site.
    const isReachable = await refuseSymlinksOnTheWay(siteDir, removal.path).then(
      () => true,
      (err: unknown) => {
        if (err instanceof SymlinkOnTheWayError) return false
        throw err
      },
    )
    if (!isReachable) continue
    const file = path.join(siteDir, removal.path)
    await rm(file, { force: true })
    await rmdir(path.dirname(file)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST' && err.code !== 'ENOENT') throw err
    })
    delete manifest.pages[removal.path]
    removed.push({ path: removal.path, slug: removal.slug })
  }
  return removed
}

/**
 * The export's one writer, run by a recorded run (`runs.ts`) that holds the site's lock
 * and has checked the target: the published version of every approved provider into the
 * site, one batch read, rendered and written before the next. Writes are atomic and only
 * where bytes change; a page that cannot be written is reported in `failed` while all
 * others are written; the manifest records what export owns; `isPrune` removes only
 * manifest pages whose provider is gone or unpublished.
 */
export const writeLockedSite = async ({
  payload,
  siteDir,
  isPrune = false,
  onProgress,
}: {
  payload: Payload
  siteDir: string
  isPrune?: boolean
  onProgress?: (progress: { done: number; total: number }) => void
}): Promise<WriteResult> => {
  const manifest = await readManifest(siteDir)
  const plan = await planInBatches({ payload, siteDir, manifest, isPrune })
  await cleanTempFiles(siteDir)
  const written: WrittenPage[] = []
  const failed: PageFailure[] = []
  let done = 0
  // One batch read, rendered and written before the next is read: memory stays bounded.
  for await (const batch of plan.batches()) {
    const outcome = await writeBatch({ siteDir, pages: batch, manifest })
    written.push(...outcome.written)
    failed.push(...outcome.failed)
    done += batch.length
    onProgress?.({ done, total: plan.total })
  }
  const removed = await removePages({ siteDir, removals: plan.removals, manifest })
  // A page never approved is not the desk's: the site keeps its file, the manifest drops it.
  for (const ref of plan.awaiting) delete manifest.pages[pagePath(ref.slug)]
  await writeManifest(siteDir, manifest)
  return {
    written,
    unchanged: plan.total - written.length - failed.length,
    removed,
    failed,
  }
}
