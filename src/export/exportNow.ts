import type { Payload } from 'payload'

import type { Export } from '../payload-types'
import { acquireExportLock } from './exportLock'
import { checkTarget } from './exportSite'
import { failInterruptedExports } from './failInterruptedExports'
import { runExport } from './runExport'

/**
 * A recorded export run in this process (the CLI's `provider-desk export`): waits up to
 * `lockWaitMs` for the site's lock, records the run (`startedBy` empty, `by` says who ran
 * the command), runs it and returns the final record.
 */
export const exportNow = async ({
  payload,
  siteDir,
  by,
  isPrune,
  isCommit,
  lockWaitMs = 120_000,
  onProgress,
}: {
  payload: Payload
  siteDir: string
  by: string
  isPrune: boolean
  isCommit: boolean
  lockWaitMs?: number
  onProgress?: (progress: { done: number; total: number }) => void
}): Promise<Export> => {
  await checkTarget({ siteDir, isCheck: false })
  const release = await acquireExportLock({ siteDir, by, waitMs: lockWaitMs })
  let record: Export
  try {
    await failInterruptedExports({ payload, target: siteDir })
    // System write: the exports collection is closed to people.
    record = await payload.create({
      collection: 'exports',
      data: {
        startedBy: null,
        startedAt: new Date().toISOString(),
        status: 'running',
        target: siteDir,
        by,
      },
    })
  } catch (err) {
    await release()
    throw err
  }
  return runExport({ payload, exportId: record.id, isPrune, isCommit, release, onProgress })
}
