import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`service_centres_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_centres_texts_order_parent\` ON \`service_centres_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_centres_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_service_centres_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_centres_v_texts_order_parent\` ON \`_service_centres_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`result_templates\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`service_id\` text(36) NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`result_templates_service_idx\` ON \`result_templates\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`result_templates_updated_at_idx\` ON \`result_templates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`result_templates_created_at_idx\` ON \`result_templates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_result_templates_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_service_id\` text(36) NOT NULL,
  	\`version_title\` text NOT NULL,
  	\`version_body\` text NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`result_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_result_templates_v_parent_idx\` ON \`_result_templates_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_result_templates_v_version_version_service_idx\` ON \`_result_templates_v\` (\`version_service_id\`);`)
  await db.run(sql`CREATE INDEX \`_result_templates_v_version_version_updated_at_idx\` ON \`_result_templates_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_result_templates_v_version_version_created_at_idx\` ON \`_result_templates_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_result_templates_v_created_at_idx\` ON \`_result_templates_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_result_templates_v_updated_at_idx\` ON \`_result_templates_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`result_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'result' NOT NULL,
  	\`application_id\` text(36),
  	\`resident_id\` text(36),
  	\`number\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`issuer\` text NOT NULL,
  	\`holder\` text NOT NULL,
  	\`issued_at\` text NOT NULL,
  	\`status\` text DEFAULT 'valid' NOT NULL,
  	\`revocation_reason\` text,
  	\`revocation_at\` text,
  	\`revocation_by_id\` text(36),
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`department_id\` text(36),
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
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`revocation_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`result_documents_kind_idx\` ON \`result_documents\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`result_documents_application_idx\` ON \`result_documents\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`result_documents_resident_idx\` ON \`result_documents\` (\`resident_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`result_documents_number_idx\` ON \`result_documents\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`result_documents_status_idx\` ON \`result_documents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`result_documents_revocation_revocation_by_idx\` ON \`result_documents\` (\`revocation_by_id\`);`)
  await db.run(sql`CREATE INDEX \`result_documents_scope_scope_city_idx\` ON \`result_documents\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`result_documents_scope_scope_district_idx\` ON \`result_documents\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`result_documents_scope_scope_street_idx\` ON \`result_documents\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`result_documents_scope_scope_community_idx\` ON \`result_documents\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`result_documents_department_idx\` ON \`result_documents\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`result_documents_updated_at_idx\` ON \`result_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`result_documents_created_at_idx\` ON \`result_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`result_documents_filename_idx\` ON \`result_documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`department_systems\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`department_id\` text(36) NOT NULL,
  	\`mode\` text DEFAULT 'off' NOT NULL,
  	\`webhook_url\` text,
  	\`signing_secret\` text,
  	\`contact\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`department_systems_department_idx\` ON \`department_systems\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`department_systems_updated_at_idx\` ON \`department_systems\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`department_systems_created_at_idx\` ON \`department_systems\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`application_id\` text(36) NOT NULL,
  	\`event\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0 NOT NULL,
  	\`last_status_code\` numeric,
  	\`last_error\` text,
  	\`last_attempt_at\` text,
  	\`next_attempt_at\` text,
  	\`delivered_at\` text,
  	\`claimed_until\` text,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`department_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_application_idx\` ON \`webhook_deliveries\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_next_attempt_at_idx\` ON \`webhook_deliveries\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_scope_scope_city_idx\` ON \`webhook_deliveries\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_scope_scope_district_idx\` ON \`webhook_deliveries\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_scope_scope_street_idx\` ON \`webhook_deliveries\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_scope_scope_community_idx\` ON \`webhook_deliveries\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_department_idx\` ON \`webhook_deliveries\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`outcome\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`no_statutory_limit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_outcome\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_no_statutory_limit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`applicant_name_key\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`applicant_id_number_key\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`applicant_phone_key\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`applicant_key_version\` text;`)
  await db.run(sql`CREATE INDEX \`applications_applicant_name_key_idx\` ON \`applications\` (\`applicant_name_key\`);`)
  await db.run(sql`CREATE INDEX \`applications_applicant_id_number_key_idx\` ON \`applications\` (\`applicant_id_number_key\`);`)
  await db.run(sql`CREATE INDEX \`applications_applicant_phone_key_idx\` ON \`applications\` (\`applicant_phone_key\`);`)
  await db.run(sql`CREATE INDEX \`applications_applicant_key_version_idx\` ON \`applications\` (\`applicant_key_version\`);`)
  await db.run(sql`ALTER TABLE \`application_events\` ADD \`request_key\` text;`)
  await db.run(sql`CREATE INDEX \`application_events_request_key_idx\` ON \`application_events\` (\`request_key\`);`)
  await db.run(sql`ALTER TABLE \`api_clients\` ADD \`department_id\` text(36) REFERENCES departments(id);`)
  await db.run(sql`CREATE INDEX \`api_clients_department_idx\` ON \`api_clients\` (\`department_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`result_templates_id\` text(36) REFERENCES result_templates(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`result_documents_id\` text(36) REFERENCES result_documents(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`department_systems_id\` text(36) REFERENCES department_systems(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webhook_deliveries_id\` text(36) REFERENCES webhook_deliveries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_result_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`result_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_result_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`result_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_department_systems_id_idx\` ON \`payload_locked_documents_rels\` (\`department_systems_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`service_centres_texts\`;`)
  await db.run(sql`DROP TABLE \`_service_centres_v_texts\`;`)
  await db.run(sql`DROP TABLE \`result_templates\`;`)
  await db.run(sql`DROP TABLE \`_result_templates_v\`;`)
  await db.run(sql`DROP TABLE \`result_documents\`;`)
  await db.run(sql`DROP TABLE \`department_systems\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_api_clients\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`division_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`mode\` text DEFAULT 'read' NOT NULL,
  	\`personal_data\` text DEFAULT 'masked' NOT NULL,
  	\`rate_limit_per_minute\` numeric DEFAULT 600 NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`contact\` text,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_api_clients\`("id", "name", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "mode", "personal_data", "rate_limit_per_minute", "active", "contact", "notes", "updated_at", "created_at", "enable_a_p_i_key", "api_key", "api_key_index") SELECT "id", "name", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "mode", "personal_data", "rate_limit_per_minute", "active", "contact", "notes", "updated_at", "created_at", "enable_a_p_i_key", "api_key", "api_key_index" FROM \`api_clients\`;`)
  await db.run(sql`DROP TABLE \`api_clients\`;`)
  await db.run(sql`ALTER TABLE \`__new_api_clients\` RENAME TO \`api_clients\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`api_clients_division_idx\` ON \`api_clients\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_scope_scope_city_idx\` ON \`api_clients\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_scope_scope_district_idx\` ON \`api_clients\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_scope_scope_street_idx\` ON \`api_clients\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_scope_scope_community_idx\` ON \`api_clients\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_updated_at_idx\` ON \`api_clients\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_created_at_idx\` ON \`api_clients\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`life_stages_id\` text(36),
  	\`topics_id\` text(36),
  	\`services_id\` text(36),
  	\`guide_corrections_id\` text(36),
  	\`correction_events_id\` text(36),
  	\`guide_feedback_id\` text(36),
  	\`guide_comments_id\` text(36),
  	\`search_misses_id\` text(36),
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
  	\`sms_templates_id\` text(36),
  	\`portal_builds_id\` text(36),
  	\`persons_id\` text(36),
  	\`households_id\` text(36),
  	\`dwellings_id\` text(36),
  	\`organisations_id\` text(36),
  	\`registers_id\` text(36),
  	\`audit_log_id\` text(36),
  	\`api_clients_id\` text(36),
  	\`residents_id\` text(36),
  	\`tickets_id\` text(36),
  	\`ticket_events_id\` text(36),
  	\`ticket_photos_id\` text(36),
  	\`ticket_followers_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`life_stages_id\`) REFERENCES \`life_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guide_corrections_id\`) REFERENCES \`guide_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correction_events_id\`) REFERENCES \`correction_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guide_feedback_id\`) REFERENCES \`guide_feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guide_comments_id\`) REFERENCES \`guide_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_misses_id\`) REFERENCES \`search_misses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  	FOREIGN KEY (\`sms_templates_id\`) REFERENCES \`sms_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`portal_builds_id\`) REFERENCES \`portal_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`persons_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`households_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dwellings_id\`) REFERENCES \`dwellings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registers_id\`) REFERENCES \`registers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tickets_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ticket_events_id\`) REFERENCES \`ticket_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ticket_photos_id\`) REFERENCES \`ticket_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ticket_followers_id\`) REFERENCES \`ticket_followers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "guide_corrections_id", "correction_events_id", "guide_feedback_id", "guide_comments_id", "search_misses_id", "bundles_id", "service_centres_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "application_files_id", "application_events_id", "notifications_id", "sms_templates_id", "portal_builds_id", "persons_id", "households_id", "dwellings_id", "organisations_id", "registers_id", "audit_log_id", "api_clients_id", "residents_id", "tickets_id", "ticket_events_id", "ticket_photos_id", "ticket_followers_id") SELECT "id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "guide_corrections_id", "correction_events_id", "guide_feedback_id", "guide_comments_id", "search_misses_id", "bundles_id", "service_centres_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "application_files_id", "application_events_id", "notifications_id", "sms_templates_id", "portal_builds_id", "persons_id", "households_id", "dwellings_id", "organisations_id", "registers_id", "audit_log_id", "api_clients_id", "residents_id", "tickets_id", "ticket_events_id", "ticket_photos_id", "ticket_followers_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_life_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`life_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guide_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`guide_corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correction_events_id_idx\` ON \`payload_locked_documents_rels\` (\`correction_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guide_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`guide_feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guide_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`guide_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_misses_id_idx\` ON \`payload_locked_documents_rels\` (\`search_misses_id\`);`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sms_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`sms_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_portal_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`portal_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_persons_id_idx\` ON \`payload_locked_documents_rels\` (\`persons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_households_id_idx\` ON \`payload_locked_documents_rels\` (\`households_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dwellings_id_idx\` ON \`payload_locked_documents_rels\` (\`dwellings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registers_id_idx\` ON \`payload_locked_documents_rels\` (\`registers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_residents_id_idx\` ON \`payload_locked_documents_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tickets_id_idx\` ON \`payload_locked_documents_rels\` (\`tickets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_events_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_followers_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_followers_id\`);`)
  await db.run(sql`DROP INDEX \`applications_applicant_name_key_idx\`;`)
  await db.run(sql`DROP INDEX \`applications_applicant_id_number_key_idx\`;`)
  await db.run(sql`DROP INDEX \`applications_applicant_phone_key_idx\`;`)
  await db.run(sql`DROP INDEX \`applications_applicant_key_version_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`applicant_name_key\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`applicant_id_number_key\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`applicant_phone_key\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`applicant_key_version\`;`)
  await db.run(sql`DROP INDEX \`application_events_request_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`application_events\` DROP COLUMN \`request_key\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`outcome\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`no_statutory_limit\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_outcome\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_no_statutory_limit\`;`)
}
