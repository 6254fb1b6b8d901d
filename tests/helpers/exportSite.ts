import type { Payload } from 'payload'

import { pathsOf, problemsOf } from '../../src/export/recordFields'
import { runExport } from '../../src/export/runs'

/**
 * A recorded export run without a site commit, as `provider-desk export --no-commit`
 * starts it (`runExport`, the export's one writer): its status, the pages written and
 * removed, the count of unchanged ones and the problems, read from its record.
 */
export const exportSite = async ({
  payload,
  siteDir,
  isPrune = false,
  onProgress,
}: {
  payload: Payload
  siteDir: string
  isPrune?: boolean
  onProgress?: (progress: { done: number; total: number }) => void
}) => {
  const record = await runExport({
    payload,
    siteDir,
    by: 'provider-desk (test)',
    isPrune,
    isCommit: false,
    onProgress,
  })
  return {
    status: record.status,
    written: pathsOf(record.written),
    removed: pathsOf(record.removed),
    unchanged: record.unchanged ?? 0,
    errors: problemsOf(record.errors),
  }
}
