import type { Payload, TaskConfig } from 'payload'

import { isExpectedError } from '../errors'
import type { Export, User } from '../payload-types'
import { commitExport } from './git'
import type { ExportProblem } from './errors'
import { GitError, problemOf, problemOfError } from './errors'
import type { Language } from '../i18n/messages'
import { languageOf, message } from '../i18n/messages'
import { acquireExportLock, checkTarget, handOverExportLock, takeOverExportLock } from './siteFiles'
import { writeLockedSite } from './writeLockedSite'

/**
 * The whole life of a recorded export run: open (check the target, take the site's lock,
 * fail runs a crash left behind, create the `exports` record), run (write the site,
 * commit, record the outcome, release the lock), and the two ways to start one: in this
 * process (`runExport`, the CLI) or as a job (`queueExport`, `POST /api/exports`, and the
 * job's task, `exportSiteTask`).
 */

/**
 * Marks the target's queued or running export records as failed. Call it only while
 * holding the site's lock: a record can only be active while its run holds that lock,
 * so any active record seen then belongs to a run whose process ended. System write.
 */
const failInterruptedExports = async ({
  payload,
  target,
}: {
  payload: Payload
  target: string
}): Promise<void> => {
  await payload.update({
    collection: 'exports',
    where: { and: [{ target: { equals: target } }, { status: { in: ['queued', 'running'] } }] },
    data: {
      status: 'failed',
      finishedAt: new Date().toISOString(),
      errors: [problemOf('export.interrupted', message('export.interrupted', {}))],
    },
  })
}

/**
 * The start every recorded export shares: checks the target, takes the site's lock
 * (waiting up to `lockWaitMs`), marks runs a crash left behind as interrupted, and
 * records the new run. Returns the record and the lock's release; on failure the
 * lock is released again.
 */
const openExportRun = async ({
  payload,
  siteDir,
  lockedBy,
  lockWaitMs,
  data,
}: {
  payload: Payload
  siteDir: string
  lockedBy: string
  lockWaitMs: number
  data: Pick<Export, 'startedBy' | 'status' | 'by'>
}): Promise<{ record: Export; release: () => Promise<void> }> => {
  await checkTarget({ siteDir, shouldBeWritable: true })
  const release = await acquireExportLock({ siteDir, by: lockedBy, waitMs: lockWaitMs })
  try {
    await failInterruptedExports({ payload, target: siteDir })
    // System write (on a person's behalf for admin runs): the exports collection is closed to people.
    const record = await payload.create({
      collection: 'exports',
      data: { ...data, startedAt: new Date().toISOString(), target: siteDir },
    })
    return { record, release }
  } catch (err) {
    await release()
    throw err
  }
}

/**
 * What a publisher reads about a failure, stored in the export record: the message of
 * an expected error (bad target, busy, damaged manifest, no work tree); for anything
 * else a stable code and a pointer to the log, which gets the cause.
 */
const exportProblem = ({
  payload,
  err,
  exportId,
}: {
  payload: Payload
  err: unknown
  exportId: string
}): ExportProblem => {
  if (isExpectedError(err)) return problemOfError(err)
  payload.logger.error({ msg: `export ${exportId} failed`, err })
  if (err instanceof GitError) {
    return problemOf(err.code, message('export.git.failed', { exitCode: String(err.exitCode) }))
  }
  return problemOf('export.failed', message('export.failed', { exportId }))
}

const starterOf = (record: Export): string => {
  const user = record.startedBy
  if (user && typeof user === 'object')
    return user.name?.trim() ? `${user.name.trim()} <${user.email}>` : user.email
  return record.by ?? 'provider-desk'
}

/**
 * The publisher's language, for the site commit's message: the language of the person who
 * started the run, else (a run without a person, the CLI's) `language`, German by default.
 */
const publisherLanguage = ({ record, language }: { record: Export; language?: Language }) => {
  const user = record.startedBy
  if (user && typeof user === 'object') return languageOf({ user })
  return language ?? 'de'
}

type RunArgs = {
  payload: Payload
  exportId: string
  isPrune: boolean
  isCommit: boolean
  /** A run without a person (the CLI): the language of its commit message (`--lang`). */
  language?: Language
  onProgress?: (progress: { done: number; total: number }) => void
}

const recordRun = async ({
  payload,
  exportId,
  isPrune,
  isCommit,
  language,
  onProgress,
}: RunArgs): Promise<Export> => {
  const started = Date.now()
  const errors: ExportProblem[] = []
  const outcome: Partial<Export> = { status: 'succeeded' }
  try {
    const record = await payload.update({
      collection: 'exports',
      id: exportId,
      data: { status: 'running' },
      depth: 1,
    })
    // The target was checked when the run was opened; its lock file has held the folder since.
    const result = await writeLockedSite({
      payload,
      siteDir: record.target,
      isPrune,
      onProgress,
    })
    Object.assign(outcome, {
      written: result.written.map((page) => page.path),
      unchanged: result.unchanged,
      removed: result.removed.map((page) => page.path),
    })
    if (result.failed.length > 0) {
      outcome.status = 'partial'
      errors.push(...result.failed.map(({ slug: _slug, ...problem }) => problem))
    }
    if (isCommit) {
      const committed = await commitExport({
        payload,
        siteDir: record.target,
        written: result.written,
        removed: result.removed,
        startedBy: starterOf(record),
        exportId,
        language: publisherLanguage({ record, language }),
      })
      if (!committed.isWorkTree) {
        // The pages are written; the run records why it made no commit.
        const code = 'export.git.not-a-work-tree'
        errors.push(problemOf(code, message(code, { siteDir: record.target })))
      } else {
        outcome.commit = committed.commit
        if (committed.identityFallbacks.length > 0) {
          payload.logger.warn({
            msg: `export ${exportId}: the site repository has no git identity; committed with ${committed.identityFallbacks.join(', ')}`,
          })
        }
      }
    }
  } catch (err) {
    outcome.status = 'failed'
    errors.push(exportProblem({ payload, err, exportId }))
  }
  return payload.update({
    collection: 'exports',
    id: exportId,
    data: {
      ...outcome,
      errors: errors.length > 0 ? errors : null,
      durationMs: Date.now() - started,
      finishedAt: new Date().toISOString(),
    },
    depth: 1,
  })
}

/**
 * Runs the export an `exports` record stands for and writes the outcome into it:
 * status running → succeeded | partial (some pages could not be written; each has
 * its error, all others were written) | failed, the pages written and removed, the count of
 * unchanged ones, errors, duration, and the site commit when `isCommit`. The caller
 * holds the site's lock and passes its `release`, which is always called. A run whose
 * pages were written but whose commit was skipped (no work tree) still succeeds and
 * records why; a failed commit fails the run. System writes (the record is closed to people).
 */
const runRecordedExport = async ({
  payload,
  exportId,
  isPrune,
  isCommit,
  language,
  release,
  onProgress,
}: RunArgs & { release: () => Promise<void> }): Promise<Export> => {
  try {
    return await recordRun({ payload, exportId, isPrune, isCommit, language, onProgress })
  } finally {
    // Only after the record is final: a later run that takes the lock sees no active record of this one.
    await release()
  }
}

/**
 * A recorded export run in this process (the CLI's `provider-desk export`): waits up to
 * `lockWaitMs` for the site's lock, records the run (`startedBy` empty, `by` says who ran
 * the command), runs it and returns the final record.
 */
export const runExport = async ({
  payload,
  siteDir,
  by,
  isPrune,
  isCommit,
  lockWaitMs = 120_000,
  language,
  onProgress,
}: {
  payload: Payload
  siteDir: string
  by: string
  isPrune: boolean
  isCommit: boolean
  lockWaitMs?: number
  /** The language of the site commit's message (the CLI's `--lang`); German by default. */
  language?: Language
  onProgress?: (progress: { done: number; total: number }) => void
}): Promise<Export> => {
  const { record, release } = await openExportRun({
    payload,
    siteDir,
    lockedBy: by,
    lockWaitMs,
    data: { startedBy: null, status: 'running', by },
  })
  return runRecordedExport({
    payload,
    exportId: record.id,
    isPrune,
    isCommit,
    language,
    release,
    onProgress,
  })
}

// --- As a job: the `exportSite` task and `queueExport`, which queues it

export type ExportSiteInput = {
  exportId: string
  isPrune?: boolean | null
  isCommit?: boolean | null
}

export type ExportSiteOutput = { status: string }

/**
 * One export run (`POST /api/exports`) as a Payload jobs task, in the `exports` queue.
 * Thin: `runRecordedExport` does the work and writes the `exports` record. The site lock
 * is taken over from the request that queued the job (`takeOverExportLock`; a runner in
 * another process takes it itself, waiting up to two minutes). No `concurrency` key: the
 * site lock already serializes runs, and a key would make a run skip while the previous
 * job is still being closed. No retries: a failed export is recorded, and running it
 * again is the publisher's decision.
 */
export const exportSiteTask: TaskConfig<{ input: ExportSiteInput; output: ExportSiteOutput }> = {
  slug: 'exportSite',
  label: 'Export the site',
  retries: 0,
  inputSchema: [
    { name: 'exportId', type: 'text', required: true },
    { name: 'isPrune', type: 'checkbox' },
    { name: 'isCommit', type: 'checkbox' },
  ],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const exportId = String(input.exportId)
    const siteDir = (await payload.findByID({ collection: 'exports', id: exportId, depth: 0 }))
      .target
    const release = await takeOverExportLock({
      siteDir,
      exportId,
      by: `export ${exportId} (job runner, pid ${process.pid})`,
    })
    const record = await runRecordedExport({
      payload,
      exportId,
      isPrune: Boolean(input.isPrune),
      isCommit: Boolean(input.isCommit),
      release,
    })
    return { output: { status: record.status } }
  },
}

/** The jobs queue export runs go to; only `queueExport` runs it (no autoRun). */
const exportsQueue = 'exports'

/** After the job ran (or failed to start), a lock still held here for the run means the job never took it. */
const settle = async ({
  payload,
  exportId,
  reclaim,
}: {
  payload: Payload
  exportId: string
  reclaim: () => Promise<(() => Promise<void>) | null>
}) => {
  const release = await reclaim()
  if (!release) return
  await payload.update({
    collection: 'exports',
    id: exportId,
    data: {
      status: 'failed',
      finishedAt: new Date().toISOString(),
      errors: [problemOf('export.not-started', message('export.not-started', {}))],
    },
  })
  await release()
}

/**
 * `POST /api/exports`: takes the site's lock at once (a running export → `ExportBusyError`,
 * 409), records the run as queued, queues the `exportSite` job and starts it without
 * waiting for it. The lock is handed over to the job (`handOverExportLock`), which takes it
 * over (`takeOverExportLock`) and releases it when the record is final; a lock the job never
 * took is reclaimed and the run failed. Returns the queued record; its status moves on as
 * the job runs.
 */
export const queueExport = async ({
  payload,
  user,
  siteDir,
  isPrune,
  isCommit,
}: {
  payload: Payload
  user: User
  siteDir: string
  isPrune: boolean
  isCommit: boolean
}): Promise<Export> => {
  const { record, release } = await openExportRun({
    payload,
    siteDir,
    lockedBy: `${user.email} (admin)`,
    lockWaitMs: 0,
    data: { startedBy: user.id, status: 'queued', by: 'admin' },
  })
  const { reclaim } = await handOverExportLock({ siteDir, exportId: record.id, release })
  try {
    const job = await payload.jobs.queue({
      task: 'exportSite',
      queue: exportsQueue,
      input: { exportId: record.id, isPrune, isCommit },
    })
    void payload.jobs
      .runByID({ id: job.id })
      .catch((err: unknown) =>
        payload.logger.error({ msg: `export ${record.id}: running its job failed`, err }),
      )
      .then(() => settle({ payload, exportId: record.id, reclaim }))
      .catch((err: unknown) =>
        payload.logger.error({ msg: `export ${record.id}: settling its record failed`, err }),
      )
  } catch (err) {
    await settle({ payload, exportId: record.id, reclaim })
    throw err
  }
  return record
}
