import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { slateEditor } from '@payloadcms/richtext-slate'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import pinoPretty from 'pino-pretty'

import { Exports } from './collections/Exports'
import { Providers } from './collections/Providers'
import { Reminders } from './collections/Reminders'
import { ReminderSettings } from './collections/ReminderSettings'
import { Reviews } from './collections/Reviews'
import { SourceChanges } from './collections/SourceChanges'
import { Sources } from './collections/Sources'
import { Snapshots } from './collections/Snapshots'
import { Users } from './collections/Users'
import { hasRole } from './src/access'
import { payloadTranslations } from './src/i18n/admin/payloadTranslations'
import { adminDateFormat } from './src/i18n/dates'
import { env, isMongo } from './src/env'
import { accessQuery } from './src/graphql/accessQuery'
import { exportSiteTask } from './src/export/runs'
import { withJsonView } from './src/admin/withJsonView'
import { sendPasswordResetTask } from './src/auth/passwordReset'
import { sendReminders } from './src/jobs/sendReminders'
import { watchSources } from './src/jobs/watchSources'
import { mailTransport } from './src/mail/mailTransport'
import { migrations } from './src/migrations'
import { noticeQueue, sendNoticesTask } from './src/notices/notices'
import { Notices } from './collections/Notices'
import { installSqliteWriteLock } from './src/db/sqlite'
import { withInputChecks } from './src/validation/inputChecks'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const config = env()
/** How long SQLite waits for another process's write lock before it answers "busy". */
const sqliteBusyTimeoutMs = 5_000

const sqliteUrl = (databaseUrl: string): string => {
  const file = databaseUrl.slice('file:'.length)
  return 'file:' + (path.isAbsolute(file) ? file : path.resolve(process.cwd(), file))
}

/**
 * The adapter DATABASE_URL names, imported alone: a SQLite process never loads Mongoose
 * (about 0.2 s of every command's start), a MongoDB one never loads libsql and Drizzle.
 */
const databaseAdapter = async () =>
  isMongo(config.DATABASE_URL)
    ? (await import('@payloadcms/db-mongodb')).mongooseAdapter({ url: config.DATABASE_URL })
    : (await import('@payloadcms/db-sqlite')).sqliteAdapter({
        client: { url: sqliteUrl(config.DATABASE_URL) },
        idType: 'uuid',
        // The schema comes from the committed migrations in every mode, never from a dev push.
        push: false,
        migrationDir: path.resolve(dirname, 'src/migrations'),
        prodMigrations: migrations,
        wal: true,
        busyTimeout: sqliteBusyTimeoutMs,
        // Every write runs in a transaction (an approval commits whole or not at all);
        // src/db/sqlite.ts (installSqliteWriteLock) keeps them safe within one process.
        transactionOptions: { behavior: 'immediate' },
      })

export default buildConfig({
  serverURL: config.PUBLIC_URL,
  secret: config.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    // No Gravatar: the admin sends nothing about its users to a third party.
    avatar: 'default',
    meta: { titleSuffix: ' – provider-desk' },
    // "07.12.2026, 14:05" in lists and document headers (src/i18n/dates.ts).
    dateFormat: adminDateFormat,
    importMap: { baseDir: path.resolve(dirname) },
    components: {
      // "Veröffentlichen": preview, export, history (docs/decisions/0005-publishing.md).
      views: {
        publish: {
          Component: '/src/admin/publish/PublishView#PublishView',
          path: '/veroeffentlichen',
          exact: true,
        },
      },
      afterNavLinks: ['/src/admin/publish/PublishNavLink#PublishNavLink'],
      // "Meine Arbeit": what waits for this person, first on the dashboard (src/admin/Inbox.tsx).
      beforeDashboard: ['/src/admin/Inbox#Inbox'],
      // The mark, the name and one line what this is (src/admin/Branding.tsx).
      graphics: {
        Icon: '/src/admin/Branding#Icon',
        Logo: '/src/admin/Branding#Logo',
      },
      beforeLogin: ['/src/admin/Branding#BeforeLogin'],
      // The account's language is the admin's language (one setting, not two).
      providers: ['/src/admin/AccountLanguage#AccountLanguage'],
    },
  },
  i18n: {
    supportedLanguages: { de, en },
    fallbackLanguage: 'de',
    translations: payloadTranslations,
  },
  collections: [
    Providers,
    Sources,
    Snapshots,
    SourceChanges,
    Reviews,
    Reminders,
    Notices,
    Exports,
    Users,
  ]
    .map(withInputChecks)
    // JSON fields as text: Payload's editor for them loads Monaco from a CDN (src/admin/JsonView.tsx).
    .map(withJsonView),
  globals: [ReminderSettings],
  jobs: {
    tasks: [
      sendReminders({ cron: config.REMINDER_CRON, queue: 'reminders' }),
      // The source watch runs on its own queue, so a long run never holds up the digest.
      watchSources({ cron: config.WATCH_CRON, queue: 'watch' }),
      // Queued into the 'exports' queue and run at once by POST /api/exports (`queueExport` in src/export/runs.ts).
      exportSiteTask,
      // Queued by each review step that tells someone (src/notices/notices.ts).
      sendNoticesTask(),
      // Queued by "Passwort vergessen" (src/auth/passwordReset.ts), on the notices queue.
      sendPasswordResetTask(),
    ],
    // Only the server runs jobs (src/start.ts sets PROVIDER_DESK_ROLE=server unless told otherwise);
    // CLI processes, tests and a `PROVIDER_DESK_ROLE=web` app instance start no cron. The task's own
    // `schedule` (REMINDER_CRON) queues the daily job; this cron only checks the queue every minute
    // for due jobs (Payload's documented pattern: schedule = when, autoRun = how often to look).
    autoRun: () =>
      config.PROVIDER_DESK_ROLE === 'server'
        ? [
            { cron: '* * * * *', queue: 'reminders' },
            { cron: '* * * * *', queue: 'watch' },
            // Notices are mailed within a minute of the step (their quiet period, then this look).
            { cron: '*/10 * * * * *', queue: noticeQueue },
          ]
        : [],
    shouldAutoRun: () => config.PROVIDER_DESK_ROLE === 'server',
    enableConcurrencyControl: true,
    access: {
      run: ({ req }) => hasRole(req.user, 'admin'),
      queue: ({ req }) => hasRole(req.user, 'admin'),
      cancel: ({ req }) => hasRole(req.user, 'admin'),
    },
  },
  editor: slateEditor({}),
  db: await databaseAdapter(),
  onInit: async (payload) => {
    if (payload.db.name === 'sqlite') {
      await installSqliteWriteLock({
        payload,
        busyTimeoutMs: sqliteBusyTimeoutMs,
        synchronous: 'FULL',
      })
    }
  },
  email: nodemailerAdapter({
    defaultFromAddress: config.MAIL_FROM.match(/<([^>]+)>/)?.[1] ?? config.MAIL_FROM,
    defaultFromName: config.MAIL_FROM.match(/^([^<]+)</)?.[1]?.trim() ?? 'provider-desk',
    transport: mailTransport(config),
    skipVerify: true,
  }),
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    // `npm run generate:types` writes the types (scripts/checkGenerated.ts checks them). Left on,
    // Payload spawns a generator process at every start outside production: every CLI command paid.
    autoGenerate: false,
  },
  graphQL: {
    queries: accessQuery,
    schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql'),
  },
  // Logs go to stderr, so a command's stdout holds only its result (`--json`).
  logger: {
    options: { level: config.LOG_LEVEL },
    destination: pinoPretty({
      destination: 2,
      colorize: process.stderr.isTTY,
      ignore: 'pid,hostname',
      translateTime: 'SYS:HH:MM:ss',
      sync: true,
    }),
  },
  telemetry: false,
})
