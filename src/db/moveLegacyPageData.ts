import { randomUUID } from 'node:crypto'
import { sql } from '@payloadcms/db-sqlite'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'

import { factColumns, normalizedUrl, storedLegalLink, storedRow } from './frozen/pageStorage'

/**
 * The data half of migration `20261201_132713_revision_holds_the_page` (SQLite): the
 * page's citations, audits and Datenblatt move into the provider's versioned document.
 * Kept out of the migrations folder so Payload does not take it for a migration; frozen
 * like the migration (what it stores the way it stored it then: `frozen/pageStorage.ts`).
 * Each step is idempotent: run again, it finds its work done and changes nothing.
 *
 * - every row of the old `sources` collection becomes a citation, every `audits` row an
 *   audit entry, in their page order, on the provider (the published row) and on its
 *   latest version and newest published version (older versions predate the move and
 *   keep none: the history before it never held them);
 * - the registry gets one entry per normalized URL a non-rejected entry cites (and per
 *   vendor page that links a third-party document), and the entries point at them;
 * - Datenblatt rows and legal links become rows that follow their field where the
 *   field explains them exactly, verbatim otherwise (as the importer stores them now).
 */

type Db = MigrateUpArgs['db']
type Row = Record<string, unknown>

const all = async (db: Db, query: ReturnType<typeof sql>): Promise<Row[]> =>
  (await db.all(query)) as Row[]

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)

export type LegacyPageData = { sources: Row[]; audits: Row[] }

/** Reads the old collections before the schema drops them. */
export const readLegacyPageData = async (db: Db): Promise<LegacyPageData> => ({
  sources: await all(
    db,
    sql`SELECT * FROM \`sources\` ORDER BY \`provider_id\`, \`position\` IS NULL, \`position\`, \`created_at\``,
  ),
  audits: await all(
    db,
    sql`SELECT * FROM \`audits\` ORDER BY \`provider_id\`, \`position\` IS NULL, \`position\`, \`created_at\``,
  ),
})

const groupBy = (rows: readonly Row[], key: string): Map<string, Row[]> => {
  const groups = new Map<string, Row[]>()
  for (const row of rows) {
    const id = String(row[key])
    groups.set(id, [...(groups.get(id) ?? []), row])
  }
  return groups
}

/** The parents an entry list goes to: the provider row and its latest and newest published versions. */
const versionParentsOf = async (db: Db): Promise<Map<string, string[]>> => {
  const rows = await all(
    db,
    sql`SELECT \`id\`, \`parent_id\` FROM \`_providers_v\` v WHERE \`latest\` = 1
        OR \`id\` = (SELECT p.\`id\` FROM \`_providers_v\` p WHERE p.\`parent_id\` = v.\`parent_id\`
                    AND p.\`version__status\` = 'published' ORDER BY p.\`updated_at\` DESC LIMIT 1)`,
  )
  const parents = new Map<string, string[]>()
  for (const row of rows) {
    const provider = String(row.parent_id)
    parents.set(provider, [...new Set([...(parents.get(provider) ?? []), String(row.id)])])
  }
  return parents
}

/** The parents that hold entries in a table already: a second run leaves their entries be. */
const parentsIn = async (db: Db, table: string): Promise<Set<string>> =>
  new Set(
    (await all(db, sql`SELECT DISTINCT \`_parent_id\` FROM ${sql.identifier(table)}`)).map((row) =>
      String(row._parent_id),
    ),
  )

/** Moves the old sources and audits into the providers (call after the new tables exist). */
export const writeCitationsAndAudits = async ({
  db,
  legacy,
}: {
  db: Db
  legacy: LegacyPageData
}): Promise<void> => {
  const versions = await versionParentsOf(db)
  const sourcesOf = groupBy(legacy.sources, 'provider_id')
  const auditsOf = groupBy(legacy.audits, 'provider_id')
  const providers = new Set([...sourcesOf.keys(), ...auditsOf.keys()])
  const moved = {
    citations: await parentsIn(db, 'providers_citations'),
    versionCitations: await parentsIn(db, '_providers_v_version_citations'),
    audits: await parentsIn(db, 'providers_audits'),
    versionAudits: await parentsIn(db, '_providers_v_version_audits'),
  }
  for (const provider of providers) {
    for (const [order, source] of (sourcesOf.get(provider) ?? []).entries()) {
      const values = [
        source.url,
        source.title,
        source.kind ?? 'other',
        source.linked_from,
        source.verdict,
        source.verdict_reason,
        source.findings,
        source.raw_line,
      ]
      const [url, title, kind, linkedFrom, verdict, reason, findings, rawLine] = values
      if (!moved.citations.has(provider))
        await db.run(
          sql`INSERT INTO \`providers_citations\` (\`_order\`, \`_parent_id\`, \`id\`, \`url\`, \`title\`, \`kind\`, \`linked_from\`, \`verdict\`, \`verdict_reason\`, \`findings\`, \`raw_line\`)
            VALUES (${order + 1}, ${provider}, ${randomUUID()}, ${url}, ${title}, ${kind}, ${linkedFrom}, ${verdict}, ${reason}, ${findings}, ${rawLine})`,
        )
      for (const version of versions.get(provider) ?? []) {
        if (moved.versionCitations.has(version)) continue
        await db.run(
          sql`INSERT INTO \`_providers_v_version_citations\` (\`_order\`, \`_parent_id\`, \`id\`, \`url\`, \`title\`, \`kind\`, \`linked_from\`, \`verdict\`, \`verdict_reason\`, \`findings\`, \`raw_line\`, \`_uuid\`)
              VALUES (${order + 1}, ${version}, ${randomUUID()}, ${url}, ${title}, ${kind}, ${linkedFrom}, ${verdict}, ${reason}, ${findings}, ${rawLine}, ${randomUUID()})`,
        )
      }
    }
    for (const [order, audit] of (auditsOf.get(provider) ?? []).entries()) {
      const period = text(audit.period) ?? (audit.year === null ? null : String(audit.year))
      const values = [
        audit.title,
        audit.report_url,
        audit.auditor,
        period,
        audit.scope,
        audit.summary,
        audit.raw_line,
      ]
      const [title, reportUrl, auditor, auditPeriod, scope, summary, rawLine] = values
      if (!moved.audits.has(provider))
        await db.run(
          sql`INSERT INTO \`providers_audits\` (\`_order\`, \`_parent_id\`, \`id\`, \`title\`, \`report_url\`, \`auditor\`, \`period\`, \`scope\`, \`summary\`, \`raw_line\`)
            VALUES (${order + 1}, ${provider}, ${randomUUID()}, ${title}, ${reportUrl}, ${auditor}, ${auditPeriod}, ${scope}, ${summary}, ${rawLine})`,
        )
      for (const version of versions.get(provider) ?? []) {
        if (moved.versionAudits.has(version)) continue
        await db.run(
          sql`INSERT INTO \`_providers_v_version_audits\` (\`_order\`, \`_parent_id\`, \`id\`, \`title\`, \`report_url\`, \`auditor\`, \`period\`, \`scope\`, \`summary\`, \`raw_line\`, \`_uuid\`)
              VALUES (${order + 1}, ${version}, ${randomUUID()}, ${title}, ${reportUrl}, ${auditor}, ${auditPeriod}, ${scope}, ${summary}, ${rawLine}, ${randomUUID()})`,
        )
      }
    }
  }
}

const entryTables = [
  { table: 'providers_citations', url: 'url' },
  { table: '_providers_v_version_citations', url: 'url' },
  { table: 'providers_audits', url: 'report_url' },
  { table: '_providers_v_version_audits', url: 'report_url' },
] as const

/** Fills the new registry from the moved entries and links each entry to its document (call after `sources` is rebuilt). */
export const fillSourceRegistry = async (db: Db): Promise<void> => {
  const registered = await all(db, sql`SELECT \`id\`, \`url\` FROM \`sources\``)
  const ids = new Map(registered.map((row) => [String(row.url), String(row.id)]))
  const register = async (value: unknown): Promise<string | null> => {
    const url = normalizedUrl(text(value))
    if (!url) return null
    const known = ids.get(url)
    if (known) return known
    const id = randomUUID()
    await db.run(sql`INSERT INTO \`sources\` (\`id\`, \`url\`) VALUES (${id}, ${url})`)
    ids.set(url, id)
    return id
  }
  for (const { table, url } of entryTables) {
    const rows = await all(
      db,
      sql`SELECT \`id\`, ${sql.identifier(url)} AS \`url\`, \`linked_from\`, \`verdict\` FROM ${sql.identifier(table)}`,
    )
    for (const row of rows) {
      if (row.verdict === 'rejected') continue
      if (row.verdict === 'linked') await register(row.linked_from)
      const source = await register(row.url)
      if (source)
        await db.run(
          sql`UPDATE ${sql.identifier(table)} SET \`source_id\` = ${source} WHERE \`id\` = ${row.id}`,
        )
    }
  }
}

const datasheetTables = [
  { rows: 'providers_datasheet', links: 'providers_legal_links', parents: 'providers', prefix: '' },
  {
    rows: '_providers_v_version_datasheet',
    links: '_providers_v_version_legal_links',
    parents: '_providers_v',
    prefix: 'version_',
  },
] as const

/** Rewrites the Datenblatt rows and legal links as field-driven rows (call before `url` is dropped). */
export const convertDatasheets = async (db: Db): Promise<void> => {
  for (const { rows, links, parents, prefix } of datasheetTables) {
    const fieldsById = new Map<string, Record<string, unknown>>()
    for (const parent of await all(db, sql`SELECT * FROM ${sql.identifier(parents)}`)) {
      fieldsById.set(
        String(parent.id),
        Object.fromEntries(
          factColumns.map((column) => [column, parent[`${prefix}${column}`] ?? '']),
        ),
      )
    }
    // A row with its fact is converted; one without is stored as it stood, which converts to itself.
    for (const row of await all(
      db,
      sql`SELECT * FROM ${sql.identifier(rows)} WHERE \`fact\` IS NULL`,
    )) {
      const fields = fieldsById.get(String(row._parent_id)) ?? {}
      const stored = storedRow({
        row: { label: text(row.label) ?? '', value: text(row.value) ?? '' },
        fields,
      })
      await db.run(
        sql`UPDATE ${sql.identifier(rows)} SET \`fact\` = ${stored.fact ?? null}, \`label\` = ${stored.label ?? null},
            \`note\` = ${stored.note ?? null}, \`value\` = ${stored.value ?? null} WHERE \`id\` = ${row.id}`,
      )
    }
    const unconverted = sql`\`field\` IS NULL AND \`text\` IS NULL`
    for (const link of await all(
      db,
      sql`SELECT * FROM ${sql.identifier(links)} WHERE ${unconverted}`,
    )) {
      const fields = fieldsById.get(String(link._parent_id)) ?? {}
      const stored = storedLegalLink({
        link: { label: text(link.label) ?? '', title: text(link.title) ?? '', url: text(link.url) },
        fields,
      })
      await db.run(
        sql`UPDATE ${sql.identifier(links)} SET \`field\` = ${stored.field ?? null}, \`label\` = ${stored.label ?? null},
            \`title\` = ${stored.title ?? null}, \`text\` = ${stored.text ?? null} WHERE \`id\` = ${link.id}`,
      )
    }
  }
}
