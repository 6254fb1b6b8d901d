import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { runReminders } from '../../src/reminders/runReminders'
import type { ReminderTestBed } from '../helpers/openReminderTestBed'
import { openReminderTestBed } from '../helpers/openReminderTestBed'
import { createTestProvider, createTestUser } from '../helpers/reminderFactories'

const smtpTimeoutMs = 1500
let bed: ReminderTestBed

const day = (isoDay: string): Date => new Date(`${isoDay}T00:00:00.000Z`)

const outbox = async () =>
  (await bed.payload.find({ collection: 'reminders', depth: 0, sort: 'createdAt' })).docs

beforeAll(async () => {
  bed = await openReminderTestBed({ name: 'reminders-failures', smtpTimeoutMs })
})

afterAll(async () => {
  await bed.close()
})

beforeEach(async () => {
  await bed.reset()
  const rita = await createTestUser({ payload: bed.payload })
  await createTestProvider({ payload: bed.payload, overrides: { reviewer: rita.id } })
})

describe('failed reminder sends', () => {
  it('keeps the digest pending with its error when the SMTP server is down', async () => {
    await bed.smtp.stop()

    const result = await runReminders({ payload: bed.payload, now: day('2026-11-22') })

    expect(result.sent).toEqual([])
    expect(result.failed).toEqual([
      { to: 'rita@example.test', error: expect.stringContaining('ECONNREFUSED') },
    ])
    const [entry] = await outbox()
    expect(entry).toMatchObject({
      status: 'pending',
      attempts: 1,
      isPermanent: false,
      sentAt: null,
      nextAttemptAt: '2026-11-22T00:05:00.000Z',
    })
    expect(entry!.lastError).toContain('ECONNREFUSED')
  })

  it('delivers a digest that failed while the server was down exactly once when it is back', async () => {
    await bed.smtp.stop()
    await runReminders({ payload: bed.payload, now: day('2026-11-22') })
    await bed.smtp.start()

    const retried = await runReminders({ payload: bed.payload, now: day('2026-11-23') })
    const again = await runReminders({ payload: bed.payload, now: day('2026-11-23') })

    expect(retried.sent).toEqual([{ to: 'rita@example.test', providers: ['session'], sources: [] }])
    expect(again.sent).toEqual([])
    expect(bed.smtp.messages).toHaveLength(1)
    const entries = await outbox()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      status: 'sent',
      attempts: 2,
      sentAt: '2026-11-23T00:00:00.000Z',
      lastError: null,
    })
  })

  it('does not retry a pending digest before its retry time', async () => {
    await bed.smtp.stop()
    await runReminders({ payload: bed.payload, now: day('2026-11-22') })
    await bed.smtp.start()

    const tooEarly = await runReminders({
      payload: bed.payload,
      now: new Date('2026-11-22T00:04:00.000Z'),
    })

    expect(tooEarly).toMatchObject({ sent: [], failed: [], skipped: 1 })
    expect(bed.smtp.attempts).toEqual([])
  })

  it('records a 5xx rejection as permanent and does not retry it', async () => {
    bed.smtp.setMode('reject-5xx')

    const rejected = await runReminders({ payload: bed.payload, now: day('2026-11-23') })
    bed.smtp.setMode('accept')
    const nextDay = await runReminders({ payload: bed.payload, now: day('2026-11-24') })

    expect(rejected.failed).toEqual([
      { to: 'rita@example.test', error: expect.stringContaining('550') },
    ])
    expect(nextDay).toMatchObject({ sent: [], failed: [] })
    expect(bed.smtp.attempts).toEqual(['rita@example.test'])
    const [entry] = await outbox()
    expect(entry).toMatchObject({
      status: 'failed',
      isPermanent: true,
      attempts: 1,
      nextAttemptAt: null,
      sentAt: null,
    })
    expect(entry!.lastError).toContain('550')
  })

  it('retries a 4xx rejection later', async () => {
    bed.smtp.setMode('reject-4xx')

    const result = await runReminders({ payload: bed.payload, now: day('2026-11-23') })

    expect(result.failed).toEqual([
      { to: 'rita@example.test', error: expect.stringContaining('451') },
    ])
    const [entry] = await outbox()
    expect(entry).toMatchObject({ status: 'pending', isPermanent: false, attempts: 1 })
  })

  it('gives up on a stalled server within SMTP_TIMEOUT_MS as a transient failure', async () => {
    bed.smtp.setMode('stall')

    const startedAt = Date.now()
    const result = await runReminders({ payload: bed.payload, now: day('2026-11-23') })
    const elapsedMs = Date.now() - startedAt

    expect(result.failed).toEqual([
      { to: 'rita@example.test', error: expect.stringMatching(/timeout/i) },
    ])
    expect(elapsedMs).toBeGreaterThanOrEqual(smtpTimeoutMs)
    expect(elapsedMs).toBeLessThan(smtpTimeoutMs + 3_000)
    const [entry] = await outbox()
    expect(entry).toMatchObject({ status: 'pending', isPermanent: false, attempts: 1 })
  })
})
