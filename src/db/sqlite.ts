/**
 * What the embedded SQLite database needs beyond Payload's adapter: one write
 * transaction at a time on a connection of its own (`installSqliteWriteLock`), and the
 * planner's statistics (`analyzeSqlite`, `startSqliteOptimizer`). MongoDB needs neither.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import type { Config as LibsqlConfig } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { LibsqlClient } from './libsqlWriteLock'
import { lockLibsqlWrites } from './libsqlWriteLock'

// --- Transactions: one writer at a time

/**
 * The request a statement belongs to: the server runs each HTTP request in a scope of its
 * own (src/server.ts). Kept on `globalThis` because the admin's bundle and the server load
 * this module separately.
 */
const scopeKey = Symbol.for('provider-desk.requestScope')
export const requestScope: AsyncLocalStorage<object> = ((
  globalThis as { [scopeKey]?: AsyncLocalStorage<object> }
)[scopeKey] ??= new AsyncLocalStorage<object>())

/**
 * Makes Payload's SQLite transactions safe inside one process: the adapter's libsql client
 * gets one write transaction at a time on a connection of its own (`lockLibsqlWrites`,
 * src/db/libsqlWriteLock.ts, the one module that patches libsql). A write of the request
 * that holds the open transaction is refused instead of waiting for itself.
 */
export const installSqliteWriteLock = async ({
  payload,
  busyTimeoutMs,
  synchronous,
}: {
  payload: Payload
  busyTimeoutMs: number
  synchronous: string | null
}): Promise<void> => {
  const { client, clientConfig } = payload.db as unknown as {
    client?: LibsqlClient
    clientConfig: LibsqlConfig
  }
  if (!client) return
  await lockLibsqlWrites({
    client,
    config: clientConfig,
    busyTimeoutMs,
    synchronous,
    currentScope: () => requestScope.getStore(),
  })
}

// --- Planner statistics

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
const optimizeEveryMs = 4 * 60 * 60 * 1000

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
