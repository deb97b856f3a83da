import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`appointment_schedules_periods\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`appointment_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`appointment_schedules_periods_order_idx\` ON \`appointment_schedules_periods\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`appointment_schedules_periods_parent_id_idx\` ON \`appointment_schedules_periods\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`appointment_schedules\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`centre_id\` text(36) NOT NULL,
  	\`slot_minutes\` numeric DEFAULT 30 NOT NULL,
  	\`capacity\` numeric DEFAULT 5 NOT NULL,
  	\`capacity_per_service\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`centre_id\`) REFERENCES \`service_centres\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`appointment_schedules_centre_idx\` ON \`appointment_schedules\` (\`centre_id\`);`)
  await db.run(sql`CREATE INDEX \`appointment_schedules_updated_at_idx\` ON \`appointment_schedules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`appointment_schedules_created_at_idx\` ON \`appointment_schedules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`appointment_slots\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`booked\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`appointment_slots_key_idx\` ON \`appointment_slots\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`appointment_slots_updated_at_idx\` ON \`appointment_slots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`appointment_slots_created_at_idx\` ON \`appointment_slots\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`appointments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`service\` text NOT NULL,
  	\`service_title\` text NOT NULL,
  	\`centre_id\` text(36) NOT NULL,
  	\`date\` text NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	\`status\` text DEFAULT 'booked' NOT NULL,
  	\`masked_name\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`channel\` text NOT NULL,
  	\`resident_id\` text(36),
  	\`booked_by_id\` text(36),
  	\`person_key\` text NOT NULL,
  	\`active_key\` text NOT NULL,
  	\`slot_key\` text NOT NULL,
  	\`reminder_sent\` integer DEFAULT false,
  	\`checked_in_at\` text,
  	\`cancelled_at\` text,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`centre_id\`) REFERENCES \`service_centres\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`booked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`appointments_number_idx\` ON \`appointments\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`appointments_service_idx\` ON \`appointments\` (\`service\`);`)
  await db.run(sql`CREATE INDEX \`appointments_centre_idx\` ON \`appointments\` (\`centre_id\`);`)
  await db.run(sql`CREATE INDEX \`appointments_date_idx\` ON \`appointments\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`appointments_status_idx\` ON \`appointments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`appointments_resident_idx\` ON \`appointments\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`appointments_booked_by_idx\` ON \`appointments\` (\`booked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`appointments_person_key_idx\` ON \`appointments\` (\`person_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`appointments_active_key_idx\` ON \`appointments\` (\`active_key\`);`)
  await db.run(sql`CREATE INDEX \`appointments_reminder_sent_idx\` ON \`appointments\` (\`reminder_sent\`);`)
  await db.run(sql`CREATE INDEX \`appointments_scope_scope_city_idx\` ON \`appointments\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`appointments_scope_scope_district_idx\` ON \`appointments\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`appointments_scope_scope_street_idx\` ON \`appointments\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`appointments_scope_scope_community_idx\` ON \`appointments\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`appointments_updated_at_idx\` ON \`appointments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`appointments_created_at_idx\` ON \`appointments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`applications_reuse_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`material\` text,
  	\`source\` text,
  	\`record\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_reuse_materials_order_idx\` ON \`applications_reuse_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_reuse_materials_parent_id_idx\` ON \`applications_reuse_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`applications_reuse_commitments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`material\` text,
  	\`signed_at\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_reuse_commitments_order_idx\` ON \`applications_reuse_commitments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_reuse_commitments_parent_id_idx\` ON \`applications_reuse_commitments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bundle_cases\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`bundle_id\` text(36) NOT NULL,
  	\`bundle_code\` text NOT NULL,
  	\`bundle_title\` text NOT NULL,
  	\`submitted_at\` text NOT NULL,
  	\`query_code_hash\` text,
  	\`idempotency_key\` text,
  	\`request_hash\` text,
  	\`resident_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`bundle_id\`) REFERENCES \`bundles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bundle_cases_number_idx\` ON \`bundle_cases\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`bundle_cases_bundle_idx\` ON \`bundle_cases\` (\`bundle_id\`);`)
  await db.run(sql`CREATE INDEX \`bundle_cases_submitted_at_idx\` ON \`bundle_cases\` (\`submitted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bundle_cases_idempotency_key_idx\` ON \`bundle_cases\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`bundle_cases_resident_idx\` ON \`bundle_cases\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`bundle_cases_updated_at_idx\` ON \`bundle_cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bundle_cases_created_at_idx\` ON \`bundle_cases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`bundle_cases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`applications_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bundle_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bundle_cases_rels_order_idx\` ON \`bundle_cases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bundle_cases_rels_parent_idx\` ON \`bundle_cases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bundle_cases_rels_path_idx\` ON \`bundle_cases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`bundle_cases_rels_applications_id_idx\` ON \`bundle_cases_rels\` (\`applications_id\`);`)
  await db.run(sql`ALTER TABLE \`services_materials\` ADD \`platform_source\` text;`)
  await db.run(sql`ALTER TABLE \`services_materials\` ADD \`commitment_allowed\` integer;`)
  await db.run(sql`ALTER TABLE \`services_materials\` ADD \`commitment_text\` text;`)
  await db.run(sql`ALTER TABLE \`services_application_form_fields\` ADD \`prefill\` text;`)
  await db.run(sql`ALTER TABLE \`services_application_form_fields\` ADD \`show_if_question\` text;`)
  await db.run(sql`ALTER TABLE \`services_application_form_fields\` ADD \`show_if_equals\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`application_form_party_label\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`application_form_party_ask_relation\` integer;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`application_form_party_ask_birth_date\` integer;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`application_form_handled_by\` text DEFAULT 'applicant-residence';`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` ADD \`platform_source\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` ADD \`commitment_allowed\` integer;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` ADD \`commitment_text\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_application_form_fields\` ADD \`prefill\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_application_form_fields\` ADD \`show_if_question\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_application_form_fields\` ADD \`show_if_equals\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_application_form_party_label\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_application_form_party_ask_relation\` integer;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_application_form_party_ask_birth_date\` integer;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_application_form_handled_by\` text DEFAULT 'applicant-residence';`)
  await db.run(sql`ALTER TABLE \`bundles\` ADD \`apply_as_one\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_bundles_v\` ADD \`version_apply_as_one\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`party_label\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`party_name\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`party_id_number\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`party_relation\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`party_birth_date\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`handled_by\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`routed_from_population\` integer;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`reuse_person\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`reuse_consent_at\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_status\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_due_date\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_due_date_provisional\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_note\` text;`)
  await db.run(sql`CREATE INDEX \`applications_commitment_check_commitment_check_status_idx\` ON \`applications\` (\`commitment_check_status\`);`)
  await db.run(sql`CREATE INDEX \`applications_commitment_check_commitment_check_due_date_idx\` ON \`applications\` (\`commitment_check_due_date\`);`)
  await db.run(sql`CREATE INDEX \`applications_commitment_check_commitment_check_due_date__idx\` ON \`applications\` (\`commitment_check_due_date_provisional\`);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`appointment_id\` text(36) REFERENCES appointments(id);`)
  await db.run(sql`CREATE INDEX \`notifications_appointment_idx\` ON \`notifications\` (\`appointment_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`appointment_schedules_id\` text(36) REFERENCES appointment_schedules(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`appointment_slots_id\` text(36) REFERENCES appointment_slots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`appointments_id\` text(36) REFERENCES appointments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bundle_cases_id\` text(36) REFERENCES bundle_cases(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_appointment_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`appointment_schedules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_appointment_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`appointment_slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_appointments_id_idx\` ON \`payload_locked_documents_rels\` (\`appointments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bundle_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`bundle_cases_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`appointment_schedules_periods\`;`)
  await db.run(sql`DROP TABLE \`appointment_schedules\`;`)
  await db.run(sql`DROP TABLE \`appointment_slots\`;`)
  await db.run(sql`DROP TABLE \`appointments\`;`)
  await db.run(sql`DROP TABLE \`applications_reuse_materials\`;`)
  await db.run(sql`DROP TABLE \`applications_reuse_commitments\`;`)
  await db.run(sql`DROP TABLE \`bundle_cases\`;`)
  await db.run(sql`DROP TABLE \`bundle_cases_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_notifications\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`application_id\` text(36),
  	\`ticket_id\` text(36),
  	\`correction_id\` text(36),
  	\`resident_id\` text(36),
  	\`channel\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`recipient\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`sent_at\` text,
  	\`error\` text,
  	\`gateway_id\` text,
  	\`delivery_status\` text,
  	\`delivered_at\` text,
  	\`delivery_error\` text,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`department_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ticket_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`correction_id\`) REFERENCES \`guide_corrections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications\`("id", "application_id", "ticket_id", "correction_id", "resident_id", "channel", "status", "recipient", "subject", "message", "attempts", "sent_at", "error", "gateway_id", "delivery_status", "delivered_at", "delivery_error", "scope_city", "scope_district", "scope_street", "scope_community", "department_id", "updated_at", "created_at") SELECT "id", "application_id", "ticket_id", "correction_id", "resident_id", "channel", "status", "recipient", "subject", "message", "attempts", "sent_at", "error", "gateway_id", "delivery_status", "delivered_at", "delivery_error", "scope_city", "scope_district", "scope_street", "scope_community", "department_id", "updated_at", "created_at" FROM \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications\` RENAME TO \`notifications\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`notifications_application_idx\` ON \`notifications\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_ticket_idx\` ON \`notifications\` (\`ticket_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_correction_idx\` ON \`notifications\` (\`correction_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_resident_idx\` ON \`notifications\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_channel_idx\` ON \`notifications\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`notifications_status_idx\` ON \`notifications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`notifications_gateway_id_idx\` ON \`notifications\` (\`gateway_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_scope_scope_city_idx\` ON \`notifications\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`notifications_scope_scope_district_idx\` ON \`notifications\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`notifications_scope_scope_street_idx\` ON \`notifications\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`notifications_scope_scope_community_idx\` ON \`notifications\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`notifications_department_idx\` ON \`notifications\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
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
  	\`result_templates_id\` text(36),
  	\`result_documents_id\` text(36),
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
  	\`department_systems_id\` text(36),
  	\`webhook_deliveries_id\` text(36),
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
  	FOREIGN KEY (\`result_templates_id\`) REFERENCES \`result_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`result_documents_id\`) REFERENCES \`result_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  	FOREIGN KEY (\`department_systems_id\`) REFERENCES \`department_systems\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tickets_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ticket_events_id\`) REFERENCES \`ticket_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ticket_photos_id\`) REFERENCES \`ticket_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ticket_followers_id\`) REFERENCES \`ticket_followers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "guide_corrections_id", "correction_events_id", "guide_feedback_id", "guide_comments_id", "search_misses_id", "bundles_id", "service_centres_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "application_files_id", "application_events_id", "result_templates_id", "result_documents_id", "notifications_id", "sms_templates_id", "portal_builds_id", "persons_id", "households_id", "dwellings_id", "organisations_id", "registers_id", "audit_log_id", "api_clients_id", "department_systems_id", "webhook_deliveries_id", "residents_id", "tickets_id", "ticket_events_id", "ticket_photos_id", "ticket_followers_id") SELECT "id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "guide_corrections_id", "correction_events_id", "guide_feedback_id", "guide_comments_id", "search_misses_id", "bundles_id", "service_centres_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "application_files_id", "application_events_id", "result_templates_id", "result_documents_id", "notifications_id", "sms_templates_id", "portal_builds_id", "persons_id", "households_id", "dwellings_id", "organisations_id", "registers_id", "audit_log_id", "api_clients_id", "department_systems_id", "webhook_deliveries_id", "residents_id", "tickets_id", "ticket_events_id", "ticket_photos_id", "ticket_followers_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_result_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`result_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_result_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`result_documents_id\`);`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_department_systems_id_idx\` ON \`payload_locked_documents_rels\` (\`department_systems_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_residents_id_idx\` ON \`payload_locked_documents_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tickets_id_idx\` ON \`payload_locked_documents_rels\` (\`tickets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_events_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_followers_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_followers_id\`);`)
  await db.run(sql`DROP INDEX \`applications_commitment_check_commitment_check_status_idx\`;`)
  await db.run(sql`DROP INDEX \`applications_commitment_check_commitment_check_due_date_idx\`;`)
  await db.run(sql`DROP INDEX \`applications_commitment_check_commitment_check_due_date__idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`party_label\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`party_name\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`party_id_number\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`party_relation\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`party_birth_date\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`handled_by\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`routed_from_population\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`reuse_person\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`reuse_consent_at\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`commitment_check_status\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`commitment_check_due_date\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`commitment_check_due_date_provisional\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`commitment_check_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`commitment_check_note\`;`)
  await db.run(sql`ALTER TABLE \`services_materials\` DROP COLUMN \`platform_source\`;`)
  await db.run(sql`ALTER TABLE \`services_materials\` DROP COLUMN \`commitment_allowed\`;`)
  await db.run(sql`ALTER TABLE \`services_materials\` DROP COLUMN \`commitment_text\`;`)
  await db.run(sql`ALTER TABLE \`services_application_form_fields\` DROP COLUMN \`prefill\`;`)
  await db.run(sql`ALTER TABLE \`services_application_form_fields\` DROP COLUMN \`show_if_question\`;`)
  await db.run(sql`ALTER TABLE \`services_application_form_fields\` DROP COLUMN \`show_if_equals\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`application_form_party_label\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`application_form_party_ask_relation\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`application_form_party_ask_birth_date\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`application_form_handled_by\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` DROP COLUMN \`platform_source\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` DROP COLUMN \`commitment_allowed\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` DROP COLUMN \`commitment_text\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_application_form_fields\` DROP COLUMN \`prefill\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_application_form_fields\` DROP COLUMN \`show_if_question\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_application_form_fields\` DROP COLUMN \`show_if_equals\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_application_form_party_label\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_application_form_party_ask_relation\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_application_form_party_ask_birth_date\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_application_form_handled_by\`;`)
  await db.run(sql`ALTER TABLE \`bundles\` DROP COLUMN \`apply_as_one\`;`)
  await db.run(sql`ALTER TABLE \`_bundles_v\` DROP COLUMN \`version_apply_as_one\`;`)
}
