import { DeskError } from '../errors'

/** The database cannot be opened: a configuration problem (exit 2) the message says how to fix, or a lock that may pass. */
export class DatabaseUnavailableError extends DeskError {
  declare readonly code: 'db.unavailable'
  constructor({ databaseUrl, reason }: { databaseUrl: string; reason: string }) {
    super({
      code: 'db.unavailable',
      status: 503,
      isExpected: true,
      isUsage: true,
      message:
        `Cannot open the database ${databaseUrl}: ${reason}\n` +
        'Check DATABASE_URL: for SQLite the folder must exist and be writable, and no other program may hold an exclusive lock on the file; for MongoDB the server must be reachable.',
    })
  }
}

/** A write waited too long for another transaction in this process; trying again may succeed. */
export class WriteLockTimeoutError extends DeskError {
  declare readonly code: 'db.write-lock-timeout'
  constructor(message: string) {
    super({
      code: 'db.write-lock-timeout',
      status: 503,
      isExpected: true,
      isUsage: true,
      message,
    })
  }
}
