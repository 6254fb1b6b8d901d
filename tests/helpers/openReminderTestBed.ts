import type { Payload } from 'payload'

import type { TestSmtp } from './smtp'
import { startSmtp } from './smtp'
import type { TestEnv } from './testEnv'
import { closeTestPayload, openTestPayload } from './testPayload'

export type ReminderTestBed = {
  payload: Payload
  smtp: TestSmtp
  testEnv: TestEnv
  /** Back to an accepting, running server and empty providers, sources, users and outbox. */
  reset: () => Promise<void>
  close: () => Promise<void>
}

/**
 * A Payload on its own database whose mail adapter talks to a real in-process SMTP server. The
 * SMTP_URL must be set before Payload opens (the transport is built once per process), so the server
 * starts first and keeps its port for the whole file. SMTP_TIMEOUT_MS is low so a stalled server fails
 * a send quickly.
 */
export const openReminderTestBed = async (args: {
  name: string
  smtpTimeoutMs?: number
}): Promise<ReminderTestBed> => {
  const smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  process.env.SMTP_TIMEOUT_MS = String(args.smtpTimeoutMs ?? 1500)
  const { payload, testEnv } = await openTestPayload(args.name)
  const everything = { id: { exists: true } }
  return {
    payload,
    smtp,
    testEnv,
    reset: async () => {
      await smtp.stop()
      smtp.setMode('accept')
      smtp.clear()
      await smtp.start()
      // Outbox entries and source changes first: they point at the providers and snapshots.
      await payload.delete({ collection: 'reminders', where: everything })
      await payload.delete({ collection: 'sourceChanges', where: everything })
      await payload.delete({ collection: 'providers', where: everything })
      await payload.delete({ collection: 'snapshots', where: everything })
      await payload.delete({ collection: 'sources', where: everything })
      await payload.delete({ collection: 'users', where: everything })
      await payload.updateGlobal({ slug: 'reminder-settings', data: { categoryIntervals: [] } })
    },
    close: async () => {
      await smtp.stop()
      await closeTestPayload({ payload, testEnv })
    },
  }
}
