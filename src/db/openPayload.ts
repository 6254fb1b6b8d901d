import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Migration, Payload } from 'payload'
import { getPayload } from 'payload'

import { env } from '../env'
import { migrations } from '../migrations'
import { DatabaseUnavailableError } from './errors'
import { analyzeSqlite } from './sqlite'

const describe = (err: unknown): string => {
  if (!(err instanceof Error)) return String(err)
  const inner = err.cause instanceof Error ? `: ${err.cause.message}` : ''
  return err.message.replace(/^Error: /, '') + inner
}

/**
 * The folder of a SQLite file must exist: the default data folder is created, any
 * other is not, so a missing volume is reported instead of replaced by an empty database.
 */
const checkSqliteFolder = ({ databaseUrl, dataDir }: { databaseUrl: string; dataDir: string }) => {
  if (!databaseUrl.startsWith('file:')) return
  const folder = path.dirname(path.resolve(databaseUrl.slice('file:'.length)))
  if (folder === path.resolve(dataDir)) mkdirSync(folder, { recursive: true })
  if (!existsSync(folder)) {
    throw new DatabaseUnavailableError({
      databaseUrl,
      reason: `the folder ${folder} does not exist. Create it, or point DATABASE_URL at an existing folder.`,
    })
  }
}

let opened: Promise<Payload> | undefined

/**
 * The process's Payload instance, with the committed SQLite migrations applied
 * (they are the schema in every mode; nothing is pushed); MongoDB gets their data
 * steps (`mongoMigrations`).
 * The config is imported here, not at module load, so a bad environment surfaces
 * as an error the caller can report.
 */
export const openPayload = (): Promise<Payload> => {
  opened ??= (async () => {
    const settings = env()
    checkSqliteFolder({ databaseUrl: settings.DATABASE_URL, dataDir: settings.DATA_DIR })
    const { default: config } = await import('../../payload.config')
    try {
      // Only the server process starts the job crons (jobs.autoRun); CLI runs and tests never do.
      const payload = await getPayload({
        config: await config,
        cron: settings.PROVIDER_DESK_ROLE === 'server',
      })
      if (payload.db.name === 'sqlite') {
        let hasMigrated = false
        const noted = (migrations as unknown as Migration[]).map((migration) => ({
          ...migration,
          up: async (args: Parameters<Migration['up']>[0]) => {
            hasMigrated = true
            await migration.up(args)
          },
        }))
        // The generated list types its functions per adapter; the adapter takes the general shape.
        await payload.db.migrate({ migrations: noted })
        // New tables or indexes: the planner's statistics are gathered anew.
        if (hasMigrated) await analyzeSqlite({ payload })
      } else {
        const { mongoMigrations } = await import('./mongoMigrations')
        await payload.db.migrate({ migrations: mongoMigrations })
      }
      return payload
    } catch (err) {
      throw new DatabaseUnavailableError({
        databaseUrl: settings.DATABASE_URL,
        reason: describe(err),
      })
    }
  })().catch((err: unknown) => {
    opened = undefined
    throw err
  })
  return opened
}
