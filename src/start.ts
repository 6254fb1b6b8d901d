/**
 * `npm start`: build the admin if needed, open (create, migrate) the database,
 * seed the demo content into an empty one, and serve on PORT.
 */
process.env.PROVIDER_DESK_ROLE ??= 'server' // runs jobs.autoRun; PROVIDER_DESK_ROLE=web starts an app-only instance
Object.assign(process.env, { NODE_ENV: 'production' })
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
// Payload's server-rendered admin formats a few dates without a time zone (the version view's
// title, its breadcrumb): they read as the team's wall clock, as every other date does. A `TZ` of
// the host's own stands (messages name the same zone, src/i18n/dates.ts).
process.env.TZ ??= 'Europe/Berlin'

const fail = (message: string, exitCode: number): never => {
  process.stderr.write(`provider-desk: ${message}\n`)
  process.exit(exitCode)
}

const start = async (): Promise<void> => {
  const { loadDotEnv } = await import('./loadDotEnv')
  loadDotEnv()
  const { env, EnvError } = await import('./env')
  let settings
  try {
    settings = env()
  } catch (err) {
    if (err instanceof EnvError) return fail(err.message, 2)
    throw err
  }
  if (settings.isSecretNew) {
    process.stderr.write(
      `No PAYLOAD_SECRET set: created a random one in ${settings.DATA_DIR}/.secret (mode 600); it is reused from now on.\n`,
    )
  }
  const { ensureBuild } = await import('./build')
  await ensureBuild()

  const { openPayload } = await import('./db/openPayload')
  let payload
  try {
    payload = await openPayload()
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err), 2)
  }
  const { startSqliteOptimizer } = await import('./db/sqlite')
  startSqliteOptimizer({ payload })

  if (settings.SEED_DEMO) {
    const { seedDemoIfEmpty } = await import('../seed/seedDemo')
    const seeded = await seedDemoIfEmpty(payload)
    if (seeded)
      payload.logger.info(
        `Seeded the demo content: ${seeded.join(', ')} (set SEED_DEMO=false to skip).`,
      )
  }

  const { findUnrecordedPublications } = await import('./workflow/reviewLog')
  for (const entry of await findUnrecordedPublications(payload)) {
    payload.logger.error(
      `Provider "${entry.slug}": its published version ${entry.versionId} has no approval record. It reached the site without a recorded approval; review and approve it again (provider-desk lint lists all).`,
    )
  }

  const { default: next } = await import('next')
  const path = await import('node:path')
  const { fileURLToPath } = await import('node:url')
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const nextApp = next({ dev: false, dir: root, port: settings.PORT })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  const { createApp, listen } = await import('./server')
  const app = createApp({
    payload,
    nextHandler: (req, res) => handle(req, res),
    publicUrl: settings.PUBLIC_URL,
  })
  let server
  try {
    server = await listen(app, settings.PORT)
  } catch (err) {
    const code = (err as { code?: string }).code
    if (code === 'EADDRINUSE') {
      return fail(
        `port ${settings.PORT} is in use. Stop the other server or set PORT to a free port.`,
        2,
      )
    }
    throw err
  }
  const userCount = await payload.count({ collection: 'users' })
  process.stderr.write(
    `\nprovider-desk is serving on http://localhost:${settings.PORT} (admin: ${settings.PUBLIC_URL}/admin)\n` +
      (userCount.totalDocs === 0
        ? 'No users yet. Create the first admin with:\n' +
          '  PROVIDER_DESK_PASSWORD=… npx provider-desk user add --email you@example.org --role admin\n'
        : ''),
  )
  // A machine-readable line for scripts and tests that start the server.
  process.stdout.write(JSON.stringify({ event: 'listening', port: settings.PORT }) + '\n')

  const shutdown = (signal: string) => {
    payload.logger.info(`${signal}: shutting down`)
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 5_000).unref()
  }
  process.once('SIGINT', () => shutdown('SIGINT'))
  process.once('SIGTERM', () => shutdown('SIGTERM'))
}

start().catch((err: unknown) => {
  process.stderr.write(
    `provider-desk: failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  )
  process.exit(1)
})
