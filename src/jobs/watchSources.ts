import type { TaskConfig } from 'payload'

import { runWatch } from '../watch/runWatch'

export type WatchSourcesOutput = {
  checked: number
  changed: number
  moved: number
  failed: number
  blocked: number
}

const slug = 'watchSources'

/**
 * The source watch as a Payload jobs task, queued by `cron` (`WATCH_CRON`, daily before
 * the reminder digest, so a change found in the morning is in that day's digest).
 * Thin on purpose; the behaviour lives in `src/watch/`.
 *
 * - `concurrency` keeps runs exclusive across processes sharing the database: never two
 *   at once.
 * - Resumable: every source is written as soon as it is fetched, and a retried job skips
 *   the sources checked since the job was queued (`checkedBefore`), so a run that crashed
 *   half way goes on where it stopped instead of fetching every host again.
 */
export const watchSources = (args: {
  cron: string
  queue: string
}): TaskConfig<{ input: object; output: WatchSourcesOutput }> => ({
  slug,
  label: 'Watch cited sources',
  schedule: [{ cron: args.cron, queue: args.queue }],
  concurrency: () => slug,
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 300_000 } },
  outputSchema: [
    { name: 'checked', type: 'number', required: true },
    { name: 'changed', type: 'number', required: true },
    { name: 'moved', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
    { name: 'blocked', type: 'number', required: true },
  ],
  handler: async ({ job, req }) => {
    const report = await runWatch({
      payload: req.payload,
      checkedBefore: new Date(job.createdAt),
    })
    const { changed, moved, failed, blocked } = report
    return { output: { checked: report.sources.length, changed, moved, failed, blocked } }
  },
})
