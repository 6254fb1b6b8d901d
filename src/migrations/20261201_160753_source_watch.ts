import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sources_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_texts_order_parent\` ON \`sources_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`snapshots\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`source_id\` text(36) NOT NULL,
  	\`fetched_at\` text NOT NULL,
  	\`http_status\` numeric,
  	\`is_rebaseline\` integer DEFAULT false,
  	\`final_url\` text,
  	\`etag\` text,
  	\`last_modified\` text,
  	\`text_hash\` text NOT NULL,
  	\`selectors\` text,
  	\`text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`snapshots_source_idx\` ON \`snapshots\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`snapshots_fetched_at_idx\` ON \`snapshots\` (\`fetched_at\`);`)
  await db.run(sql`CREATE INDEX \`snapshots_text_hash_idx\` ON \`snapshots\` (\`text_hash\`);`)
  await db.run(sql`CREATE INDEX \`snapshots_updated_at_idx\` ON \`snapshots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`snapshots_created_at_idx\` ON \`snapshots\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`source_changes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`provider_id\` text(36) NOT NULL,
  	\`source_id\` text(36) NOT NULL,
  	\`url\` text NOT NULL,
  	\`from_snapshot_id\` text(36),
  	\`to_snapshot_id\` text(36) NOT NULL,
  	\`excerpt\` text,
  	\`detected_at\` text NOT NULL,
  	\`cleared_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`from_snapshot_id\`) REFERENCES \`snapshots\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`to_snapshot_id\`) REFERENCES \`snapshots\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`source_changes_provider_idx\` ON \`source_changes\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`source_changes_source_idx\` ON \`source_changes\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`source_changes_from_snapshot_idx\` ON \`source_changes\` (\`from_snapshot_id\`);`)
  await db.run(sql`CREATE INDEX \`source_changes_to_snapshot_idx\` ON \`source_changes\` (\`to_snapshot_id\`);`)
  await db.run(sql`CREATE INDEX \`source_changes_cleared_at_idx\` ON \`source_changes\` (\`cleared_at\`);`)
  await db.run(sql`CREATE INDEX \`source_changes_updated_at_idx\` ON \`source_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`source_changes_created_at_idx\` ON \`source_changes\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`watch_status\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`failure_count\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`final_url\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`reason\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`missing_links\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`etag\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`last_modified\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`snapshot_id\` text(36) REFERENCES snapshots(id);`)
  await db.run(sql`CREATE INDEX \`sources_watch_status_idx\` ON \`sources\` (\`watch_status\`);`)
  await db.run(sql`CREATE INDEX \`sources_checked_at_idx\` ON \`sources\` (\`checked_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_snapshot_idx\` ON \`sources\` (\`snapshot_id\`);`)
  await db.run(sql`ALTER TABLE \`reviews\` ADD \`snapshots\` text;`)
  await db.run(sql`ALTER TABLE \`reminders_rels\` ADD \`source_changes_id\` text(36) REFERENCES source_changes(id);`)
  await db.run(sql`CREATE INDEX \`reminders_rels_source_changes_id_idx\` ON \`reminders_rels\` (\`source_changes_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`snapshots_id\` text(36) REFERENCES snapshots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`source_changes_id\` text(36) REFERENCES source_changes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_source_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`source_changes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sources_texts\`;`)
  await db.run(sql`DROP TABLE \`snapshots\`;`)
  await db.run(sql`DROP TABLE \`source_changes\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sources\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sources\`("id", "url", "updated_at", "created_at") SELECT "id", "url", "updated_at", "created_at" FROM \`sources\`;`)
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`ALTER TABLE \`__new_sources\` RENAME TO \`sources\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sources_url_idx\` ON \`sources\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_reminders_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`providers_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`providers_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reminders_rels\`("id", "order", "parent_id", "path", "providers_id") SELECT "id", "order", "parent_id", "path", "providers_id" FROM \`reminders_rels\`;`)
  await db.run(sql`DROP TABLE \`reminders_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_reminders_rels\` RENAME TO \`reminders_rels\`;`)
  await db.run(sql`CREATE INDEX \`reminders_rels_order_idx\` ON \`reminders_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reminders_rels_parent_idx\` ON \`reminders_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reminders_rels_path_idx\` ON \`reminders_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reminders_rels_providers_id_idx\` ON \`reminders_rels\` (\`providers_id\`);`)
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
  await db.run(sql`ALTER TABLE \`reviews\` DROP COLUMN \`snapshots\`;`)
}
