/**
 * The one place that patches libsql: `lockLibsqlWrites` replaces `execute`, `batch`,
 * `transaction` and `close` on a client of `@libsql/client` 0.14.0 (package.json pins
 * it exactly). The shapes below are what this code relies on of that version;
 * tests/unit/db/libsqlWriteLock.test.ts checks them and the behaviour on a real client, and
 * fails on another version: read the new client's `transaction()` before moving the pin.
 */
import { createClient } from '@libsql/client'
import type { Config as LibsqlConfig } from '@libsql/client'

import { WriteLockTimeoutError } from './errors'

/** The version of `@libsql/client` whose client this module patches. */
export const patchedLibsqlVersion = '0.14.0'

/**
 * Makes Payload's SQLite transactions safe inside one process.
 *
 * With `transactionOptions` set, every write operation runs in a libsql transaction
 * (an approval's publish, version and review record commit together or not at all).
 * libsql's own `transaction()` gives its current connection to the transaction and
 * opens a fresh one for everything else: every transaction costs a new connection
 * (schema read, no busy timeout) and leaves the old one for the garbage collector to
 * close, about a fifth of an import's time. And libsql waits for SQLite's write lock
 * synchronously: a second write in the same process while a transaction is open would
 * block the whole event loop.
 *
 * So, on the adapter's client: transactions run on one second connection of their own,
 * opened once with the busy timeout and synchronous setting; one write transaction at a
 * time (the next waits asynchronously); plain write statements wait while one is open.
 * Reads on the main connection see only committed data, as before. Other processes (the
 * CLI) still meet SQLite's own lock and wait up to the busy timeout.
 */

type Statement = string | { sql: string }
type LibsqlTransaction = {
  execute: (statement: Statement, ...rest: unknown[]) => Promise<unknown>
  batch: (statements: Statement[]) => Promise<unknown[]>
  executeMultiple: (sql: string) => Promise<void>
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
  readonly closed: boolean
}
export type LibsqlClient = {
  execute: (statement: Statement, ...rest: unknown[]) => Promise<unknown>
  batch: (statements: Statement[], ...rest: unknown[]) => Promise<unknown>
  executeMultiple: (sql: string) => Promise<void>
  transaction: (mode?: string) => Promise<LibsqlTransaction>
  close: () => void
}

const beginOf: Record<string, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

/** How long a write waits for another one's transaction before it is refused. */
const lockWaitMs = 30_000

const writePattern =
  /^\s*(insert|update|delete|replace|create|drop|alter|analyze|pragma\s+optimize)\b/i
const sqlOf = (statement: Statement): string =>
  typeof statement === 'string' ? statement : statement.sql

export const lockLibsqlWrites = async ({
  client,
  config,
  busyTimeoutMs,
  synchronous,
  currentScope,
}: {
  client: LibsqlClient
  /** The client's own configuration: the transactions' connection opens the same database. */
  config: LibsqlConfig
  busyTimeoutMs: number
  synchronous: string | null
  /** The request a statement belongs to (a write of the transaction's own request is refused). */
  currentScope: () => object | undefined
}): Promise<void> => {
  if ((client as { isWriteLocked?: boolean }).isWriteLocked) return
  const original = {
    execute: client.execute.bind(client),
    batch: client.batch.bind(client),
  }
  // One queue for write transactions: each waits for the one before it to end.
  let queue: Promise<void> = Promise.resolve()
  let isHeld = false
  // The request whose transaction holds the turn, if it was opened inside one.
  let holder: object | undefined

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
        holder = undefined
        resolve()
      }
    })
    const before = queue
    queue = before.then(() => turn)
    await withTimeout(before)
    isHeld = true
    holder = currentScope()
    return release
  }

  /**
   * A plain write waits while a transaction holds SQLite's write lock on another
   * connection. A write of the very request that holds it would wait for itself until the
   * timeout, holding the lock all that time: it is refused at once instead (a bug: the
   * write should pass `req`).
   */
  const waitForTransaction = async (): Promise<void> => {
    if (!isHeld) return
    const scope = currentScope()
    if (scope && scope === holder) {
      throw new WriteLockTimeoutError(
        "A database write outside the request's own open transaction would wait for that transaction: refused. A hook or operation writes without passing `req`.",
      )
    }
    await withTimeout(queue)
  }

  const prepareConnection = async (connection: Pick<LibsqlClient, 'execute'>) => {
    await connection.execute(`PRAGMA busy_timeout = ${busyTimeoutMs};`)
    if (synchronous) await connection.execute(`PRAGMA synchronous = ${synchronous};`)
  }

  // The transactions' own connection, opened on first use and kept.
  let transactionConnection: Promise<LibsqlClient> | null = null
  const connectionForTransactions = (): Promise<LibsqlClient> => {
    transactionConnection ??= (async () => {
      const connection = createClient(config) as unknown as LibsqlClient
      await prepareConnection(connection)
      return connection
    })()
    return transactionConnection
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
  client.transaction = async (mode = 'write') => {
    const release = await acquire()
    let isOpen = false
    const end = () => {
      if (!isOpen) return
      isOpen = false
      release()
    }
    try {
      const connection = await connectionForTransactions()
      await connection.execute(beginOf[mode] ?? beginOf.write!)
      isOpen = true
      const whileOpen = <T>(step: () => Promise<T>): Promise<T> => {
        if (!isOpen) throw new Error('The transaction is closed')
        return step()
      }
      const rollback = async () => {
        if (!isOpen) return
        try {
          await connection.execute('ROLLBACK')
        } finally {
          end()
        }
      }
      return {
        execute: (statement, ...rest) => whileOpen(() => connection.execute(statement, ...rest)),
        batch: (statements) =>
          whileOpen(async () => {
            const results: unknown[] = []
            for (const statement of statements) results.push(await connection.execute(statement))
            return results
          }),
        executeMultiple: (sql) => whileOpen(() => connection.executeMultiple(sql)),
        commit: async () => {
          if (!isOpen) throw new Error('The transaction is closed')
          try {
            await connection.execute('COMMIT')
          } catch (err) {
            // A failed COMMIT leaves the transaction open on the connection: end it.
            await connection.execute('ROLLBACK').catch(() => undefined)
            end()
            throw err
          }
          end()
        },
        rollback,
        close: () => void rollback().catch(() => undefined),
        get closed() {
          return !isOpen
        },
      }
    } catch (err) {
      // The connection could not be opened or BEGIN failed: no transaction holds the turn.
      release()
      throw err
    }
  }
  // Closing the adapter's client (payload.db.destroy) closes the transactions' connection too.
  const closeClient = client.close.bind(client)
  client.close = () => {
    closeClient()
    void transactionConnection?.then((connection) => connection.close())
    transactionConnection = null
  }
  ;(client as { isWriteLocked?: boolean }).isWriteLocked = true
  await prepareConnection(original)
}
