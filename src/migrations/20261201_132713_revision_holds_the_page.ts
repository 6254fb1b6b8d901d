import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import {
  convertDatasheets,
  fillSourceRegistry,
  readLegacyPageData,
  writeCitationsAndAudits,
} from '../db/moveLegacyPageData'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Data move (src/db/moveLegacyPageData.ts): read the old collections first.
  const legacy = await readLegacyPageData(db)
  await db.run(sql`CREATE TABLE \`providers_audits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`report_url\` text,
  	\`linked_from\` text,
  	\`auditor\` text,
  	\`period\` text,
  	\`scope\` text,
  	\`summary\` text,
  	\`verdict\` text,
  	\`verdict_reason\` text,
  	\`findings\` text,
  	\`source_id\` text(36),
  	\`raw_line\` text,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_audits_order_idx\` ON \`providers_audits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`providers_audits_parent_id_idx\` ON \`providers_audits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_audits_source_idx\` ON \`providers_audits\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`providers_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`kind\` text DEFAULT 'other',
  	\`linked_from\` text,
  	\`verdict\` text,
  	\`verdict_reason\` text,
  	\`findings\` text,
  	\`source_id\` text(36),
  	\`raw_line\` text,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_citations_order_idx\` ON \`providers_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`providers_citations_parent_id_idx\` ON \`providers_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_citations_source_idx\` ON \`providers_citations\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v_version_audits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`report_url\` text,
  	\`linked_from\` text,
  	\`auditor\` text,
  	\`period\` text,
  	\`scope\` text,
  	\`summary\` text,
  	\`verdict\` text,
  	\`verdict_reason\` text,
  	\`findings\` text,
  	\`source_id\` text(36),
  	\`raw_line\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_providers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_version_audits_order_idx\` ON \`_providers_v_version_audits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_audits_parent_id_idx\` ON \`_providers_v_version_audits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_audits_source_idx\` ON \`_providers_v_version_audits\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v_version_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`kind\` text DEFAULT 'other',
  	\`linked_from\` text,
  	\`verdict\` text,
  	\`verdict_reason\` text,
  	\`findings\` text,
  	\`source_id\` text(36),
  	\`raw_line\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_providers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_version_citations_order_idx\` ON \`_providers_v_version_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_citations_parent_id_idx\` ON \`_providers_v_version_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_citations_source_idx\` ON \`_providers_v_version_citations\` (\`source_id\`);`)
  // Rebuilt before `audits` is dropped: inside the migration's transaction SQLite keeps
  // foreign keys on, and the old table still references `audits`.
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`providers_id\` text(36),
  	\`sources_id\` text(36),
  	\`reviews_id\` text(36),
  	\`reminders_id\` text(36),
  	\`exports_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`providers_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reviews_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reminders_id\`) REFERENCES \`reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exports_id\`) REFERENCES \`exports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "providers_id", "sources_id", "reviews_id", "reminders_id", "exports_id", "users_id") SELECT "id", "order", "parent_id", "path", "providers_id", "sources_id", "reviews_id", "reminders_id", "exports_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_providers_id_idx\` ON \`payload_locked_documents_rels\` (\`providers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exports_id_idx\` ON \`payload_locked_documents_rels\` (\`exports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await writeCitationsAndAudits({ db, legacy })
  await db.run(sql`DROP TABLE \`audits\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sources\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  // The registry starts empty: fillSourceRegistry adds one entry per cited URL.
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`ALTER TABLE \`__new_sources\` RENAME TO \`sources\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sources_url_idx\` ON \`sources\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await fillSourceRegistry(db)
  await db.run(sql`ALTER TABLE \`providers_datasheet\` ADD \`fact\` text;`)
  await db.run(sql`ALTER TABLE \`providers_datasheet\` ADD \`note\` text;`)
  await db.run(sql`ALTER TABLE \`providers_legal_links\` ADD \`field\` text;`)
  await db.run(sql`ALTER TABLE \`providers_legal_links\` ADD \`text\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v_version_datasheet\` ADD \`fact\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v_version_datasheet\` ADD \`note\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v_version_legal_links\` ADD \`field\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v_version_legal_links\` ADD \`text\` text;`)
  await convertDatasheets(db)
  await db.run(sql`ALTER TABLE \`providers_legal_links\` DROP COLUMN \`url\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v_version_legal_links\` DROP COLUMN \`url\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`audits\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`provider_id\` text(36) NOT NULL,
  	\`title\` text NOT NULL,
  	\`auditor\` text,
  	\`year\` numeric,
  	\`period\` text,
  	\`scope\` text,
  	\`summary\` text,
  	\`report_url\` text,
  	\`report_id\` text(36),
  	\`raw_line\` text,
  	\`position\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audits_provider_idx\` ON \`audits\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`audits_report_idx\` ON \`audits\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`audits_updated_at_idx\` ON \`audits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audits_created_at_idx\` ON \`audits\` (\`created_at\`);`)
  await db.run(sql`DROP TABLE \`providers_audits\`;`)
  await db.run(sql`DROP TABLE \`providers_citations\`;`)
  await db.run(sql`DROP TABLE \`_providers_v_version_audits\`;`)
  await db.run(sql`DROP TABLE \`_providers_v_version_citations\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sources\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`provider_id\` text(36) NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`kind\` text DEFAULT 'other',
  	\`position\` numeric,
  	\`linked_from\` text,
  	\`verdict\` text DEFAULT 'primary',
  	\`verdict_reason\` text,
  	\`findings\` text,
  	\`raw_line\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sources\`("id", "provider_id", "url", "title", "kind", "position", "linked_from", "verdict", "verdict_reason", "findings", "raw_line", "updated_at", "created_at") SELECT "id", "provider_id", "url", "title", "kind", "position", "linked_from", "verdict", "verdict_reason", "findings", "raw_line", "updated_at", "created_at" FROM \`sources\`;`)
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`ALTER TABLE \`__new_sources\` RENAME TO \`sources\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`sources_provider_idx\` ON \`sources\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_verdict_idx\` ON \`sources\` (\`verdict\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`providers_legal_links\` ADD \`url\` text;`)
  await db.run(sql`ALTER TABLE \`providers_legal_links\` DROP COLUMN \`field\`;`)
  await db.run(sql`ALTER TABLE \`providers_legal_links\` DROP COLUMN \`text\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v_version_legal_links\` ADD \`url\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v_version_legal_links\` DROP COLUMN \`field\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v_version_legal_links\` DROP COLUMN \`text\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audits_id\` text(36) REFERENCES audits(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audits_id_idx\` ON \`payload_locked_documents_rels\` (\`audits_id\`);`)
  await db.run(sql`ALTER TABLE \`providers_datasheet\` DROP COLUMN \`fact\`;`)
  await db.run(sql`ALTER TABLE \`providers_datasheet\` DROP COLUMN \`note\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v_version_datasheet\` DROP COLUMN \`fact\`;`)
  await db.run(sql`ALTER TABLE \`_providers_v_version_datasheet\` DROP COLUMN \`note\`;`)
}
