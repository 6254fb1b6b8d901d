import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { runReminders } from '../../src/reminders/runReminders'
import { addDays } from '../../src/reminders/staleness'
import type { ReminderTestBed } from '../helpers/openReminderTestBed'
import { openReminderTestBed } from '../helpers/openReminderTestBed'
import { createTestProvider, createTestUser } from '../helpers/reminderFactories'

let bed: ReminderTestBed

const day = (isoDay: string): Date => new Date(`${isoDay}T00:00:00.000Z`)
const updatedOn = (isoDay: string): string => `${isoDay}T00:00:00.000Z`
const today = '2026-11-23'

beforeAll(async () => {
  bed = await openReminderTestBed({ name: 'reminders' })
})

afterAll(async () => {
  await bed.close()
})

beforeEach(async () => {
  await bed.reset()
})

describe('staleness digests over real SMTP', () => {
  it('sends each reviewer one digest with exactly their stale and due-soon providers', async () => {
    const { payload, smtp } = bed
    const rita = await createTestUser({ payload })
    const ben = await createTestUser({
      payload,
      overrides: { email: 'ben@example.test', name: 'Ben' },
    })
    await createTestProvider({ payload, overrides: { name: 'Session', reviewer: rita.id } })
    await createTestProvider({
      payload,
      overrides: { name: 'Signal', reviewer: rita.id, updated: updatedOn(addDays(today, -174)) },
    })
    await createTestProvider({
      payload,
      overrides: { name: 'Threema', reviewer: rita.id, updated: updatedOn(addDays(today, -100)) },
    })
    await createTestProvider({ payload, overrides: { name: 'Mullvad', reviewer: ben.id } })

    const result = await runReminders({ payload, now: day(today) })

    expect(result.failed).toEqual([])
    expect(result.sent).toEqual(
      expect.arrayContaining([
        { to: 'rita@example.test', providers: ['session', 'signal'], sources: [] },
        { to: 'ben@example.test', providers: ['mullvad'], sources: [] },
      ]),
    )
    expect(result.sent).toHaveLength(2)
    expect(smtp.messages.map((mail) => mail.to)).toEqual(
      expect.arrayContaining([['rita@example.test'], ['ben@example.test']]),
    )
    const ritasMail = smtp.messages.find((mail) => mail.to[0] === 'rita@example.test')!
    expect(ritasMail.text).toContain('Session')
    expect(ritasMail.text).toContain('Signal')
    expect(ritasMail.text).not.toContain('Threema')
    expect(ritasMail.text).toContain('http://localhost:3000/admin/collections/providers/')
  })

  it('records the send in the outbox with the SMTP message id and the run clock', async () => {
    const { payload, smtp } = bed
    const rita = await createTestUser({ payload })
    await createTestProvider({ payload, overrides: { reviewer: rita.id } })

    await runReminders({ payload, now: day(today) })

    const { docs } = await payload.find({ collection: 'reminders', depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      to: 'rita@example.test',
      status: 'sent',
      attempts: 1,
      isPermanent: false,
      sentAt: '2026-11-23T00:00:00.000Z',
      period: '2026-11-23',
      providerSlugs: ['session'],
    })
    expect(docs[0]!.messageId).toBe(smtp.messages[0]!.headers['message-id'])
  })

  it('sends nothing the next day for providers mailed the day before', async () => {
    const { payload, smtp } = bed
    const rita = await createTestUser({ payload })
    await createTestProvider({ payload, overrides: { reviewer: rita.id } })

    await runReminders({ payload, now: day('2026-11-23') })
    const nextDay = await runReminders({ payload, now: day('2026-11-24') })

    expect(nextDay).toMatchObject({ sent: [], failed: [], skipped: 1 })
    expect(smtp.messages).toHaveLength(1)
  })

  it('mails the same providers again 8 days later', async () => {
    const { payload, smtp } = bed
    const rita = await createTestUser({ payload })
    await createTestProvider({ payload, overrides: { reviewer: rita.id } })

    await runReminders({ payload, now: day('2026-11-23') })
    const later = await runReminders({ payload, now: day('2026-12-01') })

    expect(later.sent).toEqual([{ to: 'rita@example.test', providers: ['session'], sources: [] }])
    expect(smtp.messages).toHaveLength(2)
  })

  it('sends stale providers without a reviewer to every admin', async () => {
    const { payload, smtp } = bed
    await createTestUser({ payload, overrides: { email: 'ada@example.test', roles: ['admin'] } })
    await createTestUser({
      payload,
      overrides: { email: 'grace@example.test', roles: ['admin', 'editor'] },
    })
    await createTestUser({ payload, overrides: { email: 'rita@example.test' } })
    await createTestProvider({ payload, overrides: { reviewer: null } })

    const result = await runReminders({ payload, now: day(today) })

    expect(result.sent.map((mail) => mail.to).sort()).toEqual([
      'ada@example.test',
      'grace@example.test',
    ])
    expect(smtp.messages).toHaveLength(2)
    expect(smtp.messages[0]!.text).toContain('niemand zur Prüfung zugewiesen')
  })

  it('writes German by default and English for a user who prefers English', async () => {
    const { payload, smtp } = bed
    const rita = await createTestUser({ payload })
    const erin = await createTestUser({
      payload,
      overrides: { email: 'erin@example.test', name: 'Erin', language: 'en' },
    })
    await createTestProvider({ payload, overrides: { name: 'Session', reviewer: rita.id } })
    await createTestProvider({ payload, overrides: { name: 'Signal', reviewer: erin.id } })

    await runReminders({ payload, now: day(today) })

    const german = smtp.messages.find((mail) => mail.to[0] === 'rita@example.test')!
    const english = smtp.messages.find((mail) => mail.to[0] === 'erin@example.test')!
    expect(german.subject).toBe('provider-desk: 1 Anbieterprofil braucht eine Prüfung')
    expect(german.text).toContain('Hallo Rita,')
    expect(german.html).toContain('<html lang="de">')
    expect(english.subject).toBe('provider-desk: 1 provider profile needs a review')
    expect(english.text).toContain('Hello Erin,')
    expect(english.html).toContain('<html lang="en">')
  })

  it('applies category defaults and per-provider intervals from the settings', async () => {
    const { payload } = bed
    const rita = await createTestUser({ payload })
    await payload.updateGlobal({
      slug: 'reminder-settings',
      data: { categoryIntervals: [{ category: 'vpn', days: 30 }] },
    })
    const fortyDaysAgo = updatedOn(addDays(today, -40))
    await createTestProvider({
      payload,
      overrides: { name: 'Mullvad', category: 'VPN', reviewer: rita.id, updated: fortyDaysAgo },
    })
    await createTestProvider({
      payload,
      overrides: {
        name: 'Signal',
        category: 'Messenger',
        reviewer: rita.id,
        updated: fortyDaysAgo,
      },
    })
    await createTestProvider({
      payload,
      overrides: {
        name: 'Tuta',
        category: 'E-Mail',
        reviewer: rita.id,
        reviewIntervalDays: 20,
        updated: updatedOn(addDays(today, -25)),
      },
    })

    const result = await runReminders({ payload, now: day(today) })

    expect(result.sent).toEqual([
      { to: 'rita@example.test', providers: ['mullvad', 'tuta'], sources: [] },
    ])
  })

  it('sends and writes nothing on a dry run but says what it would send', async () => {
    const { payload, smtp } = bed
    const rita = await createTestUser({ payload })
    await createTestProvider({ payload, overrides: { reviewer: rita.id } })

    const result = await runReminders({ payload, now: day(today), isDryRun: true })

    expect(result.wouldSend).toEqual([
      { to: 'rita@example.test', providers: ['session'], sources: [] },
    ])
    expect(result.sent).toEqual([])
    expect(smtp.attempts).toEqual([])
    expect((await payload.count({ collection: 'reminders' })).totalDocs).toBe(0)
  })
})
