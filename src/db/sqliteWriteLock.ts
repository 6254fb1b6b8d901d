import type { Payload } from 'payload'

import { WriteLockTimeoutError } from './errors'

/**
 * Makes Payload's SQLite transactions safe inside one process.
 *
 * With `transactionOptions` set, every write operation runs in a libsql transaction
 * (an approval's publish, version and review record commit together or not at all).
 * libsql begins each transaction on its current connection and opens a fresh one for
 * everything else, and it waits for SQLite's write lock synchronously: a second write
 * in the same process while a transaction is open would block the whole event loop
 * (or fail with SQLITE_BUSY on the fresh connection, which has no busy timeout).
 *
 * So, on the adapter's client: one write transaction at a time (the next waits
 * asynchronously), plain write statements wait while one is open, and every fresh
 * connection gets the busy timeout and synchronous setting again (other processes —
 * the CLI — still meet SQLite's own lock and wait up to the busy timeout).
 */

type Statement = string | { sql: string }
type LibsqlTransaction = {
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
}
type LibsqlClient = {
  execute: (statement: Statement, ...rest: unknown[]) => Promise<unknown>
  batch: (statements: Statement[], ...rest: unknown[]) => Promise<unknown>
  transaction: (...args: unknown[]) => Promise<LibsqlTransaction>
}

/** How long a write waits for another one's transaction before it is refused. */
const lockWaitMs = 30_000

const writePattern =
  /^\s*(insert|update|delete|replace|create|drop|alter|analyze|pragma\s+optimize)\b/i
const sqlOf = (statement: Statement): string =>
  typeof statement === 'string' ? statement : statement.sql

export const installSqliteWriteLock = ({
  payload,
  busyTimeoutMs,
  synchronous,
}: {
  payload: Payload
  busyTimeoutMs: number
  synchronous: string | null
}): void => {
  const client = (payload.db as unknown as { client?: LibsqlClient }).client
  if (!client || (client as { isWriteLocked?: boolean }).isWriteLocked) return
  const original = {
    execute: client.execute.bind(client),
    batch: client.batch.bind(client),
    transaction: client.transaction.bind(client),
  }
  // One queue for write transactions: each waits for the one before it to end.
  let queue: Promise<void> = Promise.resolve()
  let isHeld = false

  const withTimeout = async (waiting: Promise<void>): Promise<void> => {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), lockWaitMs)
    })
    const outcome = await Promise.race([waiting.then(() => 'free' as const), timeout])
    clearTimeout(timer)
    if (outcome === 'timeout') {
      throw new WriteLockTimeoutError(
        `A database write waited ${lockWaitMs / 1000} s for another transaction to finish. Try again; if it keeps happening, a hook writes without passing \`req\`.`,
      )
    }
  }

  /** Takes the next turn in the queue; resolves with its release once every earlier turn ended. */
  const acquire = async (): Promise<() => void> => {
    let release!: () => void
    const turn = new Promise<void>((resolve) => {
      release = () => {
        isHeld = false
        resolve()
      }
    })
    const before = queue
    queue = before.then(() => turn)
    await withTimeout(before)
    isHeld = true
    return release
  }

  /** A plain write waits while a transaction holds SQLite's write lock on another connection. */
  const waitForTransaction = async (): Promise<void> => {
    if (isHeld) await withTimeout(queue)
  }

  const prepareConnection = async () => {
    await original.execute(`PRAGMA busy_timeout = ${busyTimeoutMs};`)
    if (synchronous) await original.execute(`PRAGMA synchronous = ${synchronous};`)
  }

  client.execute = async (statement, ...rest) => {
    if (writePattern.test(sqlOf(statement))) await waitForTransaction()
    return original.execute(statement, ...rest)
  }
  client.batch = async (statements, ...rest) => {
    if (statements.some((statement) => writePattern.test(sqlOf(statement))))
      await waitForTransaction()
    return original.batch(statements, ...rest)
  }
  client.transaction = async (...args) => {
    const release = await acquire()
    try {
      const transaction = await original.transaction(...args)
      // libsql hands this connection to the transaction and opens a fresh one for the rest.
      await prepareConnection()
      const end =
        <T>(step: () => Promise<T>) =>
        async (): Promise<T> => {
          try {
            return await step()
          } finally {
            transaction.close()
            release()
          }
        }
      transaction.commit = end(transaction.commit.bind(transaction))
      transaction.rollback = end(transaction.rollback.bind(transaction))
      return transaction
    } catch (err) {
      release()
      throw err
    }
  }
  ;(client as { isWriteLocked?: boolean }).isWriteLocked = true
}
