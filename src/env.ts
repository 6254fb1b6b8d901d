import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { z } from 'zod'

import { DeskError } from './errors'
import { parseConnectTo } from './watch/connectTo'

/**
 * The one validated environment object. Every variable is documented here and in
 * the README; `loadEnv` reports all problems together instead of the first one.
 */
const schema = z.object({
  /** `file:<path>` for the embedded SQLite database, or `mongodb://…` / `mongodb+srv://…`. */
  DATABASE_URL: z
    .string()
    .default('file:./data/provider-desk.db')
    .refine((value) => /^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/.test(value), {
      message:
        'must start with "file:" (embedded SQLite, e.g. file:./data/provider-desk.db) or "mongodb://" / "mongodb+srv://"',
    }),
  /** Signs sessions and tokens. Unset: a random one is kept in `data/.secret`. */
  PAYLOAD_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (generate one with: openssl rand -hex 32)')
    .optional(),
  /** SMTP server for reminders, e.g. smtp://user:pass@mail.example.org:587. Unset: mails go to data/outbox/. */
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/[^/]+/.test(value), {
      message: 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.org:587',
    })
    .optional(),
  /** How long an SMTP connection, greeting or reply may take before the send counts as failed. */
  SMTP_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int()
    .min(100)
    .default(30_000),
  /** Sender of reminder mails. */
  MAIL_FROM: z
    .string()
    .default('provider-desk <provider-desk@localhost>')
    .refine((value) => /@/.test(value), { message: 'must contain an e-mail address' }),
  /**
   * Base URL people reach the admin under; used for links in mails. Default: http://localhost:<PORT>.
   * https:// makes the session cookie `Secure` and sends HSTS (a TLS proxy in front).
   */
  PUBLIC_URL: z
    .url('must be an absolute URL such as https://desk.example.org')
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
  /** The site's repository checkout that `export` writes into. */
  SITE_DIR: z.string().min(1).optional(),
  /** Commit exported pages when SITE_DIR is a git work tree. */
  EXPORT_GIT_COMMIT: z
    .enum(['true', 'false'], { message: 'must be "true" or "false"' })
    .default('false')
    .transform((value) => value === 'true'),
  /** HTTP port. */
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
  /** Seed the demo content into an empty database at start. */
  SEED_DEMO: z
    .enum(['true', 'false'], { message: 'must be "true" or "false"' })
    .default('true')
    .transform((value) => value === 'true'),
  /** Cron expression for the daily staleness reminder job (server time). */
  REMINDER_CRON: z.string().min(1).default('0 7 * * *'),
  /**
   * How long a person's first workflow notice waits for more to join it in one mail
   * (seconds); the notice job looks every 10 seconds.
   */
  NOTICE_DELAY_SECONDS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 600')
    .max(600, 'must be between 0 and 600')
    .default(30),
  /** Cron expression for the daily source watch (server time); before the reminder digest. */
  WATCH_CRON: z.string().min(1).default('0 6 * * *'),
  /**
   * For tests and staging: curl's `--connect-to` rules (`HOST1:PORT1:HOST2:PORT2`,
   * comma-separated) for the source watch. The addresses they name are the only
   * exception to its address rules.
   */
  SOURCE_WATCH_CONNECT_TO: z
    .string()
    .optional()
    .superRefine((value, context) => {
      const parsed = parseConnectTo(value)
      if (!parsed.isValid) {
        for (const problem of parsed.problems)
          context.addIssue({ code: 'custom', message: problem })
      }
    }),
  /** The source watch's pause between two requests to the same host. */
  SOURCE_WATCH_PAUSE_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int()
    .min(0)
    .default(2_000),
  /** How many hosts the source watch fetches from at once (one request at a time each). */
  SOURCE_WATCH_PARALLEL_HOSTS: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(1, 'must be at least 1')
    .max(64, 'must be at most 64')
    .default(8),
  /** Where the runtime keeps its files (.secret, outbox/, the default database). */
  DATA_DIR: z.string().min(1).default('./data'),
  /**
   * `server` (what `npm start` sets unless told otherwise): this process runs the job
   * crons; `web`: an app instance that runs none (a worker runs them). Unset in CLI
   * processes and tests: no cron.
   */
  PROVIDER_DESK_ROLE: z
    .enum(['server', 'web'], { message: 'must be "server" or "web"' })
    .optional(),
  /** The language of the CLI's human output and messages when `--lang` is not given. */
  PROVIDER_DESK_LANG: z.enum(['de', 'en'], { message: 'must be "de" or "en"' }).default('de'),
  /** How much the server and the CLI log (to stderr). */
  LOG_LEVEL: z
    .enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], {
      message: 'must be one of trace, debug, info, warn, error, fatal, silent',
    })
    .default('info'),
})

export type Env = z.infer<typeof schema> & { PAYLOAD_SECRET: string; PUBLIC_URL: string }

/** Every problem of the environment at once; a configuration error (exit 2). */
export class EnvError extends DeskError {
  declare readonly code: 'env.invalid'
  constructor(readonly problems: string[]) {
    super({
      code: 'env.invalid',
      status: 500,
      isExpected: true,
      isUsage: true,
      message:
        `The environment is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((problem) => `  - ${problem}`).join('\n') +
        '\nSee .env.example and the README for every variable.',
    })
  }
}

const blankToUndefined = (source: NodeJS.ProcessEnv): Record<string, string | undefined> =>
  Object.fromEntries(
    Object.keys(schema.shape).map((key) => {
      const value = source[key]
      return [key, value === undefined || value.trim() === '' ? undefined : value.trim()]
    }),
  )

/** Reads `<DATA_DIR>/.secret`, creating a random one (mode 600) the first time. */
const persistedSecret = (dataDir: string): { secret: string; isNew: boolean } => {
  const file = path.join(dataDir, '.secret')
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim()
    if (secret.length >= 32) return { secret, isNew: false }
    throw new EnvError([
      `${file} holds no usable secret (under 32 characters). Delete it to have a new one created, or set PAYLOAD_SECRET.`,
    ])
  }
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' })
  chmodSync(file, 0o600)
  return { secret, isNew: true }
}

export const loadEnv = (
  source: NodeJS.ProcessEnv = process.env,
): Env & { isSecretNew: boolean } => {
  const result = schema.safeParse(blankToUndefined(source))
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join('.') || 'env'}: ${issue.message}`),
    )
  }
  const parsed = {
    ...result.data,
    PUBLIC_URL: result.data.PUBLIC_URL ?? `http://localhost:${result.data.PORT}`,
  }
  if (parsed.PAYLOAD_SECRET)
    return { ...parsed, PAYLOAD_SECRET: parsed.PAYLOAD_SECRET, isSecretNew: false }
  const { secret, isNew } = persistedSecret(parsed.DATA_DIR)
  return { ...parsed, PAYLOAD_SECRET: secret, isSecretNew: isNew }
}

let cached: (Env & { isSecretNew: boolean }) | undefined

/** The process-wide env, validated once. */
export const env = (): Env & { isSecretNew: boolean } => {
  cached ??= loadEnv()
  return cached
}

export const isMongo = (databaseUrl: string): boolean => databaseUrl.startsWith('mongodb')

/** `PUBLIC_URL` is served over https: session cookies get `Secure`, responses HSTS. */
export const isHttps = (publicUrl: string): boolean => publicUrl.startsWith('https://')
