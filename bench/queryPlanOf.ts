import type { Payload } from 'payload'

type Statement = { sql: string; args: unknown[] }
type Client = { execute: (statement: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * BENCH ONLY, raw SQL: records the SQL statements `run` sends through the SQLite
 * adapter's libSQL client, then asks SQLite for the plan of the first one that
 * contains `needle` (`EXPLAIN QUERY PLAN`). Shows which index the Local API's query uses.
 */
export const queryPlanOf = async ({
  payload,
  needle,
  run,
}: {
  payload: Payload
  /** A piece of the SQL that picks the statement to explain. */
  needle: string
  run: () => Promise<unknown>
}): Promise<{ sql: string; plan: string[] }> => {
  const client = (payload.db as unknown as { client: Client }).client
  const original = client.execute.bind(client)
  const seen: Statement[] = []
  client.execute = (statement: unknown) => {
    if (typeof statement === 'object' && statement !== null && 'sql' in statement) {
      seen.push(statement as Statement)
    }
    return original(statement)
  }
  try {
    await run()
  } finally {
    client.execute = original
  }
  const query = seen.find((statement) => statement.sql.includes(needle))
  if (!query) throw new Error(`no statement with ${needle} among ${seen.length} statements`)
  const { rows } = await original({ sql: `EXPLAIN QUERY PLAN ${query.sql}`, args: query.args })
  return { sql: query.sql, plan: rows.map((row) => String(row.detail)) }
}
