import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'

/**
 * One process at a time: a lock file created exclusively, naming who took it (pid, host,
 * since when, and what the caller adds). A holder that died on this host, or one older
 * than half an hour (its pid may be another process's by now), is taken over; a live one
 * is waited for. The admin build (`src/build.ts`) and the export (`src/export/siteFiles.ts`)
 * lock this way.
 */

/** Who holds a lock file. */
export type PidFileHolder = { pid: number; host: string; startedAt: string }

/** A lock older than this is taken over even if its holder's pid looks alive (pid reuse). */
const staleAfterMs = 30 * 60 * 1000

/** Whether a process with this pid runs on this machine (EPERM: it runs, as another user). */
const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The holder this process writes. */
export const holderHere = (): PidFileHolder => ({
  pid: process.pid,
  host: hostname(),
  startedAt: new Date().toISOString(),
})

export const isHeldHere = (holder: PidFileHolder | null): boolean =>
  holder !== null && holder.pid === process.pid && holder.host === hostname()

const isStale = (holder: PidFileHolder): boolean =>
  Date.now() - Date.parse(holder.startedAt) > staleAfterMs ||
  (holder.host === hostname() && !isProcessAlive(holder.pid))

/** A file its writer left half-written (it died mid-write), or of another shape: stale. */
const unreadable: PidFileHolder = { pid: -1, host: '', startedAt: new Date(0).toISOString() }

const isHolder = (value: unknown): value is PidFileHolder =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PidFileHolder).pid === 'number' &&
  typeof (value as PidFileHolder).host === 'string' &&
  typeof (value as PidFileHolder).startedAt === 'string'

/** A holder as read back: what the taker added may be missing (a file of another version). */
type Read<H extends PidFileHolder> = Partial<H> & PidFileHolder

/** The holder a lock file names (with what its taker added); `null` when there is no lock. */
export const readPidFile = async <H extends PidFileHolder>(
  file: string,
): Promise<Read<H> | null> => {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
  try {
    const holder: unknown = JSON.parse(text)
    return (isHolder(holder) ? holder : unreadable) as Read<H>
  } catch {
    return unreadable as Read<H>
  }
}

/** Replaces the holder of a lock this process holds (to add what a later taker looks for). */
export const rewritePidFile = async <H extends PidFileHolder>(
  file: string,
  holder: H,
): Promise<void> => {
  await writeFile(file, JSON.stringify(holder))
}

export const releasePidFile = async (file: string): Promise<void> => {
  await rm(file, { force: true })
}

/**
 * Takes the lock file for `holder`, waiting up to `waitMs` (checking every `pollMs`) for a
 * live holder to let go: `taken`, or `busy` with the holder that still has it.
 */
export const takePidFileLock = async <H extends PidFileHolder>({
  file,
  holder,
  waitMs,
  pollMs,
}: {
  file: string
  holder: H
  waitMs: number
  pollMs: number
}): Promise<{ isTaken: true } | { isTaken: false; holder: Read<H> }> => {
  await mkdir(path.dirname(file), { recursive: true })
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      await writeFile(file, JSON.stringify(holder), { flag: 'wx' })
      return { isTaken: true }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    const current = await readPidFile<H>(file)
    if (current && isStale(current)) {
      await releasePidFile(file)
      continue
    }
    if (Date.now() >= deadline) return { isTaken: false, holder: current ?? holder }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}
