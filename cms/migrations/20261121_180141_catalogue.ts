import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`life_stages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`slug\` text,
  	\`title\` text,
  	\`summary\` text,
  	\`icon\` text,
  	\`order\` numeric,
  	\`seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`life_stages_code_idx\` ON \`life_stages\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`life_stages_slug_idx\` ON \`life_stages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`life_stages_updated_at_idx\` ON \`life_stages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`life_stages_created_at_idx\` ON \`life_stages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`life_stages__status_idx\` ON \`life_stages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_life_stages_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_code\` text,
  	\`version_slug\` text,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_icon\` text,
  	\`version_order\` numeric,
  	\`version_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`life_stages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_life_stages_v_parent_idx\` ON \`_life_stages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_life_stages_v_version_version_code_idx\` ON \`_life_stages_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_life_stages_v_version_version_slug_idx\` ON \`_life_stages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_life_stages_v_version_version_updated_at_idx\` ON \`_life_stages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_life_stages_v_version_version_created_at_idx\` ON \`_life_stages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_life_stages_v_version_version__status_idx\` ON \`_life_stages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_life_stages_v_created_at_idx\` ON \`_life_stages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_life_stages_v_updated_at_idx\` ON \`_life_stages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_life_stages_v_latest_idx\` ON \`_life_stages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`title\` text,
  	\`stage_id\` text(36),
  	\`summary\` text,
  	\`order\` numeric,
  	\`seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`stage_id\`) REFERENCES \`life_stages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_code_idx\` ON \`topics\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`topics_stage_idx\` ON \`topics\` (\`stage_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`topics__status_idx\` ON \`topics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_code\` text,
  	\`version_title\` text,
  	\`version_stage_id\` text(36),
  	\`version_summary\` text,
  	\`version_order\` numeric,
  	\`version_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_stage_id\`) REFERENCES \`life_stages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_parent_idx\` ON \`_topics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_code_idx\` ON \`_topics_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_stage_idx\` ON \`_topics_v\` (\`version_stage_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_updated_at_idx\` ON \`_topics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_created_at_idx\` ON \`_topics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version__status_idx\` ON \`_topics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_created_at_idx\` ON \`_topics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_updated_at_idx\` ON \`_topics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_latest_idx\` ON \`_topics_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`services_legal_bases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`article\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_legal_bases_order_idx\` ON \`services_legal_bases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_legal_bases_parent_id_idx\` ON \`services_legal_bases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_conditions_order_idx\` ON \`services_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_conditions_parent_id_idx\` ON \`services_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`necessity\` text,
  	\`form\` text,
  	\`copies\` numeric,
  	\`source\` text,
  	\`blank_form_id\` text(36),
  	\`sample_id\` text(36),
  	\`notes\` text,
  	FOREIGN KEY (\`blank_form_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sample_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_materials_order_idx\` ON \`services_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_materials_parent_id_idx\` ON \`services_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_materials_blank_form_idx\` ON \`services_materials\` (\`blank_form_id\`);`)
  await db.run(sql`CREATE INDEX \`services_materials_sample_idx\` ON \`services_materials\` (\`sample_id\`);`)
  await db.run(sql`CREATE TABLE \`services_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_steps_order_idx\` ON \`services_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_steps_parent_id_idx\` ON \`services_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_fee_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`standard\` text,
  	\`basis\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_fee_items_order_idx\` ON \`services_fee_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_fee_items_parent_id_idx\` ON \`services_fee_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_faqs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_faqs_order_idx\` ON \`services_faqs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_faqs_parent_id_idx\` ON \`services_faqs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_application_form_fields\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`type\` text DEFAULT 'text',
  	\`required\` integer DEFAULT true,
  	\`help\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_application_form_fields_order_idx\` ON \`services_application_form_fields\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_application_form_fields_parent_id_idx\` ON \`services_application_form_fields\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_application_form_uploads\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`material\` text,
  	\`required\` integer DEFAULT true,
  	\`help\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_application_form_uploads_order_idx\` ON \`services_application_form_uploads\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_application_form_uploads_parent_id_idx\` ON \`services_application_form_uploads\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`title\` text,
  	\`summary\` text,
  	\`kind\` text,
  	\`type\` text,
  	\`level\` text,
  	\`topic_id\` text(36),
  	\`stage_id\` text(36),
  	\`department_id\` text(36),
  	\`audience_person\` integer DEFAULT false,
  	\`audience_organisation\` integer DEFAULT false,
  	\`handling_forms_window\` integer DEFAULT false,
  	\`handling_forms_online\` integer DEFAULT false,
  	\`handling_forms_post\` integer DEFAULT false,
  	\`case_type\` text,
  	\`legal_days\` numeric,
  	\`promised_days\` numeric,
  	\`time_limit_note\` text,
  	\`visits\` numeric,
  	\`fee_charged\` integer DEFAULT false,
  	\`fee_reduction\` text,
  	\`online_depth\` text,
  	\`result_name\` text,
  	\`result_type\` text,
  	\`result_description\` text,
  	\`hours_note\` text,
  	\`enquiry_phone\` text,
  	\`complaint_phone\` text,
  	\`link_label\` text,
  	\`link_url\` text,
  	\`review_due\` text,
  	\`editor_notes\` text,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`stage_id\`) REFERENCES \`life_stages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_code_idx\` ON \`services\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`services_kind_idx\` ON \`services\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`services_topic_idx\` ON \`services\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`services_stage_idx\` ON \`services\` (\`stage_id\`);`)
  await db.run(sql`CREATE INDEX \`services_department_idx\` ON \`services\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`services_review_due_idx\` ON \`services\` (\`review_due\`);`)
  await db.run(sql`CREATE INDEX \`services_scope_scope_city_idx\` ON \`services\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`services_scope_scope_district_idx\` ON \`services\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`services_scope_scope_street_idx\` ON \`services\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`services_scope_scope_community_idx\` ON \`services\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`services_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_texts_order_parent\` ON \`services_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`service_centres_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_centres_id\`) REFERENCES \`service_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_rels_order_idx\` ON \`services_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_parent_idx\` ON \`services_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_path_idx\` ON \`services_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_service_centres_id_idx\` ON \`services_rels\` (\`service_centres_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_legal_bases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`article\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_legal_bases_order_idx\` ON \`_services_v_version_legal_bases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_legal_bases_parent_id_idx\` ON \`_services_v_version_legal_bases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_conditions_order_idx\` ON \`_services_v_version_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_conditions_parent_id_idx\` ON \`_services_v_version_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`necessity\` text,
  	\`form\` text,
  	\`copies\` numeric,
  	\`source\` text,
  	\`blank_form_id\` text(36),
  	\`sample_id\` text(36),
  	\`notes\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`blank_form_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sample_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_materials_order_idx\` ON \`_services_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_materials_parent_id_idx\` ON \`_services_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_materials_blank_form_idx\` ON \`_services_v_version_materials\` (\`blank_form_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_materials_sample_idx\` ON \`_services_v_version_materials\` (\`sample_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_steps_order_idx\` ON \`_services_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_steps_parent_id_idx\` ON \`_services_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_fee_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`standard\` text,
  	\`basis\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_fee_items_order_idx\` ON \`_services_v_version_fee_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_fee_items_parent_id_idx\` ON \`_services_v_version_fee_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_faqs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_faqs_order_idx\` ON \`_services_v_version_faqs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_faqs_parent_id_idx\` ON \`_services_v_version_faqs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_application_form_fields\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`type\` text DEFAULT 'text',
  	\`required\` integer DEFAULT true,
  	\`help\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_application_form_fields_order_idx\` ON \`_services_v_version_application_form_fields\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_application_form_fields_parent_id_idx\` ON \`_services_v_version_application_form_fields\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_application_form_uploads\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`material\` text,
  	\`required\` integer DEFAULT true,
  	\`help\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_application_form_uploads_order_idx\` ON \`_services_v_version_application_form_uploads\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_application_form_uploads_parent_id_idx\` ON \`_services_v_version_application_form_uploads\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_code\` text,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_kind\` text,
  	\`version_type\` text,
  	\`version_level\` text,
  	\`version_topic_id\` text(36),
  	\`version_stage_id\` text(36),
  	\`version_department_id\` text(36),
  	\`version_audience_person\` integer DEFAULT false,
  	\`version_audience_organisation\` integer DEFAULT false,
  	\`version_handling_forms_window\` integer DEFAULT false,
  	\`version_handling_forms_online\` integer DEFAULT false,
  	\`version_handling_forms_post\` integer DEFAULT false,
  	\`version_case_type\` text,
  	\`version_legal_days\` numeric,
  	\`version_promised_days\` numeric,
  	\`version_time_limit_note\` text,
  	\`version_visits\` numeric,
  	\`version_fee_charged\` integer DEFAULT false,
  	\`version_fee_reduction\` text,
  	\`version_online_depth\` text,
  	\`version_result_name\` text,
  	\`version_result_type\` text,
  	\`version_result_description\` text,
  	\`version_hours_note\` text,
  	\`version_enquiry_phone\` text,
  	\`version_complaint_phone\` text,
  	\`version_link_label\` text,
  	\`version_link_url\` text,
  	\`version_review_due\` text,
  	\`version_editor_notes\` text,
  	\`version_scope_city\` text,
  	\`version_scope_district\` text,
  	\`version_scope_street\` text,
  	\`version_scope_community\` text,
  	\`version_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_stage_id\`) REFERENCES \`life_stages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_code_idx\` ON \`_services_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_kind_idx\` ON \`_services_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_topic_idx\` ON \`_services_v\` (\`version_topic_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_stage_idx\` ON \`_services_v\` (\`version_stage_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_department_idx\` ON \`_services_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_review_due_idx\` ON \`_services_v\` (\`version_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_scope_version_scope_city_idx\` ON \`_services_v\` (\`version_scope_city\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_scope_version_scope_district_idx\` ON \`_services_v\` (\`version_scope_district\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_scope_version_scope_street_idx\` ON \`_services_v\` (\`version_scope_street\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_scope_version_scope_community_idx\` ON \`_services_v\` (\`version_scope_community\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_texts_order_parent\` ON \`_services_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`service_centres_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_centres_id\`) REFERENCES \`service_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_rels_order_idx\` ON \`_services_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_parent_idx\` ON \`_services_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_path_idx\` ON \`_services_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_service_centres_id_idx\` ON \`_services_v_rels\` (\`service_centres_id\`);`)
  await db.run(sql`CREATE TABLE \`bundles_benefits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bundles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bundles_benefits_order_idx\` ON \`bundles_benefits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bundles_benefits_parent_id_idx\` ON \`bundles_benefits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bundles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`title\` text,
  	\`summary\` text,
  	\`stage_id\` text(36),
  	\`review_due\` text,
  	\`seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`stage_id\`) REFERENCES \`life_stages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bundles_code_idx\` ON \`bundles\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`bundles_stage_idx\` ON \`bundles\` (\`stage_id\`);`)
  await db.run(sql`CREATE INDEX \`bundles_review_due_idx\` ON \`bundles\` (\`review_due\`);`)
  await db.run(sql`CREATE INDEX \`bundles_updated_at_idx\` ON \`bundles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bundles_created_at_idx\` ON \`bundles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`bundles__status_idx\` ON \`bundles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`bundles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bundles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bundles_rels_order_idx\` ON \`bundles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bundles_rels_parent_idx\` ON \`bundles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bundles_rels_path_idx\` ON \`bundles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`bundles_rels_services_id_idx\` ON \`bundles_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE TABLE \`_bundles_v_version_benefits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bundles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bundles_v_version_benefits_order_idx\` ON \`_bundles_v_version_benefits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_bundles_v_version_benefits_parent_id_idx\` ON \`_bundles_v_version_benefits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bundles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_code\` text,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_stage_id\` text(36),
  	\`version_review_due\` text,
  	\`version_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bundles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_stage_id\`) REFERENCES \`life_stages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_bundles_v_parent_idx\` ON \`_bundles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bundles_v_version_version_code_idx\` ON \`_bundles_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_bundles_v_version_version_stage_idx\` ON \`_bundles_v\` (\`version_stage_id\`);`)
  await db.run(sql`CREATE INDEX \`_bundles_v_version_version_review_due_idx\` ON \`_bundles_v\` (\`version_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_bundles_v_version_version_updated_at_idx\` ON \`_bundles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_bundles_v_version_version_created_at_idx\` ON \`_bundles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bundles_v_version_version__status_idx\` ON \`_bundles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_bundles_v_created_at_idx\` ON \`_bundles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bundles_v_updated_at_idx\` ON \`_bundles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_bundles_v_latest_idx\` ON \`_bundles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_bundles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_bundles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bundles_v_rels_order_idx\` ON \`_bundles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_bundles_v_rels_parent_idx\` ON \`_bundles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bundles_v_rels_path_idx\` ON \`_bundles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_bundles_v_rels_services_id_idx\` ON \`_bundles_v_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE TABLE \`service_centres\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`name\` text,
  	\`division_id\` text(36),
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`address\` text,
  	\`phone\` text,
  	\`hours\` text,
  	\`transport\` text,
  	\`accessibility\` text,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_centres_code_idx\` ON \`service_centres\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`service_centres_division_idx\` ON \`service_centres\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`service_centres_scope_scope_city_idx\` ON \`service_centres\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`service_centres_scope_scope_district_idx\` ON \`service_centres\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`service_centres_scope_scope_street_idx\` ON \`service_centres\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`service_centres_scope_scope_community_idx\` ON \`service_centres\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`service_centres_updated_at_idx\` ON \`service_centres\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_centres_created_at_idx\` ON \`service_centres\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`service_centres__status_idx\` ON \`service_centres\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_service_centres_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_code\` text,
  	\`version_name\` text,
  	\`version_division_id\` text(36),
  	\`version_scope_city\` text,
  	\`version_scope_district\` text,
  	\`version_scope_street\` text,
  	\`version_scope_community\` text,
  	\`version_address\` text,
  	\`version_phone\` text,
  	\`version_hours\` text,
  	\`version_transport\` text,
  	\`version_accessibility\` text,
  	\`version_latitude\` numeric,
  	\`version_longitude\` numeric,
  	\`version_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_centres\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_centres_v_parent_idx\` ON \`_service_centres_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_centres_v_version_version_code_idx\` ON \`_service_centres_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_service_centres_v_version_version_division_idx\` ON \`_service_centres_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_centres_v_version_scope_version_scope_city_idx\` ON \`_service_centres_v\` (\`version_scope_city\`);`)
  await db.run(sql`CREATE INDEX \`_service_centres_v_version_scope_version_scope_district_idx\` ON \`_service_centres_v\` (\`version_scope_district\`);`)
  await db.run(sql`CREATE INDEX \`_service_centres_v_version_scope_version_scope_street_idx\` ON \`_service_centres_v\` (\`version_scope_street\`);`)
  await db.run(sql`CREATE INDEX \`_service_centres_v_version_scope_version_scope_community_idx\` ON \`_service_centres_v\` (\`version_scope_community\`);`)
  await db.run(sql`CREATE INDEX \`_service_centres_v_version_version_updated_at_idx\` ON \`_service_centres_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_centres_v_version_version_created_at_idx\` ON \`_service_centres_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_centres_v_version_version__status_idx\` ON \`_service_centres_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_service_centres_v_created_at_idx\` ON \`_service_centres_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_centres_v_updated_at_idx\` ON \`_service_centres_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_centres_v_latest_idx\` ON \`_service_centres_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`alt\` text NOT NULL,
  	\`purpose\` text NOT NULL,
  	\`seed_hash\` text,
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
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_page_url\` text,
  	\`sizes_page_width\` numeric,
  	\`sizes_page_height\` numeric,
  	\`sizes_page_mime_type\` text,
  	\`sizes_page_filesize\` numeric,
  	\`sizes_page_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_page_sizes_page_filename_idx\` ON \`media\` (\`sizes_page_filename\`);`)
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
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`life_stages_id\` text(36) REFERENCES life_stages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`topics_id\` text(36) REFERENCES topics(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`services_id\` text(36) REFERENCES services(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bundles_id\` text(36) REFERENCES bundles(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_centres_id\` text(36) REFERENCES service_centres(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`media_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_life_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`life_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bundles_id_idx\` ON \`payload_locked_documents_rels\` (\`bundles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_centres_id_idx\` ON \`payload_locked_documents_rels\` (\`service_centres_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`life_stages\`;`)
  await db.run(sql`DROP TABLE \`_life_stages_v\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`_topics_v\`;`)
  await db.run(sql`DROP TABLE \`services_legal_bases\`;`)
  await db.run(sql`DROP TABLE \`services_conditions\`;`)
  await db.run(sql`DROP TABLE \`services_materials\`;`)
  await db.run(sql`DROP TABLE \`services_steps\`;`)
  await db.run(sql`DROP TABLE \`services_fee_items\`;`)
  await db.run(sql`DROP TABLE \`services_faqs\`;`)
  await db.run(sql`DROP TABLE \`services_application_form_fields\`;`)
  await db.run(sql`DROP TABLE \`services_application_form_uploads\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`DROP TABLE \`services_texts\`;`)
  await db.run(sql`DROP TABLE \`services_rels\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_legal_bases\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_conditions\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_fee_items\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_faqs\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_application_form_fields\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_application_form_uploads\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_services_v_rels\`;`)
  await db.run(sql`DROP TABLE \`bundles_benefits\`;`)
  await db.run(sql`DROP TABLE \`bundles\`;`)
  await db.run(sql`DROP TABLE \`bundles_rels\`;`)
  await db.run(sql`DROP TABLE \`_bundles_v_version_benefits\`;`)
  await db.run(sql`DROP TABLE \`_bundles_v\`;`)
  await db.run(sql`DROP TABLE \`_bundles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`service_centres\`;`)
  await db.run(sql`DROP TABLE \`_service_centres_v\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`divisions_id\` text(36),
  	\`departments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`divisions_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "divisions_id", "departments_id") SELECT "id", "order", "parent_id", "path", "users_id", "divisions_id", "departments_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_divisions_id_idx\` ON \`payload_locked_documents_rels\` (\`divisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
}
