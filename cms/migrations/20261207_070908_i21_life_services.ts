import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`life_categories_subsidy_registers\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`life_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`life_categories_subsidy_registers_order_idx\` ON \`life_categories_subsidy_registers\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`life_categories_subsidy_registers_parent_idx\` ON \`life_categories_subsidy_registers\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`life_categories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`standard\` text NOT NULL,
  	\`order\` numeric DEFAULT 100 NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`response_hours\` numeric DEFAULT 2 NOT NULL,
  	\`subsidy_enabled\` integer DEFAULT false,
  	\`subsidy_percent\` numeric,
  	\`subsidy_cap_per_order\` numeric,
  	\`subsidy_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`life_categories_name_idx\` ON \`life_categories\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`life_categories_code_idx\` ON \`life_categories\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`life_categories_active_idx\` ON \`life_categories\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`life_categories_updated_at_idx\` ON \`life_categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`life_categories_created_at_idx\` ON \`life_categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`providers_licences\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`number\` text NOT NULL,
  	\`valid_until\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_licences_order_idx\` ON \`providers_licences\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`providers_licences_parent_id_idx\` ON \`providers_licences\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`providers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`credit_code\` text NOT NULL,
  	\`legal_representative\` text NOT NULL,
  	\`service_phone\` text NOT NULL,
  	\`contact_name\` text NOT NULL,
  	\`contact_phone\` text NOT NULL,
  	\`address\` text NOT NULL,
  	\`division_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`introduction\` text,
  	\`standards_accepted\` integer DEFAULT false NOT NULL,
  	\`standards_accepted_at\` text,
  	\`contract_number\` text,
  	\`contract_signed_on\` text,
  	\`contract_valid_until\` text,
  	\`capacity\` numeric DEFAULT 5 NOT NULL,
  	\`status\` text DEFAULT 'applying' NOT NULL,
  	\`status_note\` text,
  	\`rating_average\` numeric,
  	\`rating_count\` numeric DEFAULT 0,
  	\`last_offered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_name_idx\` ON \`providers\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`providers_credit_code_idx\` ON \`providers\` (\`credit_code\`);`)
  await db.run(sql`CREATE INDEX \`providers_division_idx\` ON \`providers\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_scope_scope_city_idx\` ON \`providers\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`providers_scope_scope_district_idx\` ON \`providers\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`providers_scope_scope_street_idx\` ON \`providers\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`providers_scope_scope_community_idx\` ON \`providers\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`providers_status_idx\` ON \`providers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`providers_rating_rating_average_idx\` ON \`providers\` (\`rating_average\`);`)
  await db.run(sql`CREATE INDEX \`providers_last_offered_at_idx\` ON \`providers\` (\`last_offered_at\`);`)
  await db.run(sql`CREATE INDEX \`providers_updated_at_idx\` ON \`providers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`providers_created_at_idx\` ON \`providers\` (\`created_at\`);`)
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
  await db.run(sql`CREATE INDEX \`providers_texts_text_idx\` ON \`providers_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`providers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`life_categories_id\` text(36),
  	\`divisions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`life_categories_id\`) REFERENCES \`life_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`divisions_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_rels_order_idx\` ON \`providers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`providers_rels_parent_idx\` ON \`providers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_rels_path_idx\` ON \`providers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`providers_rels_life_categories_id_idx\` ON \`providers_rels\` (\`life_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_rels_divisions_id_idx\` ON \`providers_rels\` (\`divisions_id\`);`)
  await db.run(sql`CREATE TABLE \`provider_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`provider_id\` text(36) NOT NULL,
  	\`action\` text NOT NULL,
  	\`action_label\` text NOT NULL,
  	\`from_status\` text,
  	\`to_status\` text NOT NULL,
  	\`note\` text,
  	\`actor_name\` text,
  	\`actor_unit\` text,
  	\`actor_id\` text(36),
  	\`public\` integer DEFAULT false,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`provider_events_provider_idx\` ON \`provider_events\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`provider_events_action_idx\` ON \`provider_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`provider_events_actor_idx\` ON \`provider_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`provider_events_public_idx\` ON \`provider_events\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`provider_events_scope_scope_city_idx\` ON \`provider_events\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`provider_events_scope_scope_district_idx\` ON \`provider_events\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`provider_events_scope_scope_street_idx\` ON \`provider_events\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`provider_events_scope_scope_community_idx\` ON \`provider_events\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`provider_events_updated_at_idx\` ON \`provider_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`provider_events_created_at_idx\` ON \`provider_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`provider_items\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`provider_id\` text(36) NOT NULL,
  	\`category_id\` text(36) NOT NULL,
  	\`name\` text NOT NULL,
  	\`price\` numeric NOT NULL,
  	\`unit\` text DEFAULT 'visit' NOT NULL,
  	\`duration_hours\` numeric,
  	\`included\` text NOT NULL,
  	\`excluded\` text,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`life_categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`provider_items_provider_idx\` ON \`provider_items\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`provider_items_category_idx\` ON \`provider_items\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`provider_items_active_idx\` ON \`provider_items\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`provider_items_updated_at_idx\` ON \`provider_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`provider_items_created_at_idx\` ON \`provider_items\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`provider_accounts_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`provider_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`provider_accounts_sessions_order_idx\` ON \`provider_accounts_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`provider_accounts_sessions_parent_id_idx\` ON \`provider_accounts_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`provider_accounts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`provider_id\` text(36) NOT NULL,
  	\`name\` text NOT NULL,
  	\`phone\` text,
  	\`active\` integer DEFAULT true,
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
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`provider_accounts_provider_idx\` ON \`provider_accounts\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`provider_accounts_active_idx\` ON \`provider_accounts\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`provider_accounts_updated_at_idx\` ON \`provider_accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`provider_accounts_created_at_idx\` ON \`provider_accounts\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`provider_accounts_username_idx\` ON \`provider_accounts\` (\`username\`);`)
  await db.run(sql`CREATE TABLE \`workers_certificates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`number\` text,
  	\`valid_until\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`workers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workers_certificates_order_idx\` ON \`workers_certificates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`workers_certificates_parent_id_idx\` ON \`workers_certificates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`workers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`provider_id\` text(36) NOT NULL,
  	\`card_number\` text,
  	\`name\` text NOT NULL,
  	\`id_number\` text NOT NULL,
  	\`phone\` text,
  	\`id_key\` text,
  	\`employed\` integer DEFAULT true,
  	\`suspended_until\` text,
  	\`status_colour\` text,
  	\`status_reasons\` text,
  	\`status_valid_until\` text,
  	\`status_computed_on\` text,
  	\`rating_average\` numeric,
  	\`rating_count\` numeric DEFAULT 0,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workers_provider_idx\` ON \`workers\` (\`provider_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`workers_card_number_idx\` ON \`workers\` (\`card_number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`workers_id_key_idx\` ON \`workers\` (\`id_key\`);`)
  await db.run(sql`CREATE INDEX \`workers_employed_idx\` ON \`workers\` (\`employed\`);`)
  await db.run(sql`CREATE INDEX \`workers_status_status_colour_idx\` ON \`workers\` (\`status_colour\`);`)
  await db.run(sql`CREATE INDEX \`workers_status_status_valid_until_idx\` ON \`workers\` (\`status_valid_until\`);`)
  await db.run(sql`CREATE INDEX \`workers_scope_scope_city_idx\` ON \`workers\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`workers_scope_scope_district_idx\` ON \`workers\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`workers_scope_scope_street_idx\` ON \`workers\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`workers_scope_scope_community_idx\` ON \`workers\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`workers_updated_at_idx\` ON \`workers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workers_created_at_idx\` ON \`workers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`life_categories_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`life_categories_id\`) REFERENCES \`life_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workers_rels_order_idx\` ON \`workers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`workers_rels_parent_idx\` ON \`workers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workers_rels_path_idx\` ON \`workers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`workers_rels_life_categories_id_idx\` ON \`workers_rels\` (\`life_categories_id\`);`)
  await db.run(sql`CREATE TABLE \`life_orders_offers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`provider_id\` text(36) NOT NULL,
  	\`offered_at\` text NOT NULL,
  	\`outcome\` text DEFAULT 'pending' NOT NULL,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`life_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`life_orders_offers_order_idx\` ON \`life_orders_offers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_offers_parent_id_idx\` ON \`life_orders_offers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_offers_provider_idx\` ON \`life_orders_offers\` (\`provider_id\`);`)
  await db.run(sql`CREATE TABLE \`life_orders\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`status\` text DEFAULT 'waiting' NOT NULL,
  	\`channel\` text NOT NULL,
  	\`resident_id\` text(36),
  	\`customer_name\` text NOT NULL,
  	\`customer_phone\` text NOT NULL,
  	\`customer_address\` text NOT NULL,
  	\`division_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`category_id\` text(36) NOT NULL,
  	\`item_id\` text(36),
  	\`item_name\` text NOT NULL,
  	\`unit_price\` numeric,
  	\`unit\` text,
  	\`quantity\` numeric DEFAULT 1 NOT NULL,
  	\`amount\` numeric,
  	\`payable\` numeric,
  	\`subsidy_register\` text,
  	\`subsidy_percent\` numeric,
  	\`subsidy_amount\` numeric,
  	\`subsidy_consent_at\` text,
  	\`subsidy_person_id\` text(36),
  	\`date\` text NOT NULL,
  	\`period\` text NOT NULL,
  	\`slot_key\` text,
  	\`notes\` text,
  	\`provider_id\` text(36),
  	\`provider_chosen\` integer DEFAULT false,
  	\`offer_expires_at\` text,
  	\`worker_id\` text(36),
  	\`accepted_at\` text,
  	\`done_at\` text,
  	\`confirmed_at\` text,
  	\`accepted_on_time\` integer,
  	\`done_on_time\` integer,
  	\`rating_level\` text,
  	\`rating_worker_level\` text,
  	\`rating_rated_at\` text,
  	\`rating_comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`life_categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`item_id\`) REFERENCES \`provider_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`subsidy_person_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`worker_id\`) REFERENCES \`workers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`life_orders_number_idx\` ON \`life_orders\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_status_idx\` ON \`life_orders\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_resident_idx\` ON \`life_orders\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_division_idx\` ON \`life_orders\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_scope_scope_city_idx\` ON \`life_orders\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_scope_scope_district_idx\` ON \`life_orders\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_scope_scope_street_idx\` ON \`life_orders\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_scope_scope_community_idx\` ON \`life_orders\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_category_idx\` ON \`life_orders\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_item_idx\` ON \`life_orders\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_subsidy_subsidy_amount_idx\` ON \`life_orders\` (\`subsidy_amount\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_subsidy_subsidy_person_idx\` ON \`life_orders\` (\`subsidy_person_id\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_date_idx\` ON \`life_orders\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_provider_idx\` ON \`life_orders\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_offer_expires_at_idx\` ON \`life_orders\` (\`offer_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_worker_idx\` ON \`life_orders\` (\`worker_id\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_done_at_idx\` ON \`life_orders\` (\`done_at\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_confirmed_at_idx\` ON \`life_orders\` (\`confirmed_at\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_accepted_on_time_idx\` ON \`life_orders\` (\`accepted_on_time\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_done_on_time_idx\` ON \`life_orders\` (\`done_on_time\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_updated_at_idx\` ON \`life_orders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_created_at_idx\` ON \`life_orders\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`life_complaints_remedies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`amount\` numeric,
  	\`rework_date\` text,
  	\`sanction\` text,
  	\`suspended_until\` text,
  	\`note\` text NOT NULL,
  	\`recorded_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`life_complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`life_complaints_remedies_order_idx\` ON \`life_complaints_remedies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_remedies_parent_id_idx\` ON \`life_complaints_remedies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`life_complaints\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`channel\` text DEFAULT 'phone' NOT NULL,
  	\`order_id\` text(36) NOT NULL,
  	\`content\` text NOT NULL,
  	\`provider_id\` text(36),
  	\`worker_id\` text(36),
  	\`category_id\` text(36),
  	\`resident_id\` text(36),
  	\`complainant_name\` text,
  	\`complainant_phone\` text,
  	\`division_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`received_at\` text,
  	\`due_date\` text,
  	\`due_date_provisional\` integer,
  	\`provider_answer_text\` text,
  	\`provider_answer_answered_at\` text,
  	\`result\` text,
  	\`closed_at\` text,
  	\`on_time\` integer,
  	\`rating_level\` text,
  	\`rating_rated_at\` text,
  	\`rating_comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`order_id\`) REFERENCES \`life_orders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`worker_id\`) REFERENCES \`workers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`life_categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`life_complaints_number_idx\` ON \`life_complaints\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_status_idx\` ON \`life_complaints\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_order_idx\` ON \`life_complaints\` (\`order_id\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_provider_idx\` ON \`life_complaints\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_worker_idx\` ON \`life_complaints\` (\`worker_id\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_category_idx\` ON \`life_complaints\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_resident_idx\` ON \`life_complaints\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_division_idx\` ON \`life_complaints\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_scope_scope_city_idx\` ON \`life_complaints\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_scope_scope_district_idx\` ON \`life_complaints\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_scope_scope_street_idx\` ON \`life_complaints\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_scope_scope_community_idx\` ON \`life_complaints\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_received_at_idx\` ON \`life_complaints\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_due_date_idx\` ON \`life_complaints\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_closed_at_idx\` ON \`life_complaints\` (\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_updated_at_idx\` ON \`life_complaints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`life_complaints_created_at_idx\` ON \`life_complaints\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`life_complaint_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`complaint_id\` text(36) NOT NULL,
  	\`action\` text NOT NULL,
  	\`action_label\` text NOT NULL,
  	\`from_status\` text,
  	\`to_status\` text NOT NULL,
  	\`note\` text,
  	\`actor_name\` text,
  	\`actor_unit\` text,
  	\`actor_id\` text(36),
  	\`by\` text NOT NULL,
  	\`provider_id\` text(36),
  	\`provider_account_id\` text(36),
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`complaint_id\`) REFERENCES \`life_complaints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`provider_account_id\`) REFERENCES \`provider_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`life_complaint_events_complaint_idx\` ON \`life_complaint_events\` (\`complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`life_complaint_events_action_idx\` ON \`life_complaint_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`life_complaint_events_actor_idx\` ON \`life_complaint_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`life_complaint_events_provider_idx\` ON \`life_complaint_events\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`life_complaint_events_provider_account_idx\` ON \`life_complaint_events\` (\`provider_account_id\`);`)
  await db.run(sql`CREATE INDEX \`life_complaint_events_scope_scope_city_idx\` ON \`life_complaint_events\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`life_complaint_events_scope_scope_district_idx\` ON \`life_complaint_events\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`life_complaint_events_scope_scope_street_idx\` ON \`life_complaint_events\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`life_complaint_events_scope_scope_community_idx\` ON \`life_complaint_events\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`life_complaint_events_updated_at_idx\` ON \`life_complaint_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`life_complaint_events_created_at_idx\` ON \`life_complaint_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`life_order_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`order_id\` text(36) NOT NULL,
  	\`action\` text NOT NULL,
  	\`action_label\` text NOT NULL,
  	\`from_status\` text,
  	\`to_status\` text NOT NULL,
  	\`note\` text,
  	\`actor_name\` text,
  	\`actor_unit\` text,
  	\`actor_id\` text(36),
  	\`by\` text NOT NULL,
  	\`provider_id\` text(36),
  	\`provider_account_id\` text(36),
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`order_id\`) REFERENCES \`life_orders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`provider_account_id\`) REFERENCES \`provider_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`life_order_events_order_idx\` ON \`life_order_events\` (\`order_id\`);`)
  await db.run(sql`CREATE INDEX \`life_order_events_action_idx\` ON \`life_order_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`life_order_events_actor_idx\` ON \`life_order_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`life_order_events_provider_idx\` ON \`life_order_events\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`life_order_events_provider_account_idx\` ON \`life_order_events\` (\`provider_account_id\`);`)
  await db.run(sql`CREATE INDEX \`life_order_events_scope_scope_city_idx\` ON \`life_order_events\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`life_order_events_scope_scope_district_idx\` ON \`life_order_events\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`life_order_events_scope_scope_street_idx\` ON \`life_order_events\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`life_order_events_scope_scope_community_idx\` ON \`life_order_events\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`life_order_events_updated_at_idx\` ON \`life_order_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`life_order_events_created_at_idx\` ON \`life_order_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`life_order_id\` text(36) REFERENCES life_orders(id);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`life_complaint_id\` text(36) REFERENCES life_complaints(id);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`provider_id\` text(36) REFERENCES providers(id);`)
  await db.run(sql`CREATE INDEX \`notifications_life_order_idx\` ON \`notifications\` (\`life_order_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_life_complaint_idx\` ON \`notifications\` (\`life_complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_provider_idx\` ON \`notifications\` (\`provider_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`life_categories_id\` text(36) REFERENCES life_categories(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`providers_id\` text(36) REFERENCES providers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`provider_events_id\` text(36) REFERENCES provider_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`provider_items_id\` text(36) REFERENCES provider_items(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`provider_accounts_id\` text(36) REFERENCES provider_accounts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workers_id\` text(36) REFERENCES workers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`life_orders_id\` text(36) REFERENCES life_orders(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`life_complaints_id\` text(36) REFERENCES life_complaints(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`life_complaint_events_id\` text(36) REFERENCES life_complaint_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`life_order_events_id\` text(36) REFERENCES life_order_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_life_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`life_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_providers_id_idx\` ON \`payload_locked_documents_rels\` (\`providers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_provider_events_id_idx\` ON \`payload_locked_documents_rels\` (\`provider_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_provider_items_id_idx\` ON \`payload_locked_documents_rels\` (\`provider_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_provider_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`provider_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workers_id_idx\` ON \`payload_locked_documents_rels\` (\`workers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_life_orders_id_idx\` ON \`payload_locked_documents_rels\` (\`life_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_life_complaints_id_idx\` ON \`payload_locked_documents_rels\` (\`life_complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_life_complaint_events_id_idx\` ON \`payload_locked_documents_rels\` (\`life_complaint_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_life_order_events_id_idx\` ON \`payload_locked_documents_rels\` (\`life_order_events_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_preferences_rels\` ADD \`provider_accounts_id\` text(36) REFERENCES provider_accounts(id);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_provider_accounts_id_idx\` ON \`payload_preferences_rels\` (\`provider_accounts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`life_categories_subsidy_registers\`;`)
  await db.run(sql`DROP TABLE \`life_categories\`;`)
  await db.run(sql`DROP TABLE \`providers_licences\`;`)
  await db.run(sql`DROP TABLE \`providers\`;`)
  await db.run(sql`DROP TABLE \`providers_texts\`;`)
  await db.run(sql`DROP TABLE \`providers_rels\`;`)
  await db.run(sql`DROP TABLE \`provider_events\`;`)
  await db.run(sql`DROP TABLE \`provider_items\`;`)
  await db.run(sql`DROP TABLE \`provider_accounts_sessions\`;`)
  await db.run(sql`DROP TABLE \`provider_accounts\`;`)
  await db.run(sql`DROP TABLE \`workers_certificates\`;`)
  await db.run(sql`DROP TABLE \`workers\`;`)
  await db.run(sql`DROP TABLE \`workers_rels\`;`)
  await db.run(sql`DROP TABLE \`life_orders_offers\`;`)
  await db.run(sql`DROP TABLE \`life_orders\`;`)
  await db.run(sql`DROP TABLE \`life_complaints_remedies\`;`)
  await db.run(sql`DROP TABLE \`life_complaints\`;`)
  await db.run(sql`DROP TABLE \`life_complaint_events\`;`)
  await db.run(sql`DROP TABLE \`life_order_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_notifications\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`application_id\` text(36),
  	\`ticket_id\` text(36),
  	\`correction_id\` text(36),
  	\`appointment_id\` text(36),
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
  	FOREIGN KEY (\`appointment_id\`) REFERENCES \`appointments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications\`("id", "application_id", "ticket_id", "correction_id", "appointment_id", "resident_id", "channel", "status", "recipient", "subject", "message", "attempts", "sent_at", "error", "gateway_id", "delivery_status", "delivered_at", "delivery_error", "scope_city", "scope_district", "scope_street", "scope_community", "department_id", "updated_at", "created_at") SELECT "id", "application_id", "ticket_id", "correction_id", "appointment_id", "resident_id", "channel", "status", "recipient", "subject", "message", "attempts", "sent_at", "error", "gateway_id", "delivery_status", "delivered_at", "delivery_error", "scope_city", "scope_district", "scope_street", "scope_community", "department_id", "updated_at", "created_at" FROM \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications\` RENAME TO \`notifications\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`notifications_application_idx\` ON \`notifications\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_ticket_idx\` ON \`notifications\` (\`ticket_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_correction_idx\` ON \`notifications\` (\`correction_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_appointment_idx\` ON \`notifications\` (\`appointment_id\`);`)
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
  	\`dispatch_rules_id\` text(36),
  	\`supervision_orders_id\` text(36),
  	\`staff_messages_id\` text(36),
  	\`ticket_events_id\` text(36),
  	\`ticket_photos_id\` text(36),
  	\`ticket_followers_id\` text(36),
  	\`knowledge_entries_id\` text(36),
  	\`demands_id\` text(36),
  	\`demand_groups_id\` text(36),
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
  	FOREIGN KEY (\`dispatch_rules_id\`) REFERENCES \`dispatch_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`supervision_orders_id\`) REFERENCES \`supervision_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`staff_messages_id\`) REFERENCES \`staff_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ticket_events_id\`) REFERENCES \`ticket_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ticket_photos_id\`) REFERENCES \`ticket_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ticket_followers_id\`) REFERENCES \`ticket_followers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`knowledge_entries_id\`) REFERENCES \`knowledge_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`demands_id\`) REFERENCES \`demands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`demand_groups_id\`) REFERENCES \`demand_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "guide_corrections_id", "correction_events_id", "guide_feedback_id", "guide_comments_id", "search_misses_id", "bundles_id", "service_centres_id", "appointment_schedules_id", "appointment_slots_id", "appointments_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "bundle_cases_id", "application_files_id", "application_events_id", "result_templates_id", "result_documents_id", "notifications_id", "sms_templates_id", "portal_builds_id", "persons_id", "households_id", "dwellings_id", "organisations_id", "registers_id", "audit_log_id", "api_clients_id", "department_systems_id", "webhook_deliveries_id", "residents_id", "tickets_id", "dispatch_rules_id", "supervision_orders_id", "staff_messages_id", "ticket_events_id", "ticket_photos_id", "ticket_followers_id", "knowledge_entries_id", "demands_id", "demand_groups_id") SELECT "id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "guide_corrections_id", "correction_events_id", "guide_feedback_id", "guide_comments_id", "search_misses_id", "bundles_id", "service_centres_id", "appointment_schedules_id", "appointment_slots_id", "appointments_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "bundle_cases_id", "application_files_id", "application_events_id", "result_templates_id", "result_documents_id", "notifications_id", "sms_templates_id", "portal_builds_id", "persons_id", "households_id", "dwellings_id", "organisations_id", "registers_id", "audit_log_id", "api_clients_id", "department_systems_id", "webhook_deliveries_id", "residents_id", "tickets_id", "dispatch_rules_id", "supervision_orders_id", "staff_messages_id", "ticket_events_id", "ticket_photos_id", "ticket_followers_id", "knowledge_entries_id", "demands_id", "demand_groups_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dispatch_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`dispatch_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_supervision_orders_id_idx\` ON \`payload_locked_documents_rels\` (\`supervision_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_staff_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`staff_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_events_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_followers_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_followers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_knowledge_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`knowledge_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_demands_id_idx\` ON \`payload_locked_documents_rels\` (\`demands_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_demand_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`demand_groups_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`api_clients_id\` text(36),
  	\`residents_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences_rels\`("id", "order", "parent_id", "path", "users_id", "api_clients_id", "residents_id") SELECT "id", "order", "parent_id", "path", "users_id", "api_clients_id", "residents_id" FROM \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences_rels\` RENAME TO \`payload_preferences_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_api_clients_id_idx\` ON \`payload_preferences_rels\` (\`api_clients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_residents_id_idx\` ON \`payload_preferences_rels\` (\`residents_id\`);`)
}
