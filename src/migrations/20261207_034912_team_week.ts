import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { withdrawUnapprovedPublications } from '../db/frozen/withdrawUnapprovedPublications'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`notices\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`recipient_id\` text(36),
  	\`kind\` text NOT NULL,
  	\`provider_id\` text(36),
  	\`provider_name\` text,
  	\`actor_id\` text(36),
  	\`actor_name\` text,
  	\`comment\` text,
  	\`occurred_at\` text NOT NULL,
  	\`outbox_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`reminders\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_recipient_idx\` ON \`notices\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_provider_idx\` ON \`notices\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_actor_idx\` ON \`notices\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_outbox_idx\` ON \`notices\` (\`outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_updated_at_idx\` ON \`notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notices_created_at_idx\` ON \`notices\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`last_editor_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`providers_last_editor_idx\` ON \`providers\` (\`last_editor_id\`);`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_last_editor_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_last_editor_idx\` ON \`_providers_v\` (\`version_last_editor_id\`);`)
  await db.run(sql`ALTER TABLE \`reviews\` ADD \`editors\` text;`)
  await db.run(sql`CREATE INDEX \`reviews_outcome_idx\` ON \`reviews\` (\`outcome\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_submitted\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_changes_requested\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_approved\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notices_id\` text(36) REFERENCES notices(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_id\`);`)
  // Colleagues are shown by name: an account without one is called by its e-mail's local part.
  await db.run(
    sql`UPDATE \`users\` SET \`name\` = substr(\`email\`, 1, instr(\`email\`, '@') - 1) WHERE \`name\` IS NULL OR trim(\`name\`) = '';`,
  )
  // An import is not an approval (docs/decisions/0012): pages the importer published are
  // taken off the public API and the export until a second person approves them.
  await withdrawUnapprovedPublications({ payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`notices\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_providers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`category\` text,
  	\`website\` text,
  	\`description\` text,
  	\`kept_fact_values_money\` text,
  	\`kept_fact_values_pricing\` text,
  	\`kept_fact_values_free_tier\` text,
  	\`kept_fact_values_open_source\` text,
  	\`kept_fact_values_self_host_possible\` text,
  	\`kept_fact_values_account_required\` text,
  	\`kept_fact_values_phone_required\` text,
  	\`kept_fact_values_kyc_required\` text,
  	\`kept_fact_values_logs\` text,
  	\`kept_fact_values_retention\` text,
  	\`repo\` text,
  	\`license\` text,
  	\`pricing\` text,
  	\`free_tier\` text,
  	\`open_source\` text,
  	\`self_host_possible\` text,
  	\`account_required\` text,
  	\`phone_required\` text,
  	\`kyc_required\` text,
  	\`jurisdiction\` text,
  	\`region\` text,
  	\`logs\` text,
  	\`retention_notes\` text,
  	\`privacy\` text,
  	\`terms\` text,
  	\`transparency\` text,
  	\`warrant_canary\` text,
  	\`data_notes\` text,
  	\`level\` text,
  	\`money\` text,
  	\`robots\` text,
  	\`retention\` text,
  	\`retention_max_days\` text,
  	\`fit_for\` text,
  	\`less_fit_for\` text,
  	\`main_tradeoff\` text,
  	\`quick_actions\` text,
  	\`decision_guide\` text,
  	\`data_notes_text\` text,
  	\`privacy_facts\` text,
  	\`telemetry\` text,
  	\`security_points\` text,
  	\`setup\` text,
  	\`open_points\` text,
  	\`page_meta_layout\` text,
  	\`page_meta_title\` text,
  	\`page_meta_url\` text,
  	\`page_meta_chapter\` text,
  	\`page_meta_type\` text,
  	\`page_meta_format\` text,
  	\`page_meta_provider\` text,
  	\`page_meta_policies\` text,
  	\`page_meta_audits\` text,
  	\`page_meta_features\` text,
  	\`page_meta_alternatives\` text,
  	\`page_meta_sources\` text,
  	\`page_meta_status\` text,
  	\`page_extras\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`reviewer_id\` text(36),
  	\`review_interval_days\` numeric,
  	\`updated\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_providers\`("id", "name", "slug", "category", "website", "description", "kept_fact_values_money", "kept_fact_values_pricing", "kept_fact_values_free_tier", "kept_fact_values_open_source", "kept_fact_values_self_host_possible", "kept_fact_values_account_required", "kept_fact_values_phone_required", "kept_fact_values_kyc_required", "kept_fact_values_logs", "kept_fact_values_retention", "repo", "license", "pricing", "free_tier", "open_source", "self_host_possible", "account_required", "phone_required", "kyc_required", "jurisdiction", "region", "logs", "retention_notes", "privacy", "terms", "transparency", "warrant_canary", "data_notes", "level", "money", "robots", "retention", "retention_max_days", "fit_for", "less_fit_for", "main_tradeoff", "quick_actions", "decision_guide", "data_notes_text", "privacy_facts", "telemetry", "security_points", "setup", "open_points", "page_meta_layout", "page_meta_title", "page_meta_url", "page_meta_chapter", "page_meta_type", "page_meta_format", "page_meta_provider", "page_meta_policies", "page_meta_audits", "page_meta_features", "page_meta_alternatives", "page_meta_sources", "page_meta_status", "page_extras", "review_state", "review_comment", "reviewer_id", "review_interval_days", "updated", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "category", "website", "description", "kept_fact_values_money", "kept_fact_values_pricing", "kept_fact_values_free_tier", "kept_fact_values_open_source", "kept_fact_values_self_host_possible", "kept_fact_values_account_required", "kept_fact_values_phone_required", "kept_fact_values_kyc_required", "kept_fact_values_logs", "kept_fact_values_retention", "repo", "license", "pricing", "free_tier", "open_source", "self_host_possible", "account_required", "phone_required", "kyc_required", "jurisdiction", "region", "logs", "retention_notes", "privacy", "terms", "transparency", "warrant_canary", "data_notes", "level", "money", "robots", "retention", "retention_max_days", "fit_for", "less_fit_for", "main_tradeoff", "quick_actions", "decision_guide", "data_notes_text", "privacy_facts", "telemetry", "security_points", "setup", "open_points", "page_meta_layout", "page_meta_title", "page_meta_url", "page_meta_chapter", "page_meta_type", "page_meta_format", "page_meta_provider", "page_meta_policies", "page_meta_audits", "page_meta_features", "page_meta_alternatives", "page_meta_sources", "page_meta_status", "page_extras", "review_state", "review_comment", "reviewer_id", "review_interval_days", "updated", "updated_at", "created_at", "_status" FROM \`providers\`;`)
  await db.run(sql`DROP TABLE \`providers\`;`)
  await db.run(sql`ALTER TABLE \`__new_providers\` RENAME TO \`providers\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`providers_slug_idx\` ON \`providers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`providers_category_idx\` ON \`providers\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`providers_review_state_idx\` ON \`providers\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`providers_reviewer_idx\` ON \`providers\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_review_interval_days_idx\` ON \`providers\` (\`review_interval_days\`);`)
  await db.run(sql`CREATE INDEX \`providers_updated_idx\` ON \`providers\` (\`updated\`);`)
  await db.run(sql`CREATE INDEX \`providers_updated_at_idx\` ON \`providers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`providers_created_at_idx\` ON \`providers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`providers__status_idx\` ON \`providers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__providers_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_website\` text,
  	\`version_description\` text,
  	\`version_kept_fact_values_money\` text,
  	\`version_kept_fact_values_pricing\` text,
  	\`version_kept_fact_values_free_tier\` text,
  	\`version_kept_fact_values_open_source\` text,
  	\`version_kept_fact_values_self_host_possible\` text,
  	\`version_kept_fact_values_account_required\` text,
  	\`version_kept_fact_values_phone_required\` text,
  	\`version_kept_fact_values_kyc_required\` text,
  	\`version_kept_fact_values_logs\` text,
  	\`version_kept_fact_values_retention\` text,
  	\`version_repo\` text,
  	\`version_license\` text,
  	\`version_pricing\` text,
  	\`version_free_tier\` text,
  	\`version_open_source\` text,
  	\`version_self_host_possible\` text,
  	\`version_account_required\` text,
  	\`version_phone_required\` text,
  	\`version_kyc_required\` text,
  	\`version_jurisdiction\` text,
  	\`version_region\` text,
  	\`version_logs\` text,
  	\`version_retention_notes\` text,
  	\`version_privacy\` text,
  	\`version_terms\` text,
  	\`version_transparency\` text,
  	\`version_warrant_canary\` text,
  	\`version_data_notes\` text,
  	\`version_level\` text,
  	\`version_money\` text,
  	\`version_robots\` text,
  	\`version_retention\` text,
  	\`version_retention_max_days\` text,
  	\`version_fit_for\` text,
  	\`version_less_fit_for\` text,
  	\`version_main_tradeoff\` text,
  	\`version_quick_actions\` text,
  	\`version_decision_guide\` text,
  	\`version_data_notes_text\` text,
  	\`version_privacy_facts\` text,
  	\`version_telemetry\` text,
  	\`version_security_points\` text,
  	\`version_setup\` text,
  	\`version_open_points\` text,
  	\`version_page_meta_layout\` text,
  	\`version_page_meta_title\` text,
  	\`version_page_meta_url\` text,
  	\`version_page_meta_chapter\` text,
  	\`version_page_meta_type\` text,
  	\`version_page_meta_format\` text,
  	\`version_page_meta_provider\` text,
  	\`version_page_meta_policies\` text,
  	\`version_page_meta_audits\` text,
  	\`version_page_meta_features\` text,
  	\`version_page_meta_alternatives\` text,
  	\`version_page_meta_sources\` text,
  	\`version_page_meta_status\` text,
  	\`version_page_extras\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_reviewer_id\` text(36),
  	\`version_review_interval_days\` numeric,
  	\`version_updated\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__providers_v\`("id", "parent_id", "version_name", "version_slug", "version_category", "version_website", "version_description", "version_kept_fact_values_money", "version_kept_fact_values_pricing", "version_kept_fact_values_free_tier", "version_kept_fact_values_open_source", "version_kept_fact_values_self_host_possible", "version_kept_fact_values_account_required", "version_kept_fact_values_phone_required", "version_kept_fact_values_kyc_required", "version_kept_fact_values_logs", "version_kept_fact_values_retention", "version_repo", "version_license", "version_pricing", "version_free_tier", "version_open_source", "version_self_host_possible", "version_account_required", "version_phone_required", "version_kyc_required", "version_jurisdiction", "version_region", "version_logs", "version_retention_notes", "version_privacy", "version_terms", "version_transparency", "version_warrant_canary", "version_data_notes", "version_level", "version_money", "version_robots", "version_retention", "version_retention_max_days", "version_fit_for", "version_less_fit_for", "version_main_tradeoff", "version_quick_actions", "version_decision_guide", "version_data_notes_text", "version_privacy_facts", "version_telemetry", "version_security_points", "version_setup", "version_open_points", "version_page_meta_layout", "version_page_meta_title", "version_page_meta_url", "version_page_meta_chapter", "version_page_meta_type", "version_page_meta_format", "version_page_meta_provider", "version_page_meta_policies", "version_page_meta_audits", "version_page_meta_features", "version_page_meta_alternatives", "version_page_meta_sources", "version_page_meta_status", "version_page_extras", "version_review_state", "version_review_comment", "version_reviewer_id", "version_review_interval_days", "version_updated", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_category", "version_website", "version_description", "version_kept_fact_values_money", "version_kept_fact_values_pricing", "version_kept_fact_values_free_tier", "version_kept_fact_values_open_source", "version_kept_fact_values_self_host_possible", "version_kept_fact_values_account_required", "version_kept_fact_values_phone_required", "version_kept_fact_values_kyc_required", "version_kept_fact_values_logs", "version_kept_fact_values_retention", "version_repo", "version_license", "version_pricing", "version_free_tier", "version_open_source", "version_self_host_possible", "version_account_required", "version_phone_required", "version_kyc_required", "version_jurisdiction", "version_region", "version_logs", "version_retention_notes", "version_privacy", "version_terms", "version_transparency", "version_warrant_canary", "version_data_notes", "version_level", "version_money", "version_robots", "version_retention", "version_retention_max_days", "version_fit_for", "version_less_fit_for", "version_main_tradeoff", "version_quick_actions", "version_decision_guide", "version_data_notes_text", "version_privacy_facts", "version_telemetry", "version_security_points", "version_setup", "version_open_points", "version_page_meta_layout", "version_page_meta_title", "version_page_meta_url", "version_page_meta_chapter", "version_page_meta_type", "version_page_meta_format", "version_page_meta_provider", "version_page_meta_policies", "version_page_meta_audits", "version_page_meta_features", "version_page_meta_alternatives", "version_page_meta_sources", "version_page_meta_status", "version_page_extras", "version_review_state", "version_review_comment", "version_reviewer_id", "version_review_interval_days", "version_updated", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_providers_v\`;`)
  await db.run(sql`DROP TABLE \`_providers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__providers_v\` RENAME TO \`_providers_v\`;`)
  await db.run(sql`CREATE INDEX \`_providers_v_parent_idx\` ON \`_providers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_slug_idx\` ON \`_providers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_category_idx\` ON \`_providers_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_review_state_idx\` ON \`_providers_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_reviewer_idx\` ON \`_providers_v\` (\`version_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_review_interval_days_idx\` ON \`_providers_v\` (\`version_review_interval_days\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_updated_idx\` ON \`_providers_v\` (\`version_updated\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_updated_at_idx\` ON \`_providers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_created_at_idx\` ON \`_providers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version__status_idx\` ON \`_providers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_created_at_idx\` ON \`_providers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_updated_at_idx\` ON \`_providers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_latest_idx\` ON \`_providers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`providers_id\` text(36),
  	\`sources_id\` text(36),
  	\`snapshots_id\` text(36),
  	\`source_changes_id\` text(36),
  	\`reviews_id\` text(36),
  	\`reminders_id\` text(36),
  	\`exports_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`providers_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`snapshots_id\`) REFERENCES \`snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`source_changes_id\`) REFERENCES \`source_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reviews_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reminders_id\`) REFERENCES \`reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exports_id\`) REFERENCES \`exports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "providers_id", "sources_id", "snapshots_id", "source_changes_id", "reviews_id", "reminders_id", "exports_id", "users_id") SELECT "id", "order", "parent_id", "path", "providers_id", "sources_id", "snapshots_id", "source_changes_id", "reviews_id", "reminders_id", "exports_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_providers_id_idx\` ON \`payload_locked_documents_rels\` (\`providers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_source_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`source_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exports_id_idx\` ON \`payload_locked_documents_rels\` (\`exports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`reviews_outcome_idx\`;`)
  await db.run(sql`ALTER TABLE \`reviews\` DROP COLUMN \`editors\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_submitted\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_approved\`;`)
}
