import { sql } from '@payloadcms/db-sqlite'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/**
 * BENCH ONLY, raw SQL: runs `work` between BEGIN and COMMIT on the adapter's one
 * libSQL connection. The SQLite adapter runs without transactions here (no
 * `transactionOptions`), so seeding 10,000 providers would otherwise pay one WAL
 * fsync per row. Only safe in a process that does nothing else meanwhile.
 */
export const rawTransaction = async ({
  payload,
  work,
}: {
  payload: Payload
  work: () => Promise<void>
}): Promise<void> => {
  const { drizzle } = payload.db as unknown as SQLiteAdapter
  await drizzle.run(sql`BEGIN IMMEDIATE`)
  try {
    await work()
  } catch (err) {
    await drizzle.run(sql`ROLLBACK`)
    throw err
  }
  await drizzle.run(sql`COMMIT`)
}
