import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { ReminderTestBed } from '../helpers/openReminderTestBed'
import { openReminderTestBed } from '../helpers/openReminderTestBed'
import { createTestProvider, createTestUser } from '../helpers/reminderFactories'

let bed: ReminderTestBed

const reminderJobs = async () =>
  (
    await bed.payload.find({
      collection: 'payload-jobs',
      depth: 0,
      where: { taskSlug: { equals: 'sendReminders' } },
      sort: 'createdAt',
    })
  ).docs

beforeAll(async () => {
  bed = await openReminderTestBed({ name: 'reminders-job' })
})

afterAll(async () => {
  await bed.close()
})

beforeEach(async () => {
  await bed.reset()
  await bed.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
})

describe('the sendReminders job', () => {
  it('is scheduled into the reminders queue for the next REMINDER_CRON time', async () => {
    const before = new Date()
    await bed.payload.jobs.handleSchedules({ queue: 'reminders' })

    const jobs = await reminderJobs()
    expect(jobs).toHaveLength(1)
    expect(jobs[0]!.queue).toBe('reminders')
    const waitUntil = new Date(jobs[0]!.waitUntil!)
    // REMINDER_CRON defaults to 07:00 every day (server time): the next one within 24 h.
    expect(waitUntil.getTime()).toBeGreaterThan(before.getTime())
    expect(waitUntil.getTime() - before.getTime()).toBeLessThanOrEqual(24 * 3_600_000)
    expect([waitUntil.getHours(), waitUntil.getMinutes()]).toEqual([7, 0])
  })

  it('sends the digests when the queued job runs', async () => {
    const rita = await createTestUser({ payload: bed.payload })
    await createTestProvider({
      payload: bed.payload,
      overrides: { reviewer: rita.id, updated: '2020-01-01T00:00:00.000Z' },
    })
    await bed.payload.jobs.queue({ task: 'sendReminders', queue: 'reminders', input: {} })

    await bed.payload.jobs.run({ queue: 'reminders' })

    expect(bed.smtp.messages.map((mail) => mail.to)).toEqual([['rita@example.test']])
    // Payload deletes a job once it completed (deleteJobOnComplete defaults to true).
    expect(await reminderJobs()).toEqual([])
  })

  it('queues a follow-up job for the retry time when a send failed', async () => {
    const rita = await createTestUser({ payload: bed.payload })
    await createTestProvider({
      payload: bed.payload,
      overrides: { reviewer: rita.id, updated: '2020-01-01T00:00:00.000Z' },
    })
    await bed.smtp.stop()
    await bed.payload.jobs.queue({ task: 'sendReminders', queue: 'reminders', input: {} })

    await bed.payload.jobs.run({ queue: 'reminders' })

    const [entry] = (await bed.payload.find({ collection: 'reminders', depth: 0 })).docs
    const jobs = await reminderJobs()
    expect(entry).toMatchObject({ status: 'pending', attempts: 1 })
    expect(jobs).toHaveLength(1)
    expect(jobs[0]!.completedAt ?? null).toBeNull()
    expect(new Date(jobs[0]!.waitUntil!).toISOString()).toBe(entry!.nextAttemptAt)
  })
})
