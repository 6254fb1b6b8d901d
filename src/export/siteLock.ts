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
