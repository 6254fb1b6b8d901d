import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { runCli } from '../helpers/cli'
import {
  createTestProvider,
  createTestSourceChange,
  createTestUser,
} from '../helpers/reminderFactories'
import type { TestSmtp } from '../helpers/smtp'
import { startSmtp } from '../helpers/smtp'
import type { TestEnv } from '../helpers/testEnv'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'

let payload: Payload
let testEnv: TestEnv
let smtp: TestSmtp

const remind = (args: string[]) =>
  runCli({
    args: ['remind', ...args],
    env: { ...testEnv.vars, SMTP_URL: smtp.url, SMTP_TIMEOUT_MS: '1500' },
  })

beforeAll(async () => {
  smtp = await startSmtp()
  ;({ payload, testEnv } = await openTestPayload('reminders-cli'))
  // The seed page's provider: updated 2026-01-21, no reviewer; and one admin to fall back to.
  await createTestProvider({
    payload,
    overrides: { name: 'Session', slug: 'session', updated: '2026-01-21T00:00:00.000Z' },
  })
  await createTestUser({ payload, overrides: { email: 'admin@example.test', roles: ['admin'] } })
})

afterAll(async () => {
  await smtp.stop()
  await closeTestPayload({ payload, testEnv })
})

describe('provider-desk remind', () => {
  it('refuses a --now that is not a calendar date', async () => {
    const result = await remind(['--now', '2026-02-30', '--json'])

    expect(result.code).toBe(2)
    expect(result.json.error.message).toMatch(/--now nimmt ein Kalenderdatum als JJJJ-MM-TT/)
  })

  it('shows on a dry run what it would send, without sending or writing', async () => {
    const result = await remind(['--now', '2026-11-23', '--dry-run', '--json'])

    expect(result.code).toBe(0)
    expect(result.json).toEqual({
      sent: [{ to: 'admin@example.test', providers: ['session'], sources: [] }],
      failed: [],
      skipped: 0,
      dryRun: true,
    })
    expect(smtp.attempts).toEqual([])
    expect((await payload.count({ collection: 'reminders' })).totalDocs).toBe(0)
  })

  // The "Done when", through the real command and a real SMTP server.
  it(
    'fails while the server is down, then delivers once, then waits a week',
    { timeout: 300_000 },
    async () => {
      await smtp.stop()
      const down = await remind(['--now', '2026-11-22', '--json'])
      expect(down.code).toBe(1)
      expect(down.json).toEqual({
        sent: [],
        failed: [{ to: 'admin@example.test', error: expect.stringContaining('ECONNREFUSED') }],
        skipped: 0,
      })
      expect(
        (await payload.count({ collection: 'reminders', where: { status: { equals: 'sent' } } }))
          .totalDocs,
      ).toBe(0)

      await smtp.start()
      const up = await remind(['--now', '2026-11-23', '--json'])
      expect(up.code).toBe(0)
      // The retry delivers the pending digest; the scan after it then skips the just-mailed pair.
      expect(up.json).toEqual({
        sent: [{ to: 'admin@example.test', providers: ['session'], sources: [] }],
        failed: [],
        skipped: 1,
      })
      expect(smtp.messages).toHaveLength(1)
      expect(smtp.messages[0]!.to).toEqual(['admin@example.test'])
      expect(smtp.messages[0]!.text).toContain('Session')

      const nextDay = await remind(['--now', '2026-11-24', '--json'])
      expect(nextDay.code).toBe(0)
      expect(nextDay.json).toEqual({ sent: [], failed: [], skipped: 1 })
      expect(smtp.messages).toHaveLength(1)

      const aWeekLater = await remind(['--now', '2026-12-01', '--json'])
      expect(aWeekLater.code).toBe(0)
      expect(aWeekLater.json).toEqual({
        sent: [{ to: 'admin@example.test', providers: ['session'], sources: [] }],
        failed: [],
        skipped: 0,
      })
      expect(smtp.messages).toHaveLength(2)
    },
  )

  it('names the changed sources of each mail in --json and in its human output', async () => {
    // Fresh and unassigned: the change alone goes to the admin.
    const threema = await createTestProvider({
      payload,
      overrides: { name: 'Threema', updated: '2026-11-20T00:00:00.000Z' },
    })
    const url = 'https://threema.example.org/privacy'
    await createTestSourceChange({ payload, provider: threema, overrides: { url } })

    const json = await remind(['--now', '2026-12-02', '--dry-run', '--json'])
    const human = await remind(['--now', '2026-12-02', '--dry-run'])

    expect(json.code).toBe(0)
    expect(json.json.sent).toEqual([
      { to: 'admin@example.test', providers: expect.any(Array), sources: [url] },
    ])
    expect(human.stdout).toMatch(
      /^ {2}admin@example\.test: (session; )?Quellen geändert: https:\/\/threema\.example\.org\/privacy$/m,
    )
  })
})
