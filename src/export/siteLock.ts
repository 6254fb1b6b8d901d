import { hostname } from 'node:os'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { LockHolder } from './errors'
import { ExportBusyError } from './errors'
import { lockPath } from './siteFiles'
import { isProcessAlive } from '../isProcessAlive'

/** A lock older than this is taken over even if its holder's pid looks alive (pid reuse). */
const staleAfterMs = 30 * 60 * 1000

/** A lock whose holder died (same host, pid gone) or that is very old can be taken over. */
const isStale = (info: LockHolder): boolean =>
  Date.now() - Date.parse(info.startedAt) > staleAfterMs ||
  (info.host === hostname() && !isProcessAlive(info.pid))

const readLock = async (file: string): Promise<LockHolder | null> => {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LockHolder
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    // A half-written lock file (the holder died while writing it) counts as stale.
    return { pid: -1, host: '', startedAt: new Date(0).toISOString(), by: 'unknown' }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

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
  await mkdir(path.dirname(file), { recursive: true })
  const info: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    by,
  }
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      await writeFile(file, JSON.stringify(info), { flag: 'wx' })
      return () => rm(file, { force: true })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    const holder = await readLock(file)
    if (holder && isStale(holder)) {
      await rm(file, { force: true })
      continue
    }
    if (Date.now() >= deadline) throw new ExportBusyError(siteDir, holder ?? info)
    await sleep(200)
  }
}

/** True when this process holds the lock file for that export run. */
const isHeldHereFor = (holder: LockHolder | null, exportId: string): holder is LockHolder =>
  holder !== null &&
  holder.exportId === exportId &&
  holder.pid === process.pid &&
  holder.host === hostname()

/**
 * Names the export run in the lock this process holds, so that the job running it can
 * adopt the lock (`adoptExportLock`) without anything shared in memory between the
 * request that queued the run and the job.
 */
export const tagExportLock = async ({
  siteDir,
  exportId,
}: {
  siteDir: string
  exportId: string
}): Promise<void> => {
  const file = lockPath(siteDir)
  const holder = await readLock(file)
  if (!holder || holder.pid !== process.pid || holder.host !== hostname()) {
    throw new Error(`tagExportLock: this process does not hold the export lock of ${siteDir}`)
  }
  await writeFile(file, JSON.stringify({ ...holder, exportId }))
}

/**
 * The release of the lock this process took for `exportId` (`tagExportLock`), or `null`
 * when the lock is not held here for that run (released already, or another run's).
 */
export const adoptExportLock = async ({
  siteDir,
  exportId,
}: {
  siteDir: string
  exportId: string
}): Promise<(() => Promise<void>) | null> => {
  const file = lockPath(siteDir)
  return isHeldHereFor(await readLock(file), exportId) ? () => rm(file, { force: true }) : null
}
