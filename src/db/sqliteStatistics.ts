import { sql } from '@payloadcms/db-sqlite'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/**
 * SQLite's planner statistics (`sqlite_stat1`). Without them SQLite picks the first
 * equality index it finds (`latest = 1`, `_status = 'published'`), which matches every
 * provider; the composite indexes of migration 20261201_143833 make the hot plans right
 * either way, and the statistics keep the other plans right as the data grows. These
 * pragmas are the only raw SQL outside the migrations; everything else goes through
 * Payload's API.
 */

/** Rows SQLite samples per index: enough for the planner, bounded on a large database. */
const analysisLimit = 1000

/** How often the server refreshes the statistics (SQLite's advice: every few hours). */
export const optimizeEveryMs = 4 * 60 * 60 * 1000

const drizzleOf = (payload: Payload) => (payload.db as unknown as SQLiteAdapter).drizzle

/** Gathers the statistics anew (after migrations and bulk imports). SQLite only. */
export const analyzeSqlite = async ({ payload }: { payload: Payload }): Promise<void> => {
  if (payload.db.name !== 'sqlite') return
  const drizzle = drizzleOf(payload)
  await drizzle.run(sql.raw(`PRAGMA analysis_limit = ${analysisLimit};`))
  await drizzle.run(sql`ANALYZE;`)
}

/**
 * Runs `PRAGMA optimize` every `everyMs` in the server process, which re-analyzes only
 * the tables whose statistics went stale. The timer does not keep the process alive.
 */
export const startSqliteOptimizer = ({
  payload,
  everyMs = optimizeEveryMs,
}: {
  payload: Payload
  everyMs?: number
}): NodeJS.Timeout | null => {
  if (payload.db.name !== 'sqlite') return null
  const timer = setInterval(() => {
    drizzleOf(payload)
      .run(sql`PRAGMA optimize;`)
      .catch((err: unknown) => {
        payload.logger.error({ msg: 'PRAGMA optimize failed', err })
      })
  }, everyMs)
  timer.unref()
  return timer
}
