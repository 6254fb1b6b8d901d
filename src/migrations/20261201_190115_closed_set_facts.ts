import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { keepUnknownFactValues, restoreUnknownFactValues } from '../db/keepUnknownFactValues'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`providers\` ADD \`kept_fact_values_money\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`kept_fact_values_pricing\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`kept_fact_values_free_tier\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`kept_fact_values_open_source\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`kept_fact_values_self_host_possible\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`kept_fact_values_account_required\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`kept_fact_values_phone_required\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`kept_fact_values_kyc_required\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`kept_fact_values_logs\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`kept_fact_values_retention\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_kept_fact_values_money\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_kept_fact_values_pricing\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_kept_fact_values_free_tier\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_kept_fact_values_open_source\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_kept_fact_values_self_host_possible\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_kept_fact_values_account_required\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_kept_fact_values_phone_required\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_kept_fact_values_kyc_required\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_kept_fact_values_logs\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_kept_fact_values_retention\` text;`)
  // Data move (src/db/keepUnknownFactValues.ts): values outside a set are kept beside it.
  await keepUnknownFactValues(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await restoreUnknownFactValues(db)
  await db.run(sql`ALTER TABLE \`providers\` DROP COLUMN \`kept_fact_values_money\`;`)
  await db.run(sql`ALTER TABLE \`providers\` DROP COLUMN \`kept_fact_values_pricing\`;`)
  await db.run(sql`ALTER TABLE \`providers\` DROP COLUMN \`kept_fact_values_free_tier\`;`)
  await db.run(sql`ALTER TABLE \`providers\` DROP COLUMN \`kept_fact_values_open_source\`;`)
  await db.run(sql`ALTER TABLE \`providers\` DROP COLUMN \`kept_fact_values_self_host_possible\`;`)
  await db.run(sql`ALTER TABLE \`providers\` DROP COLUMN \`kept_fact_values_account_required\`;`)
  await db.run(sql`ALTER TABLE \`providers\` DROP COLUMN \`kept_fact_values_phone_required\`;`)
  await db.run(sql`ALTER TABLE \`providers\` DROP COLUMN \`kept_fact_values_kyc_required\`;`)
  await db.run(sql`ALTER TABLE \`providers\` DROP COLUMN \`kept_fact_values_logs\`;`)
  await db.run(sql`ALTER TABLE \`providers\` DROP COLUMN \`kept_fact_values_retention\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` DROP COLUMN \`version_kept_fact_values_money\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` DROP COLUMN \`version_kept_fact_values_pricing\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` DROP COLUMN \`version_kept_fact_values_free_tier\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` DROP COLUMN \`version_kept_fact_values_open_source\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` DROP COLUMN \`version_kept_fact_values_self_host_possible\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` DROP COLUMN \`version_kept_fact_values_account_required\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` DROP COLUMN \`version_kept_fact_values_phone_required\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` DROP COLUMN \`version_kept_fact_values_kyc_required\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` DROP COLUMN \`version_kept_fact_values_logs\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` DROP COLUMN \`version_kept_fact_values_retention\`;`)
}
