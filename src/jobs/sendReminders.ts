import type { Payload, TaskConfig } from 'payload'

import { runReminders } from '../reminders/runReminders'

/**
 * The daily reminder run as a Payload jobs task: scan, plan and send now (`runReminders` with the real
 * clock). Thin on purpose; the behaviour lives in `src/reminders/`.
 *
 * - `schedule` queues one job per `cron` occurrence into `queue`; a runner (`jobs.autoRun` in the server,
 *   or `payload jobs:run --queue reminders --handle-schedules` as a separate worker) executes it.
 * - A failed send is not a failed task: the outbox entry records it and keeps its own backoff. When
 *   entries are left pending, the task queues a one-off follow-up for the earliest retry time, so the
 *   backoff (minutes to hours) is honoured between two daily runs. A follow-up is only queued when no
 *   waiting job of this task would run by then anyway.
 * - `concurrency` keeps runs exclusive (one at a time, across processes sharing the database), so a
 *   retry is never sent twice by two overlapping runs.
 * - `retries` is for crashes (database unreachable and the like): the run is idempotent, so repeating
 *   it sends nothing twice.
 */

export type SendRemindersOutput = { sent: number; failed: number; skipped: number }

const slug = 'sendReminders'

/** System work on behalf of no person: the Local API's default `overrideAccess: true` is intended. */
const queueFollowUp = async (args: {
  payload: Payload
  queue: string
  at: Date
}): Promise<void> => {
  const { payload, queue, at } = args
  const waiting = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: slug } },
        { queue: { equals: queue } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { hasError: { not_equals: true } },
        { waitUntil: { less_than_equal: at.toISOString() } },
      ],
    },
  })
  if (waiting.totalDocs > 0) return
  await payload.jobs.queue({ task: slug, queue, input: {}, waitUntil: at })
}

export const sendReminders = (args: {
  cron: string
  queue: string
}): TaskConfig<{ input: object; output: SendRemindersOutput }> => ({
  slug,
  label: 'Send staleness reminders',
  schedule: [{ cron: args.cron, queue: args.queue }],
  concurrency: () => slug,
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
    { name: 'skipped', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const result = await runReminders({ payload: req.payload, now: new Date() })
    if (result.nextRetryAt) {
      await queueFollowUp({ payload: req.payload, queue: args.queue, at: result.nextRetryAt })
    }
    return {
      output: { sent: result.sent.length, failed: result.failed.length, skipped: result.skipped },
    }
  },
})
