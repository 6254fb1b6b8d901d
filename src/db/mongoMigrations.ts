import type { MigrateUpArgs } from '@payloadcms/db-mongodb'
import type { Migration } from 'payload'

import { withdrawUnapprovedPublications } from './frozen/withdrawUnapprovedPublications'

/**
 * MongoDB's migrations: the data steps of src/migrations that a schemaless store needs too
 * (its schema needs none). `openPayload` runs them through the adapter's `migrate`, which
 * records each in `payload-migrations` and runs it once, as on SQLite.
 */
const steps = [
  {
    // The data half of 20261207_034912_team_week (docs/decisions/0012): pages an earlier
    // importer published take no place on the site until a second person approves them.
    name: 'mongo_20261207_034912_team_week',
    up: async ({ payload, req }: MigrateUpArgs) => {
      await withdrawUnapprovedPublications({ payload, req })
    },
    // Going back would publish unreviewed pages again: nothing to undo.
    down: async () => {},
  },
]

/** Payload types a migration's arguments per adapter; `migrate` takes the general shape. */
export const mongoMigrations = steps as unknown as Migration[]
