import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { benchNow, benchPage } from '../helpers/benchPage'
import { seedProviders } from '../helpers/seedProviders'
import { analyzeSqlite } from '../../src/db/sqlite'
import { listPublished, renderPublished } from '../../src/export/published'
import { importApproved } from '../helpers/approvePages'
import { loadCandidates } from '../../src/reminders/loadCandidates'
import type { TestEnv } from '../helpers/testEnv'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'

/**
 * The hot queries' SQLite plans, as Payload sends them, on a few hundred providers
 * after ANALYZE: each reads the providers through an index and never sorts all of them.
 * EXPLAIN QUERY PLAN is raw SQL, here only; the queries themselves are the Local API's.
 */

type Statement = { sql: string; args: unknown[] }
type PlanRow = { id: number; parent: number; detail: string }
type Client = { execute: (statement: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

const providerCount = 300
/** The main table of a statement that reads providers or their latest versions. */
const providerTable = /^select .*? from "(providers|_providers_v)"/is

let payload: Payload
let testEnv: TestEnv

const clientOf = (): Client => (payload.db as unknown as { client: Client }).client

/** The SQL statements on the provider tables that `run` sends through the adapter. */
const statementsOf = async (run: () => Promise<unknown>): Promise<Statement[]> => {
  const client = clientOf()
  const original = client.execute
  const seen: Statement[] = []
  client.execute = (statement: unknown) => {
    if (typeof statement === 'object' && statement !== null && 'sql' in statement) {
      seen.push(statement as Statement)
    }
    return original.call(client, statement)
  }
  try {
    await run()
  } finally {
    client.execute = original
  }
  return seen.filter((statement) => providerTable.test(statement.sql))
}

const planOf = async (statement: Statement): Promise<PlanRow[]> => {
  const { rows } = await clientOf().execute({
    sql: `EXPLAIN QUERY PLAN ${statement.sql}`,
    args: statement.args,
  })
  return rows.map((row) => ({
    id: Number(row.id),
    parent: Number(row.parent),
    detail: String(row.detail),
  }))
}

/**
 * What is wrong with a plan: a table read from end to end (a `SCAN` of anything but a
 * subquery's own result), or a sort of all the rows found (`USE TEMP B-TREE FOR ORDER
 * BY`; sorting only the rows after the first sort column, `RIGHT PART`, is fine). A query
 * whose matches are bounded by its arguments (a batch of ids) may sort them.
 */
const problemsOf = (plan: PlanRow[], { isBounded }: { isBounded: boolean }): string[] => {
  // A subquery's result is scanned beside it (same parent); its table is read inside it.
  const isSubqueryResult = (row: PlanRow, name: string) =>
    plan.some((other) => other.parent === row.parent && other.detail === `CO-ROUTINE ${name}`)
  return plan
    .filter((row) => {
      const scanned = row.detail.match(/^SCAN (\S+)$/)?.[1] ?? row.detail.match(/^SCAN (\S+) /)?.[1]
      if (scanned) return !(row.detail === `SCAN ${scanned}` && isSubqueryResult(row, scanned))
      if (row.detail !== 'USE TEMP B-TREE FOR ORDER BY') return false
      return !(isBounded && row.parent === 0)
    })
    .map((row) => row.detail)
}

const expectIndexedPlans = async ({
  run,
  isBounded = false,
}: {
  run: () => Promise<unknown>
  isBounded?: boolean
}) => {
  const statements = await statementsOf(run)
  expect(statements.length).toBeGreaterThan(0)
  for (const statement of statements) {
    const plan = await planOf(statement)
    expect({ sql: statement.sql, problems: problemsOf(plan, { isBounded }) }).toEqual({
      sql: statement.sql,
      problems: [],
    })
    expect(plan.some((row) => /^SEARCH \S+ USING (COVERING )?INDEX/.test(row.detail))).toBe(true)
  }
}

beforeAll(async () => {
  ;({ payload, testEnv } = await openTestPayload('query-plans'))
  const pagesDir = path.join(testEnv.dir, 'pages')
  mkdirSync(pagesDir, { recursive: true })
  // The bench's seeding: 8 pages through the importer, the rest copied from them.
  for (let index = 0; index < 8; index += 1) {
    writeFileSync(path.join(pagesDir, `bench-${index}.md`), benchPage({ index, isStale: false }))
  }
  const report = await importApproved({ payload, paths: [pagesDir] })
  expect(report).toMatchObject({ imported: 8, failed: 0 })
  await seedProviders({
    payload,
    total: providerCount,
    staleEvery: 100,
    workDir: testEnv.dir,
    onProgress: () => {},
  })
  await analyzeSqlite({ payload })
})

afterAll(async () => {
  await closeTestPayload({ payload, testEnv })
})

describe('query plans of the hot queries (SQLite)', () => {
  it('reads the first page of the public list through an index, without sorting every provider', async () => {
    await expectIndexedPlans({
      run: () =>
        payload.find({
          collection: 'providers',
          where: { _status: { equals: 'published' } },
          limit: 20,
          sort: '-createdAt',
        }),
    })
  })

  it('reads the admin list of latest versions through an index, without sorting every version', async () => {
    await expectIndexedPlans({
      run: () =>
        payload.find({ collection: 'providers', draft: true, limit: 10, sort: '-updatedAt' }),
    })
  })

  it('finds a latest version by slug through an index', async () => {
    await expectIndexedPlans({
      run: () =>
        payload.find({
          collection: 'providers',
          draft: true,
          where: { slug: { equals: 'bench-17' } },
          limit: 1,
          pagination: false,
          depth: 0,
        }),
    })
  })

  it('reads only the staleness candidates through an index', async () => {
    const candidates = await loadCandidates({ payload, now: benchNow })
    expect(candidates.length).toBeLessThan(providerCount / 10)
    await expectIndexedPlans({ run: () => loadCandidates({ payload, now: benchNow }) })
  })

  it('lists the published providers for the export through an index', async () => {
    await expectIndexedPlans({ run: () => listPublished(payload) })
  })

  it('reads an export batch by id and its rows by parent through indexes', async () => {
    const published = await listPublished(payload)
    // A batch is small beside the whole (200 of 10,000 in production; 20 of 300 here).
    const ids = published.slice(0, 20).map((ref) => ref.id)
    await expectIndexedPlans({
      run: () => renderPublished({ payload, ids }),
      isBounded: true,
    })
  })
})
