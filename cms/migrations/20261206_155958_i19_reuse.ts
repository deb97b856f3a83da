import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`services_materials\` ADD \`platform_source\` text;`)
  await db.run(sql`ALTER TABLE \`services_materials\` ADD \`commitment_allowed\` integer;`)
  await db.run(sql`ALTER TABLE \`services_materials\` ADD \`commitment_text\` text;`)
  await db.run(sql`ALTER TABLE \`services_application_form_fields\` ADD \`prefill\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` ADD \`platform_source\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` ADD \`commitment_allowed\` integer;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` ADD \`commitment_text\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_application_form_fields\` ADD \`prefill\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`reuse_person_id\` text(36) REFERENCES persons(id);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`reuse_consent_at\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_status\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_due_date\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_due_date_provisional\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_note\` text;`)
  await db.run(sql`CREATE INDEX \`applications_reuse_reuse_person_idx\` ON \`applications\` (\`reuse_person_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_commitment_check_commitment_check_status_idx\` ON \`applications\` (\`commitment_check_status\`);`)
  await db.run(sql`CREATE INDEX \`applications_commitment_check_commitment_check_due_date_idx\` ON \`applications\` (\`commitment_check_due_date\`);`)
  await db.run(sql`CREATE INDEX \`applications_commitment_check_commitment_check_due_date__idx\` ON \`applications\` (\`commitment_check_due_date_provisional\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`applications_reuse_materials\`;`)
  await db.run(sql`DROP TABLE \`applications_reuse_commitments\`;`)
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
  	\`applicant_name_key\` text,
  	\`applicant_id_number_key\` text,
  	\`applicant_phone_key\` text,
  	\`applicant_key_version\` text,
  	\`idempotency_key\` text,
  	\`request_hash\` text,
  	\`resident_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_applications\`("id", "tracking_number", "status", "channel", "service_id", "service_code", "service_title", "department_id", "promised_days", "working_days_taken", "on_time", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "assignee_id", "submitted_at", "accepted_at", "due_date", "due_date_provisional", "completed_at", "applicant_name", "applicant_id_number", "applicant_phone", "applicant_email", "answers", "outcome", "result_note", "supplement_note", "supplement_requested_at", "supplement_resume_status", "supplement_paused_working_days", "rating_level", "rating_rated_at", "rating_comment", "follow_up_status", "follow_up_due_date", "follow_up_due_date_provisional", "follow_up_closed_at", "follow_up_note", "query_code_hash", "applicant_name_key", "applicant_id_number_key", "applicant_phone_key", "applicant_key_version", "idempotency_key", "request_hash", "resident_id", "updated_at", "created_at") SELECT "id", "tracking_number", "status", "channel", "service_id", "service_code", "service_title", "department_id", "promised_days", "working_days_taken", "on_time", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "assignee_id", "submitted_at", "accepted_at", "due_date", "due_date_provisional", "completed_at", "applicant_name", "applicant_id_number", "applicant_phone", "applicant_email", "answers", "outcome", "result_note", "supplement_note", "supplement_requested_at", "supplement_resume_status", "supplement_paused_working_days", "rating_level", "rating_rated_at", "rating_comment", "follow_up_status", "follow_up_due_date", "follow_up_due_date_provisional", "follow_up_closed_at", "follow_up_note", "query_code_hash", "applicant_name_key", "applicant_id_number_key", "applicant_phone_key", "applicant_key_version", "idempotency_key", "request_hash", "resident_id", "updated_at", "created_at" FROM \`applications\`;`)
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
  await db.run(sql`CREATE INDEX \`applications_applicant_name_key_idx\` ON \`applications\` (\`applicant_name_key\`);`)
  await db.run(sql`CREATE INDEX \`applications_applicant_id_number_key_idx\` ON \`applications\` (\`applicant_id_number_key\`);`)
  await db.run(sql`CREATE INDEX \`applications_applicant_phone_key_idx\` ON \`applications\` (\`applicant_phone_key\`);`)
  await db.run(sql`CREATE INDEX \`applications_applicant_key_version_idx\` ON \`applications\` (\`applicant_key_version\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`applications_idempotency_key_idx\` ON \`applications\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`applications_resident_idx\` ON \`applications\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_updated_at_idx\` ON \`applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_created_at_idx\` ON \`applications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_scope_district_scope_street_submittedAt_depar_idx\` ON \`applications\` (\`scope_city\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`applications\` (\`scope_city\`,\`status\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`,\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`applications\` (\`scope_city\`,\`channel\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`applications\` (\`scope_city\`,\`rating_level\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`applications\` (\`scope_city\`,\`service_id\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_4_idx\` ON \`applications\` (\`scope_city\`,\`working_days_taken\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`,\`on_time\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_followUp_status_idx\` ON \`applications\` (\`scope_city\`,\`follow_up_status\`);`)
  await db.run(sql`ALTER TABLE \`services_materials\` DROP COLUMN \`platform_source\`;`)
  await db.run(sql`ALTER TABLE \`services_materials\` DROP COLUMN \`commitment_allowed\`;`)
  await db.run(sql`ALTER TABLE \`services_materials\` DROP COLUMN \`commitment_text\`;`)
  await db.run(sql`ALTER TABLE \`services_application_form_fields\` DROP COLUMN \`prefill\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` DROP COLUMN \`platform_source\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` DROP COLUMN \`commitment_allowed\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` DROP COLUMN \`commitment_text\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_application_form_fields\` DROP COLUMN \`prefill\`;`)
}
