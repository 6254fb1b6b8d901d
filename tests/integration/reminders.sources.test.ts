import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { runReminders } from '../../src/reminders/runReminders'
import { addDays } from '../../src/reminders/staleness'
import type { ReminderTestBed } from '../helpers/openReminderTestBed'
import { openReminderTestBed } from '../helpers/openReminderTestBed'
import {
  createTestProvider,
  createTestSourceChange,
  createTestUser,
} from '../helpers/reminderFactories'

/**
 * The digest's "Quellen geändert" over real SMTP: source changes as the watch writes them (a registry
 * entry, two snapshots, an open change per citing profile), mailed once per change under the outbox
 * rules of the staleness digest.
 */

let bed: ReminderTestBed

const day = (isoDay: string): Date => new Date(`${isoDay}T00:00:00.000Z`)
const today = '2026-11-23'
/** Approved ten days ago: fresh, so its mail holds only the source change. */
const recently = `${addDays(today, -10)}T00:00:00.000Z`
const privacyUrl = 'https://session.example.org/privacy'
/** The changed text, which the digest's excerpt shows (escaped in the HTML part). */
const after = 'Wir speichern IP-Adressen 7 Tage & länger <intern>.'

const outbox = async () =>
  (await bed.payload.find({ collection: 'reminders', depth: 0, sort: 'createdAt' })).docs

/** Rita reviews Session, which was approved recently; its privacy policy changed since. */
const ritasChangedSession = async (overrides: { clearedAt?: string } = {}) => {
  const { payload } = bed
  const rita = await createTestUser({ payload })
  const session = await createTestProvider({
    payload,
    overrides: { name: 'Session', reviewer: rita.id, updated: recently },
  })
  const change = await createTestSourceChange({
    payload,
    provider: session,
    overrides: { url: privacyUrl, after, ...overrides },
  })
  return { rita, session, change }
}

beforeAll(async () => {
  bed = await openReminderTestBed({ name: 'reminders-sources' })
})

afterAll(async () => {
  await bed.close()
})

beforeEach(async () => {
  await bed.reset()
})

describe('source changes in the digest', () => {
  it('mails the reviewer one German digest with the URL, the profile and the excerpt', async () => {
    const { session, change } = await ritasChangedSession()

    const result = await runReminders({ payload: bed.payload, now: day(today) })

    expect(result).toMatchObject({
      sent: [{ to: 'rita@example.test', providers: [], sources: [privacyUrl] }],
      failed: [],
    })
    expect(bed.smtp.messages).toHaveLength(1)
    const mail = bed.smtp.messages[0]!
    const editUrl = `http://localhost:3000/admin/collections/providers/${session.id}`
    expect(mail.subject).toBe('provider-desk: 1 Quelle geändert')
    expect(mail.text).toContain(
      [
        'Quellen geändert',
        '',
        'Dieses zitierte Dokument hat sich seit der letzten Freigabe geändert. Bitte die Änderung prüfen und die Profile, die es zitieren, erneut freigeben:',
        '',
        privacyUrl,
        '  zitiert in:',
        `  - Session: ${editUrl}`,
        '  Änderung:',
        '    - Wir speichern keine IP-Adressen.',
        '    + Wir speichern IP-Adressen 7 Tage & länger <intern>.',
      ].join('\n'),
    )
    expect(mail.html).toMatch(/<h2[^>]*>Quellen geändert<\/h2>/)
    expect(mail.html).toContain(`<a href="${editUrl}"`)
    expect(mail.html).toMatch(
      /<pre[^>]*>- Wir speichern keine IP-Adressen\.\n\+ Wir speichern IP-Adressen 7 Tage &amp; länger &lt;intern&gt;\.<\/pre>/,
    )
    const [entry] = await outbox()
    expect(entry).toMatchObject({
      status: 'sent',
      providers: [],
      sourceChanges: [change.id],
      period: today,
    })
  })

  it('never mails the same change again: not the same day, the next day or weeks later', async () => {
    await ritasChangedSession()

    await runReminders({ payload: bed.payload, now: day(today) })
    const again = await runReminders({ payload: bed.payload, now: day(today) })
    const nextDay = await runReminders({ payload: bed.payload, now: day(addDays(today, 1)) })
    const later = await runReminders({ payload: bed.payload, now: day(addDays(today, 30)) })

    expect([again.sent, nextDay.sent, later.sent]).toEqual([[], [], []])
    expect(bed.smtp.messages).toHaveLength(1)
    expect(await outbox()).toHaveLength(1)
  })

  it('puts stale providers and source changes into one digest, and a new change into the next', async () => {
    const { payload } = bed
    const rita = await createTestUser({ payload })
    const signal = await createTestProvider({
      payload,
      overrides: { name: 'Signal', reviewer: rita.id, updated: recently },
    })
    await createTestProvider({ payload, overrides: { name: 'Session', reviewer: rita.id } })
    await createTestSourceChange({ payload, provider: signal, overrides: { url: privacyUrl } })

    const first = await runReminders({ payload, now: day(today) })
    const termsUrl = 'https://signal.example.org/terms'
    await createTestSourceChange({
      payload,
      provider: signal,
      overrides: { url: termsUrl, detectedAt: `${addDays(today, 1)}T05:00:00.000Z` },
    })
    const second = await runReminders({ payload, now: day(addDays(today, 1)) })

    expect(first.sent).toEqual([
      { to: 'rita@example.test', providers: ['session'], sources: [privacyUrl] },
    ])
    expect(bed.smtp.messages[0]!.subject).toBe(
      'provider-desk: 1 Anbieterprofil braucht eine Prüfung, 1 Quelle geändert',
    )
    // Session is suppressed for 7 days, the first change for good: only the new change goes out.
    expect(second.sent).toEqual([{ to: 'rita@example.test', providers: [], sources: [termsUrl] }])
    expect(bed.smtp.messages).toHaveLength(2)
    const [a, b] = await outbox()
    expect(a!.idempotencyKey).not.toBe(b!.idempotencyKey)
  })

  it('does not mail a change that was cleared before it was mailed', async () => {
    await ritasChangedSession({ clearedAt: '2026-11-22T12:00:00.000Z' })

    const result = await runReminders({ payload: bed.payload, now: day(today) })

    expect(result.sent).toEqual([])
    expect(bed.smtp.attempts).toEqual([])
    expect(await outbox()).toEqual([])
  })

  it('sends the change of an unassigned profile to every admin', async () => {
    const { payload } = bed
    await createTestUser({ payload, overrides: { email: 'ada@example.test', roles: ['admin'] } })
    await createTestUser({ payload, overrides: { email: 'rita@example.test' } })
    const session = await createTestProvider({
      payload,
      overrides: { name: 'Session', reviewer: null, updated: recently },
    })
    await createTestSourceChange({ payload, provider: session })

    const result = await runReminders({ payload, now: day(today) })

    expect(result.sent.map((mail) => mail.to)).toEqual(['ada@example.test'])
    expect(bed.smtp.messages[0]!.text).toContain('  - Session (niemand zur Prüfung zugewiesen): ')
  })

  it('writes the section in English for a user who prefers English', async () => {
    const { payload } = bed
    const erin = await createTestUser({
      payload,
      overrides: { email: 'erin@example.test', name: 'Erin', language: 'en' },
    })
    const session = await createTestProvider({
      payload,
      overrides: { name: 'Session', reviewer: erin.id, updated: recently },
    })
    await createTestSourceChange({ payload, provider: session, overrides: { url: privacyUrl } })

    await runReminders({ payload, now: day(today) })

    const mail = bed.smtp.messages[0]!
    expect(mail.subject).toBe('provider-desk: 1 source changed')
    expect(mail.text).toContain('Hello Erin,')
    expect(mail.text).toContain(`Sources changed\n\nThis cited document changed`)
    expect(mail.text).toContain(`${privacyUrl}\n  cited in:\n  - Session: `)
    expect(mail.html).toContain('<html lang="en">')
    expect(mail.html).toMatch(/<h2[^>]*>Sources changed<\/h2>/)
  })

  it('shows the change on a dry run without sending or writing', async () => {
    await ritasChangedSession()

    const result = await runReminders({ payload: bed.payload, now: day(today), isDryRun: true })

    expect(result.wouldSend).toEqual([
      { to: 'rita@example.test', providers: [], sources: [privacyUrl] },
    ])
    expect(bed.smtp.attempts).toEqual([])
    expect(await outbox()).toEqual([])
  })
})

describe('source changes when the SMTP server refuses', () => {
  it('defers a change while its digest is retried and mails it once when the retry succeeds', async () => {
    const { change } = await ritasChangedSession()
    await bed.smtp.stop()

    const down = await runReminders({ payload: bed.payload, now: day(today) })
    await bed.smtp.start()
    const beforeRetry = await runReminders({
      payload: bed.payload,
      now: new Date(`${today}T00:04:00.000Z`),
    })

    expect(down.failed).toEqual([
      { to: 'rita@example.test', error: expect.stringContaining('ECONNREFUSED') },
    ])
    // Pending, not due yet: no new digest takes the change.
    expect(beforeRetry).toMatchObject({ sent: [], failed: [] })
    expect(bed.smtp.attempts).toEqual([])
    expect(await outbox()).toMatchObject([
      { status: 'pending', attempts: 1, sourceChanges: [change.id] },
    ])

    const retried = await runReminders({ payload: bed.payload, now: day(addDays(today, 1)) })
    const again = await runReminders({ payload: bed.payload, now: day(addDays(today, 2)) })

    expect(retried.sent).toEqual([
      { to: 'rita@example.test', providers: [], sources: [privacyUrl] },
    ])
    expect(again.sent).toEqual([])
    expect(bed.smtp.messages).toHaveLength(1)
    expect(bed.smtp.messages[0]!.text).toContain('Quellen geändert')
    expect(await outbox()).toMatchObject([{ status: 'sent', attempts: 2 }])
  })

  it('mails a change again in the next digest after a permanent rejection', async () => {
    const { change } = await ritasChangedSession()
    bed.smtp.setMode('reject-5xx')

    const rejected = await runReminders({ payload: bed.payload, now: day(today) })
    bed.smtp.setMode('accept')
    const sameDay = await runReminders({ payload: bed.payload, now: day(today) })
    const nextDay = await runReminders({ payload: bed.payload, now: day(addDays(today, 1)) })

    expect(rejected.failed).toEqual([
      { to: 'rita@example.test', error: expect.stringContaining('550') },
    ])
    // The same digest on the same day has the same key: it is not written twice.
    expect(sameDay.sent).toEqual([])
    expect(nextDay.sent).toEqual([
      { to: 'rita@example.test', providers: [], sources: [privacyUrl] },
    ])
    expect(bed.smtp.messages).toHaveLength(1)
    expect(await outbox()).toMatchObject([
      { status: 'failed', isPermanent: true, sourceChanges: [change.id] },
      { status: 'sent', sourceChanges: [change.id] },
    ])
  })
})
