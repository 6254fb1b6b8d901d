import { sql } from '@payloadcms/db-sqlite'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { closedFactValues } from './frozen/closedSetFacts'

/**
 * The data half of migration `20261201_190115_closed_set_facts` (SQLite): the closed-set
 * facts became selects. A stored value that is one of the site's values stays; any
 * other goes, as it was, to the kept page value (`keptFactValues`), and the select is
 * left empty, so export prints the same bytes and lint reports `field.unknown-value`.
 * An empty text becomes no value. The provider rows and every version are moved.
 * Kept out of the migrations folder so Payload does not take it for a migration; frozen
 * like the migration (the sets come from `frozen/closedSetFacts.ts`, not the live table).
 * Both directions are idempotent: a second run finds nothing left to move.
 */
type Db = MigrateUpArgs['db']

const tables = [
  { table: 'providers', prefix: '' },
  { table: '_providers_v', prefix: 'version_' },
] as const

export const keepUnknownFactValues = async (db: Db): Promise<void> => {
  for (const { table, prefix } of tables) {
    for (const [key, options] of Object.entries(closedFactValues)) {
      const column = sql.identifier(`${prefix}${key}`)
      const kept = sql.identifier(`${prefix}kept_fact_values_${key}`)
      const values = sql.join(
        options.map((value) => sql`${value}`),
        sql`, `,
      )
      await db.run(
        sql`UPDATE ${sql.identifier(table)} SET ${kept} = ${column}, ${column} = NULL
            WHERE ${column} IS NOT NULL AND ${column} <> '' AND ${column} NOT IN (${values})`,
      )
      await db.run(sql`UPDATE ${sql.identifier(table)} SET ${column} = NULL WHERE ${column} = ''`)
    }
  }
}

/** Back to text fields: a kept page value returns to its field (before its column is dropped). */
export const restoreUnknownFactValues = async (db: MigrateDownArgs['db']): Promise<void> => {
  for (const { table, prefix } of tables) {
    for (const key of Object.keys(closedFactValues)) {
      const column = sql.identifier(`${prefix}${key}`)
      const kept = sql.identifier(`${prefix}kept_fact_values_${key}`)
      await db.run(
        sql`UPDATE ${sql.identifier(table)} SET ${column} = ${kept} WHERE ${kept} IS NOT NULL AND ${kept} <> ''`,
      )
    }
  }
}
