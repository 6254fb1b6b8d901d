import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`providers_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`claim\` text,
  	\`url\` text,
  	\`quote\` text,
  	\`anchor_exact\` text,
  	\`anchor_prefix\` text,
  	\`anchor_suffix\` text,
  	\`anchor_start\` numeric,
  	\`anchor_end\` numeric,
  	\`anchor_text_hash\` text,
  	\`anchor_snapshot_id\` text(36),
  	FOREIGN KEY (\`anchor_snapshot_id\`) REFERENCES \`snapshots\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_evidence_order_idx\` ON \`providers_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`providers_evidence_parent_id_idx\` ON \`providers_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_evidence_anchor_anchor_snapshot_idx\` ON \`providers_evidence\` (\`anchor_snapshot_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v_version_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`claim\` text,
  	\`url\` text,
  	\`quote\` text,
  	\`anchor_exact\` text,
  	\`anchor_prefix\` text,
  	\`anchor_suffix\` text,
  	\`anchor_start\` numeric,
  	\`anchor_end\` numeric,
  	\`anchor_text_hash\` text,
  	\`anchor_snapshot_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`anchor_snapshot_id\`) REFERENCES \`snapshots\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_providers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_version_evidence_order_idx\` ON \`_providers_v_version_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_evidence_parent_id_idx\` ON \`_providers_v_version_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_evidence_anchor_anchor_snapshot_idx\` ON \`_providers_v_version_evidence\` (\`anchor_snapshot_id\`);`)
  // Read by parent only, like every array table (see 20261201_143833_composite_indexes_for_hot_queries).
  await db.run(sql`CREATE INDEX \`providers_evidence_parent_order_idx\` ON \`providers_evidence\` (\`_parent_id\`, \`_order\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_evidence_parent_order_idx\` ON \`_providers_v_version_evidence\` (\`_parent_id\`, \`_order\`);`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`language\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`suspect_text_hash\` text;`)
  await db.run(sql`ALTER TABLE \`source_changes\` ADD \`claims\` text;`)
  await db.run(sql`ALTER TABLE \`source_changes\` ADD \`is_evidence_held\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`reset_password_requested_at\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`providers_evidence\`;`)
  await db.run(sql`DROP TABLE \`_providers_v_version_evidence\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`reset_password_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`suspect_text_hash\`;`)
  await db.run(sql`ALTER TABLE \`source_changes\` DROP COLUMN \`claims\`;`)
  await db.run(sql`ALTER TABLE \`source_changes\` DROP COLUMN \`is_evidence_held\`;`)
}
