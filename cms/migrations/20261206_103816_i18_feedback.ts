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
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`correction_id\` text(36) REFERENCES guide_corrections(id);`)
  await db.run(sql`CREATE INDEX \`notifications_correction_idx\` ON \`notifications\` (\`correction_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`guide_corrections_id\` text(36) REFERENCES guide_corrections(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`correction_events_id\` text(36) REFERENCES correction_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`guide_feedback_id\` text(36) REFERENCES guide_feedback(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`guide_comments_id\` text(36) REFERENCES guide_comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_misses_id\` text(36) REFERENCES search_misses(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guide_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`guide_corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correction_events_id_idx\` ON \`payload_locked_documents_rels\` (\`correction_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guide_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`guide_feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guide_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`guide_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_misses_id_idx\` ON \`payload_locked_documents_rels\` (\`search_misses_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`guide_corrections\`;`)
  await db.run(sql`DROP TABLE \`correction_events\`;`)
  await db.run(sql`DROP TABLE \`guide_feedback\`;`)
  await db.run(sql`DROP TABLE \`guide_comments\`;`)
  await db.run(sql`DROP TABLE \`search_misses\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
}
