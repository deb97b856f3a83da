import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillDemands } from '../../collections/Demands/backfill'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`demands\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`source_key\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`source_number\` text,
  	\`summary\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`topic_id\` text(36),
  	\`service_id\` text(36),
  	\`received_at\` text NOT NULL,
  	\`group_id\` text(36),
  	\`grouped_by\` text DEFAULT 'auto' NOT NULL,
  	\`bucket\` text NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`group_id\`) REFERENCES \`demand_groups\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`demands_source_key_idx\` ON \`demands\` (\`source_key\`);`)
  await db.run(sql`CREATE INDEX \`demands_source_idx\` ON \`demands\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`demands_kind_idx\` ON \`demands\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`demands_topic_idx\` ON \`demands\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_service_idx\` ON \`demands\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_received_at_idx\` ON \`demands\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`demands_group_idx\` ON \`demands\` (\`group_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_bucket_idx\` ON \`demands\` (\`bucket\`);`)
  await db.run(sql`CREATE INDEX \`demands_scope_scope_city_idx\` ON \`demands\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`demands_scope_scope_district_idx\` ON \`demands\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`demands_scope_scope_street_idx\` ON \`demands\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`demands_scope_scope_community_idx\` ON \`demands\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`demands_updated_at_idx\` ON \`demands\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`demands_created_at_idx\` ON \`demands\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`bucket_receivedAt_idx\` ON \`demands\` (\`bucket\`,\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`group_receivedAt_idx\` ON \`demands\` (\`group_id\`,\`received_at\`);`)
  await db.run(sql`CREATE TABLE \`demands_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`tickets_id\` text(36),
  	\`guide_corrections_id\` text(36),
  	\`applications_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`demands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tickets_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guide_corrections_id\`) REFERENCES \`guide_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`demands_rels_order_idx\` ON \`demands_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_parent_idx\` ON \`demands_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_path_idx\` ON \`demands_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_tickets_id_idx\` ON \`demands_rels\` (\`tickets_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_guide_corrections_id_idx\` ON \`demands_rels\` (\`guide_corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_applications_id_idx\` ON \`demands_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE TABLE \`demand_groups_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor_name\` text,
  	\`actor_unit\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`demand_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`demand_groups_history_order_idx\` ON \`demand_groups_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_history_parent_id_idx\` ON \`demand_groups_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`demand_groups\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`topic_id\` text(36),
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`merged_into_id\` text(36),
  	\`size\` numeric DEFAULT 0,
  	\`month_count\` numeric DEFAULT 0,
  	\`previous_month_count\` numeric DEFAULT 0,
  	\`growth\` numeric DEFAULT 0,
  	\`first_seen_at\` text,
  	\`last_seen_at\` text,
  	\`decision_kind\` text,
  	\`decision_service_id\` text(36),
  	\`decision_decided_at\` text,
  	\`decision_notified_at\` text,
  	\`decision_note\` text,
  	\`bucket\` text NOT NULL,
  	\`centroid\` text,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`demand_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decision_service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`demand_groups_topic_idx\` ON \`demand_groups\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_status_idx\` ON \`demand_groups\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_merged_into_idx\` ON \`demand_groups\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_size_idx\` ON \`demand_groups\` (\`size\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_month_count_idx\` ON \`demand_groups\` (\`month_count\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_previous_month_count_idx\` ON \`demand_groups\` (\`previous_month_count\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_growth_idx\` ON \`demand_groups\` (\`growth\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_first_seen_at_idx\` ON \`demand_groups\` (\`first_seen_at\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_last_seen_at_idx\` ON \`demand_groups\` (\`last_seen_at\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_decision_decision_service_idx\` ON \`demand_groups\` (\`decision_service_id\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_decision_decision_notified_at_idx\` ON \`demand_groups\` (\`decision_notified_at\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_bucket_idx\` ON \`demand_groups\` (\`bucket\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_scope_scope_city_idx\` ON \`demand_groups\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_scope_scope_district_idx\` ON \`demand_groups\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_scope_scope_street_idx\` ON \`demand_groups\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_scope_scope_community_idx\` ON \`demand_groups\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_updated_at_idx\` ON \`demand_groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`demand_groups_created_at_idx\` ON \`demand_groups\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`demands_id\` text(36) REFERENCES demands(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`demand_groups_id\` text(36) REFERENCES demand_groups(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_demands_id_idx\` ON \`payload_locked_documents_rels\` (\`demands_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_demand_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`demand_groups_id\`);`)
  // Hand-written (keep when regenerating): register the demands of cases that existed before the register.
  await backfillDemands(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`demands\`;`)
  await db.run(sql`DROP TABLE \`demands_rels\`;`)
  await db.run(sql`DROP TABLE \`demand_groups_history\`;`)
  await db.run(sql`DROP TABLE \`demand_groups\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`appointment_schedules_id\` text(36),
  	\`appointment_slots_id\` text(36),
  	\`appointments_id\` text(36),
  	\`media_id\` text(36),
  	\`departments_id\` text(36),
  	\`divisions_id\` text(36),
  	\`users_id\` text(36),
  	\`calendar_days_id\` text(36),
  	\`applications_id\` text(36),
  	\`bundle_cases_id\` text(36),
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
  	FOREIGN KEY (\`appointment_schedules_id\`) REFERENCES \`appointment_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`appointment_slots_id\`) REFERENCES \`appointment_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`appointments_id\`) REFERENCES \`appointments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`divisions_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_days_id\`) REFERENCES \`calendar_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bundle_cases_id\`) REFERENCES \`bundle_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "guide_corrections_id", "correction_events_id", "guide_feedback_id", "guide_comments_id", "search_misses_id", "bundles_id", "service_centres_id", "appointment_schedules_id", "appointment_slots_id", "appointments_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "bundle_cases_id", "application_files_id", "application_events_id", "result_templates_id", "result_documents_id", "notifications_id", "sms_templates_id", "portal_builds_id", "persons_id", "households_id", "dwellings_id", "organisations_id", "registers_id", "audit_log_id", "api_clients_id", "department_systems_id", "webhook_deliveries_id", "residents_id", "tickets_id", "ticket_events_id", "ticket_photos_id", "ticket_followers_id") SELECT "id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "guide_corrections_id", "correction_events_id", "guide_feedback_id", "guide_comments_id", "search_misses_id", "bundles_id", "service_centres_id", "appointment_schedules_id", "appointment_slots_id", "appointments_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "bundle_cases_id", "application_files_id", "application_events_id", "result_templates_id", "result_documents_id", "notifications_id", "sms_templates_id", "portal_builds_id", "persons_id", "households_id", "dwellings_id", "organisations_id", "registers_id", "audit_log_id", "api_clients_id", "department_systems_id", "webhook_deliveries_id", "residents_id", "tickets_id", "ticket_events_id", "ticket_photos_id", "ticket_followers_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_appointment_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`appointment_schedules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_appointment_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`appointment_slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_appointments_id_idx\` ON \`payload_locked_documents_rels\` (\`appointments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_divisions_id_idx\` ON \`payload_locked_documents_rels\` (\`divisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_days_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bundle_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`bundle_cases_id\`);`)
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
}
