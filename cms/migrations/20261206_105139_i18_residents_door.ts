import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`guide_corrections\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`guide_id\` text(36) NOT NULL,
  	\`guide_title\` text NOT NULL,
  	\`section\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`phone\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`reply\` text,
  	\`due_date\` text,
  	\`due_date_provisional\` integer,
  	\`answered_at\` text,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`department_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`guide_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_corrections_guide_idx\` ON \`guide_corrections\` (\`guide_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_corrections_status_idx\` ON \`guide_corrections\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`guide_corrections_due_date_idx\` ON \`guide_corrections\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`guide_corrections_scope_scope_city_idx\` ON \`guide_corrections\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`guide_corrections_scope_scope_district_idx\` ON \`guide_corrections\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`guide_corrections_scope_scope_street_idx\` ON \`guide_corrections\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`guide_corrections_scope_scope_community_idx\` ON \`guide_corrections\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`guide_corrections_department_idx\` ON \`guide_corrections\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_corrections_updated_at_idx\` ON \`guide_corrections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guide_corrections_created_at_idx\` ON \`guide_corrections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`correction_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`correction_id\` text(36) NOT NULL,
  	\`action\` text NOT NULL,
  	\`action_label\` text NOT NULL,
  	\`from_status\` text,
  	\`to_status\` text NOT NULL,
  	\`note\` text,
  	\`actor_name\` text,
  	\`actor_unit\` text,
  	\`actor_id\` text(36),
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`department_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`correction_id\`) REFERENCES \`guide_corrections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`correction_events_correction_idx\` ON \`correction_events\` (\`correction_id\`);`)
  await db.run(sql`CREATE INDEX \`correction_events_action_idx\` ON \`correction_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`correction_events_actor_idx\` ON \`correction_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`correction_events_scope_scope_city_idx\` ON \`correction_events\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`correction_events_scope_scope_district_idx\` ON \`correction_events\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`correction_events_scope_scope_street_idx\` ON \`correction_events\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`correction_events_scope_scope_community_idx\` ON \`correction_events\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`correction_events_department_idx\` ON \`correction_events\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`correction_events_updated_at_idx\` ON \`correction_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`correction_events_created_at_idx\` ON \`correction_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`guide_feedback\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`guide_id\` text(36) NOT NULL,
  	\`guide_title\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`helpful\` numeric DEFAULT 0 NOT NULL,
  	\`not_helpful\` numeric DEFAULT 0 NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`department_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`guide_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_feedback_guide_idx\` ON \`guide_feedback\` (\`guide_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_feedback_day_idx\` ON \`guide_feedback\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`guide_feedback_scope_scope_city_idx\` ON \`guide_feedback\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`guide_feedback_scope_scope_district_idx\` ON \`guide_feedback\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`guide_feedback_scope_scope_street_idx\` ON \`guide_feedback\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`guide_feedback_scope_scope_community_idx\` ON \`guide_feedback\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`guide_feedback_department_idx\` ON \`guide_feedback\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_feedback_updated_at_idx\` ON \`guide_feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guide_feedback_created_at_idx\` ON \`guide_feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`guide_day_idx\` ON \`guide_feedback\` (\`guide_id\`,\`day\`);`)
  await db.run(sql`CREATE TABLE \`guide_comments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`guide_id\` text(36) NOT NULL,
  	\`guide_title\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`comment\` text NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`department_id\` text(36),
  	FOREIGN KEY (\`guide_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_comments_guide_idx\` ON \`guide_comments\` (\`guide_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_comments_day_idx\` ON \`guide_comments\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`guide_comments_scope_scope_city_idx\` ON \`guide_comments\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`guide_comments_scope_scope_district_idx\` ON \`guide_comments\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`guide_comments_scope_scope_street_idx\` ON \`guide_comments\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`guide_comments_scope_scope_community_idx\` ON \`guide_comments\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`guide_comments_department_idx\` ON \`guide_comments\` (\`department_id\`);`)
  await db.run(sql`CREATE TABLE \`search_misses\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`query\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`first_seen\` text,
  	\`last_seen\` text,
  	\`handled\` integer DEFAULT false,
  	\`handled_guide_id\` text(36),
  	\`handled_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`handled_guide_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`search_misses_source_idx\` ON \`search_misses\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`search_misses_count_idx\` ON \`search_misses\` (\`count\`);`)
  await db.run(sql`CREATE INDEX \`search_misses_last_seen_idx\` ON \`search_misses\` (\`last_seen\`);`)
  await db.run(sql`CREATE INDEX \`search_misses_handled_idx\` ON \`search_misses\` (\`handled\`);`)
  await db.run(sql`CREATE INDEX \`search_misses_handled_guide_idx\` ON \`search_misses\` (\`handled_guide_id\`);`)
  await db.run(sql`CREATE INDEX \`search_misses_updated_at_idx\` ON \`search_misses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_misses_created_at_idx\` ON \`search_misses\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`query_source_idx\` ON \`search_misses\` (\`query\`,\`source\`);`)
  await db.run(sql`CREATE TABLE \`sms_templates\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`event\` text,
  	\`label\` text,
  	\`subject\` text,
  	\`text\` text,
  	\`edited_by_id\` text(36),
  	\`edited_at\` text,
  	\`approved_by_id\` text(36),
  	\`approved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sms_templates_event_idx\` ON \`sms_templates\` (\`event\`);`)
  await db.run(sql`CREATE INDEX \`sms_templates_edited_by_idx\` ON \`sms_templates\` (\`edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_templates_approved_by_idx\` ON \`sms_templates\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sms_templates_updated_at_idx\` ON \`sms_templates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sms_templates_created_at_idx\` ON \`sms_templates\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sms_templates__status_idx\` ON \`sms_templates\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_sms_templates_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_event\` text,
  	\`version_label\` text,
  	\`version_subject\` text,
  	\`version_text\` text,
  	\`version_edited_by_id\` text(36),
  	\`version_edited_at\` text,
  	\`version_approved_by_id\` text(36),
  	\`version_approved_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sms_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sms_templates_v_parent_idx\` ON \`_sms_templates_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sms_templates_v_version_version_event_idx\` ON \`_sms_templates_v\` (\`version_event\`);`)
  await db.run(sql`CREATE INDEX \`_sms_templates_v_version_version_edited_by_idx\` ON \`_sms_templates_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sms_templates_v_version_version_approved_by_idx\` ON \`_sms_templates_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sms_templates_v_version_version_updated_at_idx\` ON \`_sms_templates_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sms_templates_v_version_version_created_at_idx\` ON \`_sms_templates_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sms_templates_v_version_version__status_idx\` ON \`_sms_templates_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sms_templates_v_created_at_idx\` ON \`_sms_templates_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sms_templates_v_updated_at_idx\` ON \`_sms_templates_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sms_templates_v_latest_idx\` ON \`_sms_templates_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`residents_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_sessions_order_idx\` ON \`residents_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`residents_sessions_parent_id_idx\` ON \`residents_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`residents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`phone\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`privacy_consent_accepted_at\` text,
  	\`privacy_consent_notice_version\` text,
  	\`real_name_name\` text,
  	\`real_name_id_number\` text,
  	\`real_name_status\` text,
  	\`real_name_person_id\` text(36),
  	\`real_name_checked_at\` text,
  	\`sensitive_consent_accepted_at\` text,
  	\`sensitive_consent_notice_version\` text,
  	\`sign_in_code_hash\` text,
  	\`sign_in_code_expires_at\` text,
  	\`closed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text,
  	\`username\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`real_name_person_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_status_idx\` ON \`residents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`residents_real_name_real_name_person_idx\` ON \`residents\` (\`real_name_person_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_updated_at_idx\` ON \`residents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`residents_created_at_idx\` ON \`residents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`residents_username_idx\` ON \`residents\` (\`username\`);`)
  await db.run(sql`CREATE TABLE \`ticket_photos\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`ticket_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`ticket_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ticket_photos_ticket_idx\` ON \`ticket_photos\` (\`ticket_id\`);`)
  await db.run(sql`CREATE INDEX \`ticket_photos_scope_scope_city_idx\` ON \`ticket_photos\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`ticket_photos_scope_scope_district_idx\` ON \`ticket_photos\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`ticket_photos_scope_scope_street_idx\` ON \`ticket_photos\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`ticket_photos_scope_scope_community_idx\` ON \`ticket_photos\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`ticket_photos_updated_at_idx\` ON \`ticket_photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ticket_photos_created_at_idx\` ON \`ticket_photos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ticket_photos_filename_idx\` ON \`ticket_photos\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`resident_id\` text(36) REFERENCES residents(id);`)
  await db.run(sql`CREATE INDEX \`applications_resident_idx\` ON \`applications\` (\`resident_id\`);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`correction_id\` text(36) REFERENCES guide_corrections(id);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`resident_id\` text(36) REFERENCES residents(id);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`gateway_id\` text;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`delivery_status\` text;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`delivered_at\` text;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`delivery_error\` text;`)
  await db.run(sql`CREATE INDEX \`notifications_correction_idx\` ON \`notifications\` (\`correction_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_resident_idx\` ON \`notifications\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_gateway_id_idx\` ON \`notifications\` (\`gateway_id\`);`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`reopens\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`resident_id\` text(36) REFERENCES residents(id);`)
  await db.run(sql`CREATE INDEX \`tickets_resident_idx\` ON \`tickets\` (\`resident_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`guide_corrections_id\` text(36) REFERENCES guide_corrections(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`correction_events_id\` text(36) REFERENCES correction_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`guide_feedback_id\` text(36) REFERENCES guide_feedback(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`guide_comments_id\` text(36) REFERENCES guide_comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_misses_id\` text(36) REFERENCES search_misses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sms_templates_id\` text(36) REFERENCES sms_templates(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`residents_id\` text(36) REFERENCES residents(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ticket_photos_id\` text(36) REFERENCES ticket_photos(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guide_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`guide_corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correction_events_id_idx\` ON \`payload_locked_documents_rels\` (\`correction_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guide_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`guide_feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guide_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`guide_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_misses_id_idx\` ON \`payload_locked_documents_rels\` (\`search_misses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sms_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`sms_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_residents_id_idx\` ON \`payload_locked_documents_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_photos_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_preferences_rels\` ADD \`residents_id\` text(36) REFERENCES residents(id);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_residents_id_idx\` ON \`payload_preferences_rels\` (\`residents_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`guide_corrections\`;`)
  await db.run(sql`DROP TABLE \`correction_events\`;`)
  await db.run(sql`DROP TABLE \`guide_feedback\`;`)
  await db.run(sql`DROP TABLE \`guide_comments\`;`)
  await db.run(sql`DROP TABLE \`search_misses\`;`)
  await db.run(sql`DROP TABLE \`sms_templates\`;`)
  await db.run(sql`DROP TABLE \`_sms_templates_v\`;`)
  await db.run(sql`DROP TABLE \`residents_sessions\`;`)
  await db.run(sql`DROP TABLE \`residents\`;`)
  await db.run(sql`DROP TABLE \`ticket_photos\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_applications\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`tracking_number\` text NOT NULL,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`channel\` text DEFAULT 'web' NOT NULL,
  	\`service_id\` text(36) NOT NULL,
  	\`service_code\` text NOT NULL,
  	\`service_title\` text NOT NULL,
  	\`department_id\` text(36) NOT NULL,
  	\`promised_days\` numeric NOT NULL,
  	\`working_days_taken\` numeric,
  	\`on_time\` integer,
  	\`division_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`assignee_id\` text(36),
  	\`submitted_at\` text,
  	\`accepted_at\` text,
  	\`due_date\` text,
  	\`due_date_provisional\` integer DEFAULT false,
  	\`completed_at\` text,
  	\`applicant_name\` text NOT NULL,
  	\`applicant_id_number\` text NOT NULL,
  	\`applicant_phone\` text NOT NULL,
  	\`applicant_email\` text,
  	\`answers\` text,
  	\`outcome\` text,
  	\`result_note\` text,
  	\`supplement_note\` text,
  	\`supplement_requested_at\` text,
  	\`supplement_resume_status\` text,
  	\`supplement_paused_working_days\` numeric DEFAULT 0,
  	\`rating_level\` text,
  	\`rating_rated_at\` text,
  	\`rating_comment\` text,
  	\`follow_up_status\` text,
  	\`follow_up_due_date\` text,
  	\`follow_up_due_date_provisional\` integer DEFAULT false,
  	\`follow_up_closed_at\` text,
  	\`follow_up_note\` text,
  	\`query_code_hash\` text,
  	\`idempotency_key\` text,
  	\`request_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_applications\`("id", "tracking_number", "status", "channel", "service_id", "service_code", "service_title", "department_id", "promised_days", "working_days_taken", "on_time", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "assignee_id", "submitted_at", "accepted_at", "due_date", "due_date_provisional", "completed_at", "applicant_name", "applicant_id_number", "applicant_phone", "applicant_email", "answers", "outcome", "result_note", "supplement_note", "supplement_requested_at", "supplement_resume_status", "supplement_paused_working_days", "rating_level", "rating_rated_at", "rating_comment", "follow_up_status", "follow_up_due_date", "follow_up_due_date_provisional", "follow_up_closed_at", "follow_up_note", "query_code_hash", "idempotency_key", "request_hash", "updated_at", "created_at") SELECT "id", "tracking_number", "status", "channel", "service_id", "service_code", "service_title", "department_id", "promised_days", "working_days_taken", "on_time", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "assignee_id", "submitted_at", "accepted_at", "due_date", "due_date_provisional", "completed_at", "applicant_name", "applicant_id_number", "applicant_phone", "applicant_email", "answers", "outcome", "result_note", "supplement_note", "supplement_requested_at", "supplement_resume_status", "supplement_paused_working_days", "rating_level", "rating_rated_at", "rating_comment", "follow_up_status", "follow_up_due_date", "follow_up_due_date_provisional", "follow_up_closed_at", "follow_up_note", "query_code_hash", "idempotency_key", "request_hash", "updated_at", "created_at" FROM \`applications\`;`)
  await db.run(sql`DROP TABLE \`applications\`;`)
  await db.run(sql`ALTER TABLE \`__new_applications\` RENAME TO \`applications\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`applications_tracking_number_idx\` ON \`applications\` (\`tracking_number\`);`)
  await db.run(sql`CREATE INDEX \`applications_status_idx\` ON \`applications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`applications_channel_idx\` ON \`applications\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`applications_service_idx\` ON \`applications\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_service_code_idx\` ON \`applications\` (\`service_code\`);`)
  await db.run(sql`CREATE INDEX \`applications_department_idx\` ON \`applications\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_division_idx\` ON \`applications\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_scope_scope_city_idx\` ON \`applications\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`applications_scope_scope_district_idx\` ON \`applications\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`applications_scope_scope_street_idx\` ON \`applications\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`applications_scope_scope_community_idx\` ON \`applications\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`applications_assignee_idx\` ON \`applications\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_submitted_at_idx\` ON \`applications\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_accepted_at_idx\` ON \`applications\` (\`accepted_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_due_date_idx\` ON \`applications\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`applications_due_date_provisional_idx\` ON \`applications\` (\`due_date_provisional\`);`)
  await db.run(sql`CREATE INDEX \`applications_completed_at_idx\` ON \`applications\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_applicant_applicant_phone_idx\` ON \`applications\` (\`applicant_phone\`);`)
  await db.run(sql`CREATE INDEX \`applications_supplement_supplement_requested_at_idx\` ON \`applications\` (\`supplement_requested_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_rating_rating_level_idx\` ON \`applications\` (\`rating_level\`);`)
  await db.run(sql`CREATE INDEX \`applications_rating_rating_rated_at_idx\` ON \`applications\` (\`rating_rated_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_follow_up_follow_up_status_idx\` ON \`applications\` (\`follow_up_status\`);`)
  await db.run(sql`CREATE INDEX \`applications_follow_up_follow_up_due_date_idx\` ON \`applications\` (\`follow_up_due_date\`);`)
  await db.run(sql`CREATE INDEX \`applications_follow_up_follow_up_due_date_provisional_idx\` ON \`applications\` (\`follow_up_due_date_provisional\`);`)
  await db.run(sql`CREATE INDEX \`applications_follow_up_follow_up_closed_at_idx\` ON \`applications\` (\`follow_up_closed_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`applications_idempotency_key_idx\` ON \`applications\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`applications_updated_at_idx\` ON \`applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_created_at_idx\` ON \`applications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_scope_district_scope_street_submittedAt_depar_idx\` ON \`applications\` (\`scope_city\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`applications\` (\`scope_city\`,\`status\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`,\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`applications\` (\`scope_city\`,\`channel\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`applications\` (\`scope_city\`,\`rating_level\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`applications\` (\`scope_city\`,\`service_id\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_4_idx\` ON \`applications\` (\`scope_city\`,\`working_days_taken\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`,\`on_time\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_followUp_status_idx\` ON \`applications\` (\`scope_city\`,\`follow_up_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_notifications\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`application_id\` text(36),
  	\`ticket_id\` text(36),
  	\`channel\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`recipient\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`sent_at\` text,
  	\`error\` text,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`department_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ticket_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications\`("id", "application_id", "ticket_id", "channel", "status", "recipient", "subject", "message", "attempts", "sent_at", "error", "scope_city", "scope_district", "scope_street", "scope_community", "department_id", "updated_at", "created_at") SELECT "id", "application_id", "ticket_id", "channel", "status", "recipient", "subject", "message", "attempts", "sent_at", "error", "scope_city", "scope_district", "scope_street", "scope_community", "department_id", "updated_at", "created_at" FROM \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications\` RENAME TO \`notifications\`;`)
  await db.run(sql`CREATE INDEX \`notifications_application_idx\` ON \`notifications\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_ticket_idx\` ON \`notifications\` (\`ticket_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_channel_idx\` ON \`notifications\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`notifications_status_idx\` ON \`notifications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`notifications_scope_scope_city_idx\` ON \`notifications\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`notifications_scope_scope_district_idx\` ON \`notifications\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`notifications_scope_scope_street_idx\` ON \`notifications\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`notifications_scope_scope_community_idx\` ON \`notifications\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`notifications_department_idx\` ON \`notifications\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_tickets\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`channel\` text DEFAULT 'phone' NOT NULL,
  	\`kind\` text DEFAULT 'consultation' NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`caller_name\` text,
  	\`caller_phone\` text,
  	\`caller_person_id\` text(36),
  	\`caller_email\` text,
  	\`caller_confidential\` integer DEFAULT false,
  	\`summary\` text NOT NULL,
  	\`content\` text NOT NULL,
  	\`service_id\` text(36),
  	\`topic_id\` text(36),
  	\`division_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`location_address\` text,
  	\`location_latitude\` numeric,
  	\`location_longitude\` numeric,
  	\`assignee_department_id\` text(36),
  	\`assignee_division_id\` text(36),
  	\`assignee_division_code\` text,
  	\`received_at\` text,
  	\`due_date\` text,
  	\`due_date_provisional\` integer DEFAULT false,
  	\`closed_at\` text,
  	\`reply\` text,
  	\`answered_directly\` integer DEFAULT false,
  	\`closed_on_time\` integer,
  	\`satisfaction\` text,
  	\`reminders\` numeric DEFAULT 0,
  	\`returns\` numeric DEFAULT 0,
  	\`call_back_attempts\` numeric DEFAULT 0,
  	\`merged_into_id\` text(36),
  	\`application_id\` text(36),
  	\`external_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`caller_person_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tickets\`("id", "number", "channel", "kind", "status", "caller_name", "caller_phone", "caller_person_id", "caller_email", "caller_confidential", "summary", "content", "service_id", "topic_id", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "location_address", "location_latitude", "location_longitude", "assignee_department_id", "assignee_division_id", "assignee_division_code", "received_at", "due_date", "due_date_provisional", "closed_at", "reply", "answered_directly", "closed_on_time", "satisfaction", "reminders", "returns", "call_back_attempts", "merged_into_id", "application_id", "external_id", "updated_at", "created_at") SELECT "id", "number", "channel", "kind", "status", "caller_name", "caller_phone", "caller_person_id", "caller_email", "caller_confidential", "summary", "content", "service_id", "topic_id", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "location_address", "location_latitude", "location_longitude", "assignee_department_id", "assignee_division_id", "assignee_division_code", "received_at", "due_date", "due_date_provisional", "closed_at", "reply", "answered_directly", "closed_on_time", "satisfaction", "reminders", "returns", "call_back_attempts", "merged_into_id", "application_id", "external_id", "updated_at", "created_at" FROM \`tickets\`;`)
  await db.run(sql`DROP TABLE \`tickets\`;`)
  await db.run(sql`ALTER TABLE \`__new_tickets\` RENAME TO \`tickets\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`tickets_number_idx\` ON \`tickets\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`tickets_channel_idx\` ON \`tickets\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`tickets_status_idx\` ON \`tickets\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`tickets_caller_caller_person_idx\` ON \`tickets\` (\`caller_person_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_service_idx\` ON \`tickets\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_topic_idx\` ON \`tickets\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_division_idx\` ON \`tickets\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_scope_scope_city_idx\` ON \`tickets\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`tickets_scope_scope_district_idx\` ON \`tickets\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`tickets_scope_scope_street_idx\` ON \`tickets\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`tickets_scope_scope_community_idx\` ON \`tickets\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`tickets_assignee_assignee_department_idx\` ON \`tickets\` (\`assignee_department_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_assignee_assignee_division_idx\` ON \`tickets\` (\`assignee_division_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_assignee_assignee_division_code_idx\` ON \`tickets\` (\`assignee_division_code\`);`)
  await db.run(sql`CREATE INDEX \`tickets_received_at_idx\` ON \`tickets\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`tickets_due_date_idx\` ON \`tickets\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`tickets_due_date_provisional_idx\` ON \`tickets\` (\`due_date_provisional\`);`)
  await db.run(sql`CREATE INDEX \`tickets_answered_directly_idx\` ON \`tickets\` (\`answered_directly\`);`)
  await db.run(sql`CREATE INDEX \`tickets_merged_into_idx\` ON \`tickets\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_application_idx\` ON \`tickets\` (\`application_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tickets_external_id_idx\` ON \`tickets\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_updated_at_idx\` ON \`tickets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tickets_created_at_idx\` ON \`tickets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`caller_phone_receivedAt_idx\` ON \`tickets\` (\`caller_phone\`,\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_kind_scope_district_scope_street_receivedAt_idx\` ON \`tickets\` (\`scope_city\`,\`kind\`,\`scope_district\`,\`scope_street\`,\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_channel_scope_district_scope_street_receivedA_idx\` ON \`tickets\` (\`scope_city\`,\`channel\`,\`scope_district\`,\`scope_street\`,\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_status_dueDate_idx\` ON \`tickets\` (\`scope_city\`,\`status\`,\`due_date\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`life_stages_id\` text(36),
  	\`topics_id\` text(36),
  	\`services_id\` text(36),
  	\`bundles_id\` text(36),
  	\`service_centres_id\` text(36),
  	\`media_id\` text(36),
  	\`departments_id\` text(36),
  	\`divisions_id\` text(36),
  	\`users_id\` text(36),
  	\`calendar_days_id\` text(36),
  	\`applications_id\` text(36),
  	\`application_files_id\` text(36),
  	\`application_events_id\` text(36),
  	\`notifications_id\` text(36),
  	\`portal_builds_id\` text(36),
  	\`persons_id\` text(36),
  	\`households_id\` text(36),
  	\`dwellings_id\` text(36),
  	\`organisations_id\` text(36),
  	\`registers_id\` text(36),
  	\`audit_log_id\` text(36),
  	\`api_clients_id\` text(36),
  	\`tickets_id\` text(36),
  	\`ticket_events_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`life_stages_id\`) REFERENCES \`life_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bundles_id\`) REFERENCES \`bundles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_centres_id\`) REFERENCES \`service_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`divisions_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_days_id\`) REFERENCES \`calendar_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`application_files_id\`) REFERENCES \`application_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`application_events_id\`) REFERENCES \`application_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`portal_builds_id\`) REFERENCES \`portal_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`persons_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`households_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dwellings_id\`) REFERENCES \`dwellings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registers_id\`) REFERENCES \`registers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tickets_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ticket_events_id\`) REFERENCES \`ticket_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "bundles_id", "service_centres_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "application_files_id", "application_events_id", "notifications_id", "portal_builds_id", "persons_id", "households_id", "dwellings_id", "organisations_id", "registers_id", "audit_log_id", "api_clients_id", "tickets_id", "ticket_events_id") SELECT "id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "bundles_id", "service_centres_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "application_files_id", "application_events_id", "notifications_id", "portal_builds_id", "persons_id", "households_id", "dwellings_id", "organisations_id", "registers_id", "audit_log_id", "api_clients_id", "tickets_id", "ticket_events_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_life_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`life_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bundles_id_idx\` ON \`payload_locked_documents_rels\` (\`bundles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_centres_id_idx\` ON \`payload_locked_documents_rels\` (\`service_centres_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_divisions_id_idx\` ON \`payload_locked_documents_rels\` (\`divisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_days_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_application_files_id_idx\` ON \`payload_locked_documents_rels\` (\`application_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_application_events_id_idx\` ON \`payload_locked_documents_rels\` (\`application_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_portal_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`portal_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_persons_id_idx\` ON \`payload_locked_documents_rels\` (\`persons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_households_id_idx\` ON \`payload_locked_documents_rels\` (\`households_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dwellings_id_idx\` ON \`payload_locked_documents_rels\` (\`dwellings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registers_id_idx\` ON \`payload_locked_documents_rels\` (\`registers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tickets_id_idx\` ON \`payload_locked_documents_rels\` (\`tickets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_events_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_events_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`api_clients_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences_rels\`("id", "order", "parent_id", "path", "users_id", "api_clients_id") SELECT "id", "order", "parent_id", "path", "users_id", "api_clients_id" FROM \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences_rels\` RENAME TO \`payload_preferences_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_api_clients_id_idx\` ON \`payload_preferences_rels\` (\`api_clients_id\`);`)
}
