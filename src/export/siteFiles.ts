import { randomBytes } from 'node:crypto'
import {
  access,
  constants,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
} from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'

import type { LockHolder } from './errors'
import { ExportBusyError, ExportTargetError, ManifestError } from './errors'
import { message } from '../i18n/messages'
import {
  holderHere,
  isHeldHere,
  readPidFile,
  releasePidFile,
  rewritePidFile,
  takePidFileLock,
} from '../pidFileLock'

/**
 * The site folder as export sees it: where pages and export's own files live, the
 * target check, atomic writes (readers see old or new bytes, never half), the
 * manifest that records which pages export owns, and the lock file that lets one
 * export at a time write the folder.
 */

/** Where the site keeps provider pages, relative to its root. */
export const pagesDir = path.join('src', 'pages', 'anbieter')

/** The page of one provider, relative to the site root (POSIX separators in manifests). */
export const pagePath = (slug: string): string =>
  path.posix.join('src/pages/anbieter', slug, 'index.md')

/** What the export wrote, kept in the site so a later run knows what it owns. */
export const manifestPath = (siteDir: string): string =>
  path.join(siteDir, '.provider-desk-export.json')

export const lockPath = (siteDir: string): string =>
  path.join(siteDir, '.provider-desk-export.lock')

/**
 * The site folder must exist, and be writable unless only read (`checkSite`); export never
 * creates a site from nothing. Checked before the lock is taken (whose file would create
 * the folder) and again when a recorded run starts writing.
 */
export const checkTarget = async ({
  siteDir,
  shouldBeWritable,
}: {
  siteDir: string
  shouldBeWritable: boolean
}) => {
  const info = await stat(siteDir).catch(() => null)
  if (!info?.isDirectory()) {
    throw new ExportTargetError(message('export.bad-target.not-a-folder', { siteDir }))
  }
  if (!shouldBeWritable) return
  try {
    await access(siteDir, constants.W_OK)
  } catch {
    throw new ExportTargetError(message('export.bad-target.not-writable', { siteDir }))
  }
}

const tempPrefix = '.provider-desk-tmp-'

/** A path the export would write or remove passes through a symbolic link (it could lead out of the site). */
export class SymlinkOnTheWayError extends Error {
  readonly code = 'ESYMLINK'
  constructor(readonly relativePath: string) {
    super(`${relativePath} passes through a symbolic link; the export writes only inside SITE_DIR`)
  }
}

/**
 * Refuses a page path below `siteDir` with a symbolic link anywhere on the way (a folder
 * or the file itself): `src/pages/anbieter/<slug>` linked to a folder outside the site
 * made the export write there. What does not exist yet is created as real folders.
 */
export const refuseSymlinksOnTheWay = async (
  siteDir: string,
  relativePath: string,
): Promise<void> => {
  let current = siteDir
  for (const part of relativePath.split('/')) {
    if (part === '..' || part === '' || part === '.') throw new SymlinkOnTheWayError(relativePath)
    current = path.join(current, part)
    const info = await lstat(current).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null
      throw err
    })
    if (!info) return
    if (info.isSymbolicLink()) throw new SymlinkOnTheWayError(relativePath)
  }
}

/**
 * Writes a file so that readers only ever see the old or the new bytes: a temp
 * file in the same folder, flushed, then renamed over the target.
 */
export const writeFileAtomic = async (file: string, content: string): Promise<void> => {
  const dir = path.dirname(file)
  await mkdir(dir, { recursive: true })
  const temp = path.join(dir, `${tempPrefix}${process.pid}-${randomBytes(6).toString('hex')}`)
  const handle = await open(temp, 'wx', 0o644)
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temp, file)
  } catch (err) {
    await rm(temp, { force: true })
    throw err
  }
}

/** Removes temp files a killed run left behind in a folder (they are never pages); no folder there, nothing to remove. */
const removeStaleTempFiles = async (dir: string): Promise<void> => {
  const entries = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return [] as string[]
    throw err
  })
  await Promise.all(
    entries
      .filter((name) => name.startsWith(tempPrefix))
      .map((name) => rm(path.join(dir, name), { force: true })),
  )
}

/** Temp files of a killed run never become pages: remove them before writing. */
export const cleanTempFiles = async (siteDir: string) => {
  const root = path.join(siteDir, pagesDir)
  const slugs = await readdir(root).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[]
    throw err
  })
  await removeStaleTempFiles(siteDir)
  await Promise.all(slugs.map((slug) => removeStaleTempFiles(path.join(root, slug))))
}

const entrySchema = z.object({
  slug: z.string(),
  providerId: z.string(),
  /** Published revision + sources + audits the page was rendered from. */
  fingerprint: z.string(),
  sha256: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
})

const manifestSchema = z.object({
  version: z.literal(1),
  pages: z.record(z.string(), entrySchema),
})

export type Manifest = z.infer<typeof manifestSchema>

const emptyManifest = (): Manifest => ({ version: 1, pages: {} })

/** The site's export manifest; none yet is an empty one, a damaged one is an error. */
export const readManifest = async (siteDir: string): Promise<Manifest> => {
  const file = manifestPath(siteDir)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyManifest()
    throw err
  }
  const damaged = (reason: string) => new ManifestError(file, reason)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw damaged((err as Error).message)
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) throw damaged(parsed.error.issues[0]?.message ?? 'unexpected shape')
  return parsed.data
}

export const writeManifest = async (siteDir: string, manifest: Manifest): Promise<void> => {
  const sorted = Object.fromEntries(
    Object.entries(manifest.pages).sort(([a], [b]) => a.localeCompare(b)),
  )
  await writeFileAtomic(
    manifestPath(siteDir),
    JSON.stringify({ ...manifest, pages: sorted }, null, 2) + '\n',
  )
}

// --- The lock file: one export at a time per site folder (src/pidFileLock.ts)

/**
 * One export at a time per site folder: an exclusive lock file with the holder's
 * pid and host. A crashed holder's lock is taken over; a live one is waited for
 * up to `waitMs`, then `ExportBusyError`.
 */
export const acquireExportLock = async ({
  siteDir,
  by,
  waitMs,
}: {
  siteDir: string
  by: string
  waitMs: number
}): Promise<() => Promise<void>> => {
  const file = lockPath(siteDir)
  const taken = await takePidFileLock<LockHolder>({
    file,
    holder: { ...holderHere(), by },
    waitMs,
    pollMs: 200,
  })
  if (!taken.isTaken) throw new ExportBusyError(siteDir, { by: 'unknown', ...taken.holder })
  return () => releasePidFile(file)
}

/** Names the export run in the lock this process holds: what the job looks for (`adoptExportLock`). */
const tagExportLock = async ({
  siteDir,
  exportId,
}: {
  siteDir: string
  exportId: string
}): Promise<void> => {
  const file = lockPath(siteDir)
  const holder = await readPidFile<LockHolder>(file)
  if (!holder || !isHeldHere(holder)) {
    throw new Error(`tagExportLock: this process does not hold the export lock of ${siteDir}`)
  }
  await rewritePidFile(file, { ...holder, exportId })
}

/**
 * The release of the lock this process took for `exportId` (`tagExportLock`), or `null`
 * when the lock is not held here for that run (released already, or another run's).
 */
const adoptExportLock = async ({
  siteDir,
  exportId,
}: {
  siteDir: string
  exportId: string
}): Promise<(() => Promise<void>) | null> => {
  const file = lockPath(siteDir)
  const holder = await readPidFile<LockHolder>(file)
  return isHeldHere(holder) && holder?.exportId === exportId ? () => releasePidFile(file) : null
}

/**
 * The request's half of the hand-over from the request that queues a run to the job that
 * runs it (`takeOverExportLock`), with nothing shared in memory between them: names the run
 * in the lock this process holds (released again when that fails). Returns `reclaim`, for
 * after the job: the lock's release when the job never took the lock over, else `null`.
 */
export const handOverExportLock = async ({
  siteDir,
  exportId,
  release,
}: {
  siteDir: string
  exportId: string
  release: () => Promise<void>
}): Promise<{ reclaim: () => Promise<(() => Promise<void>) | null> }> => {
  try {
    await tagExportLock({ siteDir, exportId })
  } catch (err) {
    await release()
    throw err
  }
  return { reclaim: () => adoptExportLock({ siteDir, exportId }) }
}

/**
 * The job's half: the release of the lock handed over for `exportId` in this process, else
 * (a runner in another process) the lock taken as `by`, waiting up to two minutes.
 */
export const takeOverExportLock = async ({
  siteDir,
  exportId,
  by,
}: {
  siteDir: string
  exportId: string
  by: string
}): Promise<() => Promise<void>> =>
  (await adoptExportLock({ siteDir, exportId })) ??
  (await acquireExportLock({ siteDir, by, waitMs: 120_000 }))
