import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`persons_social_insurance\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`persons_social_insurance_order_idx\` ON \`persons_social_insurance\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`persons_social_insurance_parent_idx\` ON \`persons_social_insurance\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`persons\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`id_number\` text NOT NULL,
  	\`sex\` text,
  	\`birth_date\` text,
  	\`ethnicity\` text DEFAULT '01',
  	\`phone\` text,
  	\`registered_address\` text,
  	\`residence_address\` text,
  	\`division_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`status_date\` text,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`persons_name_idx\` ON \`persons\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`persons_id_number_idx\` ON \`persons\` (\`id_number\`);`)
  await db.run(sql`CREATE INDEX \`persons_birth_date_idx\` ON \`persons\` (\`birth_date\`);`)
  await db.run(sql`CREATE INDEX \`persons_division_idx\` ON \`persons\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`persons_scope_scope_city_idx\` ON \`persons\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`persons_scope_scope_district_idx\` ON \`persons\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`persons_scope_scope_street_idx\` ON \`persons\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`persons_scope_scope_community_idx\` ON \`persons\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`persons_status_idx\` ON \`persons\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`persons_updated_at_idx\` ON \`persons\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`persons_created_at_idx\` ON \`persons\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`name_birthDate_idx\` ON \`persons\` (\`name\`,\`birth_date\`);`)
  await db.run(sql`CREATE TABLE \`households_members\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`person_id\` text(36) NOT NULL,
  	\`relation\` text NOT NULL,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`households_members_order_idx\` ON \`households_members\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`households_members_parent_id_idx\` ON \`households_members\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`households_members_person_idx\` ON \`households_members\` (\`person_id\`);`)
  await db.run(sql`CREATE TABLE \`households\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`household_number\` text,
  	\`address\` text,
  	\`dwelling_id\` text(36),
  	\`division_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`head_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`dwelling_id\`) REFERENCES \`dwellings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`head_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`households_household_number_idx\` ON \`households\` (\`household_number\`);`)
  await db.run(sql`CREATE INDEX \`households_dwelling_idx\` ON \`households\` (\`dwelling_id\`);`)
  await db.run(sql`CREATE INDEX \`households_division_idx\` ON \`households\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`households_scope_scope_city_idx\` ON \`households\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`households_scope_scope_district_idx\` ON \`households\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`households_scope_scope_street_idx\` ON \`households\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`households_scope_scope_community_idx\` ON \`households\` (\`scope_community\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`households_head_idx\` ON \`households\` (\`head_id\`);`)
  await db.run(sql`CREATE INDEX \`households_updated_at_idx\` ON \`households\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`households_created_at_idx\` ON \`households\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`dwellings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`address\` text NOT NULL,
  	\`division_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`use\` text DEFAULT 'residential' NOT NULL,
  	\`tenure\` text DEFAULT 'ownerOccupied' NOT NULL,
  	\`area\` numeric,
  	\`owner_name\` text,
  	\`owner_phone\` text,
  	\`rental_lease_start\` text,
  	\`rental_lease_end\` text,
  	\`rental_registered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dwellings_division_idx\` ON \`dwellings\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`dwellings_scope_scope_city_idx\` ON \`dwellings\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`dwellings_scope_scope_district_idx\` ON \`dwellings\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`dwellings_scope_scope_street_idx\` ON \`dwellings\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`dwellings_scope_scope_community_idx\` ON \`dwellings\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`dwellings_tenure_idx\` ON \`dwellings\` (\`tenure\`);`)
  await db.run(sql`CREATE INDEX \`dwellings_updated_at_idx\` ON \`dwellings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dwellings_created_at_idx\` ON \`dwellings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_tenure_scope_district_scope_street_idx\` ON \`dwellings\` (\`scope_city\`,\`tenure\`,\`scope_district\`,\`scope_street\`);`)
  await db.run(sql`CREATE TABLE \`dwellings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`persons_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dwellings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`persons_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dwellings_rels_order_idx\` ON \`dwellings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`dwellings_rels_parent_idx\` ON \`dwellings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dwellings_rels_path_idx\` ON \`dwellings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`dwellings_rels_persons_id_idx\` ON \`dwellings_rels\` (\`persons_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`credit_code\` text NOT NULL,
  	\`kind\` text DEFAULT 'enterprise' NOT NULL,
  	\`legal_representative\` text,
  	\`phone\` text,
  	\`address\` text,
  	\`division_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`status\` text DEFAULT 'active',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_name_idx\` ON \`organisations\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_credit_code_idx\` ON \`organisations\` (\`credit_code\`);`)
  await db.run(sql`CREATE INDEX \`organisations_division_idx\` ON \`organisations\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_scope_scope_city_idx\` ON \`organisations\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`organisations_scope_scope_district_idx\` ON \`organisations\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`organisations_scope_scope_street_idx\` ON \`organisations\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`organisations_scope_scope_community_idx\` ON \`organisations\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`registers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`person_id\` text(36) NOT NULL,
  	\`kind\` text NOT NULL,
  	\`start_date\` text NOT NULL,
  	\`end_date\` text,
  	\`notes\` text,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`registers_person_idx\` ON \`registers\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`registers_kind_idx\` ON \`registers\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`registers_scope_scope_city_idx\` ON \`registers\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`registers_scope_scope_district_idx\` ON \`registers\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`registers_scope_scope_street_idx\` ON \`registers\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`registers_scope_scope_community_idx\` ON \`registers\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`registers_updated_at_idx\` ON \`registers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registers_created_at_idx\` ON \`registers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_kind_scope_district_scope_street_startDate_idx\` ON \`registers\` (\`scope_city\`,\`kind\`,\`scope_district\`,\`scope_street\`,\`start_date\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`action_label\` text,
  	\`target_collection\` text,
  	\`target_id\` text,
  	\`summary\` text,
  	\`detail\` text,
  	\`changes\` text,
  	\`actor_id\` text(36),
  	\`actor_name\` text,
  	\`by\` text NOT NULL,
  	\`client_address\` text,
  	\`user_agent\` text,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_id_idx\` ON \`audit_log\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_scope_scope_city_idx\` ON \`audit_log\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_scope_scope_district_idx\` ON \`audit_log\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_scope_scope_street_idx\` ON \`audit_log\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_scope_scope_community_idx\` ON \`audit_log\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`can_view_full_personal_data\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`persons_id\` text(36) REFERENCES persons(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`households_id\` text(36) REFERENCES households(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`dwellings_id\` text(36) REFERENCES dwellings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`organisations_id\` text(36) REFERENCES organisations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`registers_id\` text(36) REFERENCES registers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` text(36) REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_persons_id_idx\` ON \`payload_locked_documents_rels\` (\`persons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_households_id_idx\` ON \`payload_locked_documents_rels\` (\`households_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dwellings_id_idx\` ON \`payload_locked_documents_rels\` (\`dwellings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registers_id_idx\` ON \`payload_locked_documents_rels\` (\`registers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`persons_social_insurance\`;`)
  await db.run(sql`DROP TABLE \`persons\`;`)
  await db.run(sql`DROP TABLE \`households_members\`;`)
  await db.run(sql`DROP TABLE \`households\`;`)
  await db.run(sql`DROP TABLE \`dwellings\`;`)
  await db.run(sql`DROP TABLE \`dwellings_rels\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`registers\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	FOREIGN KEY (\`portal_builds_id\`) REFERENCES \`portal_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "bundles_id", "service_centres_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "application_files_id", "application_events_id", "notifications_id", "portal_builds_id") SELECT "id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "bundles_id", "service_centres_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "application_files_id", "application_events_id", "notifications_id", "portal_builds_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`can_view_full_personal_data\`;`)
}
