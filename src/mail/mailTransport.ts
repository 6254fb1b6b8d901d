import path from 'node:path'
import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'

import type { Env } from '../env'
import { outboxTransport } from './outboxTransport'

/** SMTP when `SMTP_URL` is set, else .eml files in `<DATA_DIR>/outbox`. */
export const mailTransport = (
  env: Pick<Env, 'SMTP_URL' | 'SMTP_TIMEOUT_MS' | 'DATA_DIR'>,
): Transporter => {
  if (env.SMTP_URL) {
    return nodemailer.createTransport({
      url: env.SMTP_URL,
      connectionTimeout: env.SMTP_TIMEOUT_MS,
      greetingTimeout: env.SMTP_TIMEOUT_MS,
      socketTimeout: env.SMTP_TIMEOUT_MS,
    } as nodemailer.TransportOptions)
  }
  return nodemailer.createTransport(outboxTransport(path.join(env.DATA_DIR, 'outbox')))
}
