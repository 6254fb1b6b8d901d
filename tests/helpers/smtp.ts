import { createServer } from 'node:net'
import { SMTPServer } from 'smtp-server'
import type { SMTPServerDataStream } from 'smtp-server'

import type { ParsedMail } from './parseMail'
import { parseMail } from './parseMail'

/**
 * A real SMTP server in the test process (the `smtp-server` package), on a free port of 127.0.0.1.
 * Modes: `accept` records every message; `reject-4xx` / `reject-5xx` refuse the recipient with 451 / 550;
 * `stall` reads the message and never answers (the client's timeout must end the send). `stop()` takes
 * the server down (connections refused) and `start()` brings it back on the same port, so one
 * SMTP_URL works for a whole test file. No TLS and no AUTH, so nodemailer sends in plain text.
 */

export type SmtpMode = 'accept' | 'reject-4xx' | 'reject-5xx' | 'stall'

export type ReceivedMail = ParsedMail & { from: string; to: string[]; raw: string }

export type TestSmtp = {
  port: number
  url: string
  /** Messages the server accepted, in order. */
  messages: ReceivedMail[]
  /** Recipients the client tried (RCPT TO), accepted or not. */
  attempts: string[]
  setMode: (mode: SmtpMode) => void
  start: () => Promise<void>
  stop: () => Promise<void>
  /** Errors the server reported on its side (e.g. a client that hung up), for failure messages. */
  errors: Error[]
  /** Forgets the recorded messages and attempts. */
  clear: () => void
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })

const smtpError = (message: string, responseCode: number): Error =>
  Object.assign(new Error(message), { responseCode })

const readStream = (stream: SMTPServerDataStream): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.once('error', reject)
    stream.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })

export const startSmtp = async (args: { mode?: SmtpMode } = {}): Promise<TestSmtp> => {
  const port = await freePort()
  let mode: SmtpMode = args.mode ?? 'accept'
  const messages: ReceivedMail[] = []
  const attempts: string[] = []
  const errors: Error[] = []
  let server: SMTPServer | null = null

  const create = (): SMTPServer =>
    new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      logger: false,
      closeTimeout: 100,
      onRcptTo: (address, _session, callback) => {
        attempts.push(address.address)
        if (mode === 'reject-4xx') return callback(smtpError('4.3.0 Try again later (test)', 451))
        if (mode === 'reject-5xx')
          return callback(smtpError('5.1.1 Mailbox unavailable (test)', 550))
        callback()
      },
      onData: (stream, session, callback) => {
        readStream(stream).then(
          (raw) => {
            if (mode === 'stall') return
            messages.push({
              ...parseMail(raw),
              raw,
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            })
            callback()
          },
          (err: Error) => callback(err),
        )
      },
    })

  const start = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const next = create()
      next.on('error', (err: Error) => errors.push(err))
      next.server.once('error', reject)
      next.listen(port, '127.0.0.1', () => {
        server = next
        resolve()
      })
    })

  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      const current = server
      server = null
      if (!current) return resolve()
      for (const connection of current.connections) connection.close()
      current.close(() => resolve())
    })

  await start()
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    attempts,
    errors,
    setMode: (next) => {
      mode = next
    },
    start,
    stop,
    clear: () => {
      messages.length = 0
      attempts.length = 0
    },
  }
}
