import path from 'node:path'
import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'
import SMTPTransport from 'nodemailer/lib/smtp-transport'

import type { Env } from '../env'
import { outboxTransport } from './outboxTransport'

/** SMTP when `SMTP_URL` is set, else .eml files in `<DATA_DIR>/outbox`. */
export const mailTransport = (
  env: Pick<Env, 'SMTP_URL' | 'SMTP_TIMEOUT_MS' | 'DATA_DIR'>,
): Transporter => {
  if (env.SMTP_URL) {
    // An SMTPTransport merges `url` with the other options; `createTransport({ url, … })` would parse
    // the URL and silently drop the timeouts (nodemailer 9), leaving a stalled server 10 minutes.
    return nodemailer.createTransport(
      new SMTPTransport({
        url: env.SMTP_URL,
        connectionTimeout: env.SMTP_TIMEOUT_MS,
        greetingTimeout: env.SMTP_TIMEOUT_MS,
        socketTimeout: env.SMTP_TIMEOUT_MS,
      }),
    )
  }
  return nodemailer.createTransport(outboxTransport(path.join(env.DATA_DIR, 'outbox')))
}
