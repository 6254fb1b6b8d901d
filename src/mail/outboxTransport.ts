import { mkdirSync, writeFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

type SentInfo = {
  envelope: object
  messageId: string
  accepted: string[]
  rejected: string[]
  path: string
}

/**
 * A nodemailer transport for machines without SMTP: every message is written to
 * `<dir>/<time>-<id>.eml` and counts as accepted. Never an ethereal account.
 */
export const outboxTransport = (dir: string): Transport<SentInfo> => ({
  name: 'provider-desk-outbox',
  version: '1',
  send: (mail: MailMessage, callback) => {
    mail.message.build((err, message) => {
      if (err) return callback(err, undefined as unknown as SentInfo)
      try {
        mkdirSync(dir, { recursive: true })
        const messageId = mail.message.messageId()
        const file = path.join(
          dir,
          `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`,
        )
        writeFileSync(file, message)
        const envelope = mail.message.getEnvelope()
        callback(null, { envelope, messageId, accepted: envelope.to, rejected: [], path: file })
      } catch (writeError) {
        callback(writeError as Error, undefined as unknown as SentInfo)
      }
    })
  },
})
