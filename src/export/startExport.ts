import type { Payload } from 'payload'

import type { Export, User } from '../payload-types'
import { openExportRun } from './openExportRun'
import { parkLock, takeParkedLock } from './parkedLocks'

/** The jobs queue export runs go to; only `startExport` runs it (no autoRun). */
export const exportsQueue = 'exports'

/** After the job ran (or failed to start), a lock still parked means it never took it. */
const settle = async ({ payload, exportId }: { payload: Payload; exportId: string }) => {
  const release = takeParkedLock(exportId)
  if (!release) return
  await payload.update({
    collection: 'exports',
    id: exportId,
    data: {
      status: 'failed',
      finishedAt: new Date().toISOString(),
      errors: [
        {
          code: 'export.not-started',
          message: 'The export job did not start; the server log has the details. Try again.',
        },
      ],
    },
  })
  await release()
}

/**
 * `POST /api/exports`: takes the site's lock at once (a running export → `ExportBusyError`,
 * 409), records the run as queued, queues the `exportSite` job and starts it without
 * waiting for it. The lock is parked for the job, which releases it when the record is
 * final. Returns the queued record; its status moves on as the job runs.
 */
export const startExport = async ({
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
  parkLock({ exportId: record.id, release })
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
      .then(() => settle({ payload, exportId: record.id }))
      .catch((err: unknown) =>
        payload.logger.error({ msg: `export ${record.id}: settling its record failed`, err }),
      )
  } catch (err) {
    await settle({ payload, exportId: record.id })
    throw err
  }
  return record
}
