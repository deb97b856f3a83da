import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`gateway_id\` text;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`delivery_status\` text;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`delivered_at\` text;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`delivery_error\` text;`)
  await db.run(sql`CREATE INDEX \`notifications_gateway_id_idx\` ON \`notifications\` (\`gateway_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sms_templates_id\` text(36) REFERENCES sms_templates(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sms_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`sms_templates_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sms_templates\`;`)
  await db.run(sql`DROP TABLE \`_sms_templates_v\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_persons_id_idx\` ON \`payload_locked_documents_rels\` (\`persons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_households_id_idx\` ON \`payload_locked_documents_rels\` (\`households_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dwellings_id_idx\` ON \`payload_locked_documents_rels\` (\`dwellings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registers_id_idx\` ON \`payload_locked_documents_rels\` (\`registers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tickets_id_idx\` ON \`payload_locked_documents_rels\` (\`tickets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_events_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_events_id\`);`)
  await db.run(sql`DROP INDEX \`notifications_gateway_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`gateway_id\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`delivery_status\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`delivered_at\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`delivery_error\`;`)
}
