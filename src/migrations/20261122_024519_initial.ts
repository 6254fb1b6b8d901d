import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`providers_datasheet\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_datasheet_order_idx\` ON \`providers_datasheet\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`providers_datasheet_parent_id_idx\` ON \`providers_datasheet\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`providers_legal_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_legal_links_order_idx\` ON \`providers_legal_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`providers_legal_links_parent_id_idx\` ON \`providers_legal_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`providers_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_features_order_idx\` ON \`providers_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`providers_features_parent_id_idx\` ON \`providers_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`providers_alternatives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_alternatives_order_idx\` ON \`providers_alternatives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`providers_alternatives_parent_id_idx\` ON \`providers_alternatives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`providers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`category\` text,
  	\`website\` text,
  	\`description\` text,
  	\`repo\` text,
  	\`license\` text,
  	\`privacy\` text,
  	\`terms\` text,
  	\`transparency\` text,
  	\`warrant_canary\` text,
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
  	\`retention\` text,
  	\`retention_notes\` text,
  	\`retention_max_days\` text,
  	\`data_notes\` text,
  	\`level\` text,
  	\`money\` text,
  	\`robots\` text,
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
  await db.run(sql`CREATE UNIQUE INDEX \`providers_slug_idx\` ON \`providers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`providers_category_idx\` ON \`providers\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`providers_review_state_idx\` ON \`providers\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`providers_reviewer_idx\` ON \`providers\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_review_interval_days_idx\` ON \`providers\` (\`review_interval_days\`);`)
  await db.run(sql`CREATE INDEX \`providers_updated_idx\` ON \`providers\` (\`updated\`);`)
  await db.run(sql`CREATE INDEX \`providers_updated_at_idx\` ON \`providers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`providers_created_at_idx\` ON \`providers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`providers__status_idx\` ON \`providers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`providers_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_texts_order_parent\` ON \`providers_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`providers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_rels_order_idx\` ON \`providers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`providers_rels_parent_idx\` ON \`providers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_rels_path_idx\` ON \`providers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`providers_rels_users_id_idx\` ON \`providers_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v_version_datasheet\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_providers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_version_datasheet_order_idx\` ON \`_providers_v_version_datasheet\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_datasheet_parent_id_idx\` ON \`_providers_v_version_datasheet\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v_version_legal_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_providers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_version_legal_links_order_idx\` ON \`_providers_v_version_legal_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_legal_links_parent_id_idx\` ON \`_providers_v_version_legal_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v_version_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_providers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_version_features_order_idx\` ON \`_providers_v_version_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_features_parent_id_idx\` ON \`_providers_v_version_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v_version_alternatives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_providers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_version_alternatives_order_idx\` ON \`_providers_v_version_alternatives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_alternatives_parent_id_idx\` ON \`_providers_v_version_alternatives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_website\` text,
  	\`version_description\` text,
  	\`version_repo\` text,
  	\`version_license\` text,
  	\`version_privacy\` text,
  	\`version_terms\` text,
  	\`version_transparency\` text,
  	\`version_warrant_canary\` text,
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
  	\`version_retention\` text,
  	\`version_retention_notes\` text,
  	\`version_retention_max_days\` text,
  	\`version_data_notes\` text,
  	\`version_level\` text,
  	\`version_money\` text,
  	\`version_robots\` text,
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
  await db.run(sql`CREATE TABLE \`_providers_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_providers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_texts_order_parent\` ON \`_providers_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_providers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_rels_order_idx\` ON \`_providers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_rels_parent_idx\` ON \`_providers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_rels_path_idx\` ON \`_providers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_rels_users_id_idx\` ON \`_providers_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`sources\` (
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
  await db.run(sql`CREATE INDEX \`sources_provider_idx\` ON \`sources\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_verdict_idx\` ON \`sources\` (\`verdict\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
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
  await db.run(sql`CREATE TABLE \`reviews\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`provider_id\` text(36) NOT NULL,
  	\`version\` text,
  	\`reviewer_id\` text(36),
  	\`outcome\` text NOT NULL,
  	\`comment\` text,
  	\`reviewed_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reviews_provider_idx\` ON \`reviews\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_reviewer_idx\` ON \`reviews\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_updated_at_idx\` ON \`reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reviews_created_at_idx\` ON \`reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reminders\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`recipient_id\` text(36),
  	\`to\` text NOT NULL,
  	\`subject\` text,
  	\`text\` text,
  	\`html\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`is_permanent\` integer DEFAULT false,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`next_attempt_at\` text,
  	\`sent_at\` text,
  	\`message_id\` text,
  	\`idempotency_key\` text NOT NULL,
  	\`period\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reminders_recipient_idx\` ON \`reminders\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`reminders_status_idx\` ON \`reminders\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reminders_next_attempt_at_idx\` ON \`reminders\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`reminders_sent_at_idx\` ON \`reminders\` (\`sent_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reminders_idempotency_key_idx\` ON \`reminders\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`reminders_updated_at_idx\` ON \`reminders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reminders_created_at_idx\` ON \`reminders\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reminders_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reminders_texts_order_parent\` ON \`reminders_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reminders_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`providers_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`providers_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reminders_rels_order_idx\` ON \`reminders_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reminders_rels_parent_idx\` ON \`reminders_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reminders_rels_path_idx\` ON \`reminders_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reminders_rels_providers_id_idx\` ON \`reminders_rels\` (\`providers_id\`);`)
  await db.run(sql`CREATE TABLE \`exports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`started_by_id\` text(36),
  	\`by\` text,
  	\`started_at\` text NOT NULL,
  	\`finished_at\` text,
  	\`status\` text DEFAULT 'running' NOT NULL,
  	\`target\` text NOT NULL,
  	\`written\` text,
  	\`unchanged\` numeric,
  	\`removed\` text,
  	\`errors\` text,
  	\`duration_ms\` numeric,
  	\`commit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`started_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`exports_started_by_idx\` ON \`exports\` (\`started_by_id\`);`)
  await db.run(sql`CREATE INDEX \`exports_updated_at_idx\` ON \`exports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exports_created_at_idx\` ON \`exports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`language\` text DEFAULT 'de' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`providers_id\` text(36),
  	\`sources_id\` text(36),
  	\`audits_id\` text(36),
  	\`reviews_id\` text(36),
  	\`reminders_id\` text(36),
  	\`exports_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`providers_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audits_id\`) REFERENCES \`audits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reviews_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reminders_id\`) REFERENCES \`reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exports_id\`) REFERENCES \`exports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_providers_id_idx\` ON \`payload_locked_documents_rels\` (\`providers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audits_id_idx\` ON \`payload_locked_documents_rels\` (\`audits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exports_id_idx\` ON \`payload_locked_documents_rels\` (\`exports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reminder_settings_category_intervals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`category\` text NOT NULL,
  	\`days\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reminder_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reminder_settings_category_intervals_order_idx\` ON \`reminder_settings_category_intervals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reminder_settings_category_intervals_parent_id_idx\` ON \`reminder_settings_category_intervals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reminder_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`providers_datasheet\`;`)
  await db.run(sql`DROP TABLE \`providers_legal_links\`;`)
  await db.run(sql`DROP TABLE \`providers_features\`;`)
  await db.run(sql`DROP TABLE \`providers_alternatives\`;`)
  await db.run(sql`DROP TABLE \`providers\`;`)
  await db.run(sql`DROP TABLE \`providers_texts\`;`)
  await db.run(sql`DROP TABLE \`providers_rels\`;`)
  await db.run(sql`DROP TABLE \`_providers_v_version_datasheet\`;`)
  await db.run(sql`DROP TABLE \`_providers_v_version_legal_links\`;`)
  await db.run(sql`DROP TABLE \`_providers_v_version_features\`;`)
  await db.run(sql`DROP TABLE \`_providers_v_version_alternatives\`;`)
  await db.run(sql`DROP TABLE \`_providers_v\`;`)
  await db.run(sql`DROP TABLE \`_providers_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_providers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`DROP TABLE \`audits\`;`)
  await db.run(sql`DROP TABLE \`reviews\`;`)
  await db.run(sql`DROP TABLE \`reminders\`;`)
  await db.run(sql`DROP TABLE \`reminders_texts\`;`)
  await db.run(sql`DROP TABLE \`reminders_rels\`;`)
  await db.run(sql`DROP TABLE \`exports\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`reminder_settings_category_intervals\`;`)
  await db.run(sql`DROP TABLE \`reminder_settings\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
