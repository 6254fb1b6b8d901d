import type { Payload } from 'payload'

import type { Export } from '../payload-types'
import { commitExport } from './commit'
import type { ExportProblem } from './exportProblem'
import { exportProblem } from './exportProblem'
import { exportSite } from './exportSite'
import { GitCommitSkipped } from './errors'

const starterOf = (record: Export): string => {
  const user = record.startedBy
  if (user && typeof user === 'object')
    return user.name?.trim() ? `${user.name.trim()} <${user.email}>` : user.email
  return record.by ?? 'provider-desk'
}

type RunArgs = {
  payload: Payload
  exportId: string
  isPrune: boolean
  isCommit: boolean
  onProgress?: (progress: { done: number; total: number }) => void
}

const recordRun = async ({
  payload,
  exportId,
  isPrune,
  isCommit,
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
    const result = await exportSite({
      payload,
      siteDir: record.target,
      isPrune,
      by: `export ${exportId}`,
      isLockHeld: true,
      onProgress,
    })
    Object.assign(outcome, {
      written: result.written,
      unchanged: result.unchanged,
      removed: result.removed,
    })
    if (result.failed.length > 0) {
      outcome.status = 'partial'
      errors.push(...result.failed.map(({ code, message, path }) => ({ code, message, path })))
    }
    if (isCommit) {
      try {
        const { commit, identityFallbacks } = await commitExport({
          payload,
          siteDir: record.target,
          written: result.written,
          removed: result.removed,
          startedBy: starterOf(record),
          exportId,
        })
        outcome.commit = commit
        if (identityFallbacks.length > 0) {
          payload.logger.warn({
            msg: `export ${exportId}: the site repository has no git identity; committed with ${identityFallbacks.join(', ')}`,
          })
        }
      } catch (err) {
        if (!(err instanceof GitCommitSkipped)) throw err
        errors.push({ code: err.code, message: err.message })
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
export const runExport = async ({
  payload,
  exportId,
  isPrune,
  isCommit,
  release,
  onProgress,
}: RunArgs & { release: () => Promise<void> }): Promise<Export> => {
  try {
    return await recordRun({ payload, exportId, isPrune, isCommit, onProgress })
  } finally {
    // Only after the record is final: a later run that takes the lock sees no active record of this one.
    await release()
  }
}
