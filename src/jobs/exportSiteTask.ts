import type { TaskConfig } from 'payload'

import { runRecordedExport } from '../export/runs'
import { acquireExportLock, adoptExportLock } from '../export/siteLock'

export type ExportSiteInput = {
  exportId: string
  isPrune?: boolean | null
  isCommit?: boolean | null
}

export type ExportSiteOutput = { status: string }

/**
 * One export run (`POST /api/exports`) as a Payload jobs task, in the `exports` queue.
 * Thin: `runRecordedExport` does the work and writes the `exports` record. The site lock
 * comes from the request that queued the job (its lock file names this run, and this
 * process holds it); a runner in another process takes it itself, waiting up to two minutes. No `concurrency` key: the site lock
 * already serializes runs, and a key would make a run skip while the previous job is
 * still being closed. No retries: a failed export is
 * recorded, and running it again is the publisher's decision.
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
    const release =
      (await adoptExportLock({ siteDir, exportId })) ??
      (await acquireExportLock({
        siteDir,
        by: `export ${exportId} (job runner, pid ${process.pid})`,
        waitMs: 120_000,
      }))
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
