import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Composite indexes for the hot queries (issue 14), so their plans do not depend on
 * statistics: each filter column comes first, then the sort column, so a `limit 20`
 * reads 20 index entries instead of sorting every match.
 *
 * Written by hand, not declared in the collection's `indexes`: Payload copies every
 * compound index of a collection onto its versions table as `version_…` columns, and
 * the version queries filter on `latest` (Payload's own column), which a config cannot
 * name. The array, `_texts` and `_rels` tables are Payload's too. Their generated
 * indexes (`_order`, `(order, parent_id)`) do not serve a read by parent, which is the
 * only way they are read.
 *
 * Checked with `EXPLAIN QUERY PLAN` in tests/integration/queryPlans.test.ts.
 */
const arrayTables = [
  'providers_datasheet',
  'providers_legal_links',
  'providers_features',
  'providers_alternatives',
  'providers_audits',
  'providers_citations',
  '_providers_v_version_datasheet',
  '_providers_v_version_legal_links',
  '_providers_v_version_features',
  '_providers_v_version_alternatives',
  '_providers_v_version_audits',
  '_providers_v_version_citations',
]
const parentTables = ['providers_texts', 'providers_rels', '_providers_v_texts', '_providers_v_rels']

type Index = { name: string; table: string; columns: string[] }

const indexes: Index[] = [
  // The public list and the export's listing: `_status = 'published' order by created_at`.
  { name: 'providers__status_created_at_idx', table: 'providers', columns: ['_status', 'created_at'] },
  // draft: true reads `_providers_v where latest = 1`, sorted or filtered by a version column.
  {
    name: '_providers_v_latest_version_created_at_idx',
    table: '_providers_v',
    columns: ['latest', 'version_created_at', 'created_at'],
  },
  {
    name: '_providers_v_latest_version_updated_at_idx',
    table: '_providers_v',
    columns: ['latest', 'version_updated_at', 'created_at'],
  },
  {
    name: '_providers_v_latest_version_slug_idx',
    table: '_providers_v',
    columns: ['latest', 'version_slug', 'version_created_at'],
  },
  {
    name: '_providers_v_latest_version_updated_idx',
    table: '_providers_v',
    columns: ['latest', 'version_updated'],
  },
  {
    name: '_providers_v_latest_version_review_interval_days_idx',
    table: '_providers_v',
    columns: ['latest', 'version_review_interval_days'],
  },
  ...arrayTables.map((table) => ({
    name: `${table}_parent_order_idx`,
    table,
    columns: ['_parent_id', '_order'],
  })),
  ...parentTables.map((table) => ({
    name: `${table}_parent_order_idx`,
    table,
    columns: ['parent_id', 'order'],
  })),
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const index of indexes) {
    const columns = index.columns.map((column) => `\`${column}\``).join(', ')
    await db.run(
      sql.raw(`CREATE INDEX IF NOT EXISTS \`${index.name}\` ON \`${index.table}\` (${columns});`),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const index of indexes) {
    await db.run(sql.raw(`DROP INDEX IF EXISTS \`${index.name}\`;`))
  }
}
