import type { Payload } from 'payload'

import type { Export } from '../payload-types'
import { openExportRun } from './openExportRun'
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
  const { record, release } = await openExportRun({
    payload,
    siteDir,
    lockedBy: by,
    lockWaitMs,
    data: { startedBy: null, status: 'running', by },
  })
  return runExport({ payload, exportId: record.id, isPrune, isCommit, release, onProgress })
}
