import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'


export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`dispatch_rules\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`service_id\` text(36),
  	\`topic_id\` text(36),
  	\`keywords\` text,
  	\`division_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`division_code\` text,
  	\`division_level\` text,
  	\`department_id\` text(36),
  	\`handler_division_id\` text(36),
  	\`time_limit_days\` numeric,
  	\`active\` integer DEFAULT true,
  	\`automatic\` integer DEFAULT false,
  	\`dispatched\` numeric DEFAULT 0,
  	\`returned\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handler_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dispatch_rules_service_idx\` ON \`dispatch_rules\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`dispatch_rules_topic_idx\` ON \`dispatch_rules\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`dispatch_rules_division_idx\` ON \`dispatch_rules\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`dispatch_rules_scope_scope_city_idx\` ON \`dispatch_rules\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`dispatch_rules_scope_scope_district_idx\` ON \`dispatch_rules\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`dispatch_rules_scope_scope_street_idx\` ON \`dispatch_rules\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`dispatch_rules_scope_scope_community_idx\` ON \`dispatch_rules\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`dispatch_rules_division_code_idx\` ON \`dispatch_rules\` (\`division_code\`);`)
  await db.run(sql`CREATE INDEX \`dispatch_rules_department_idx\` ON \`dispatch_rules\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`dispatch_rules_handler_division_idx\` ON \`dispatch_rules\` (\`handler_division_id\`);`)
  await db.run(sql`CREATE INDEX \`dispatch_rules_updated_at_idx\` ON \`dispatch_rules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dispatch_rules_created_at_idx\` ON \`dispatch_rules\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`active_divisionCode_idx\` ON \`dispatch_rules\` (\`active\`,\`division_code\`);`)
  await db.run(sql`CREATE TABLE \`supervision_orders\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`ticket_id\` text(36) NOT NULL,
  	\`instructions\` text NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`overdue\` integer DEFAULT false,
  	\`issued_by_name\` text,
  	\`issued_by_unit\` text,
  	\`answer\` text,
  	\`answered_at\` text,
  	\`answered_by_name\` text,
  	\`assignee_department_id\` text(36),
  	\`assignee_division_code\` text,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`ticket_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`supervision_orders_ticket_idx\` ON \`supervision_orders\` (\`ticket_id\`);`)
  await db.run(sql`CREATE INDEX \`supervision_orders_deadline_idx\` ON \`supervision_orders\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`supervision_orders_status_idx\` ON \`supervision_orders\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`supervision_orders_overdue_idx\` ON \`supervision_orders\` (\`overdue\`);`)
  await db.run(sql`CREATE INDEX \`supervision_orders_assignee_assignee_department_idx\` ON \`supervision_orders\` (\`assignee_department_id\`);`)
  await db.run(sql`CREATE INDEX \`supervision_orders_assignee_assignee_division_code_idx\` ON \`supervision_orders\` (\`assignee_division_code\`);`)
  await db.run(sql`CREATE INDEX \`supervision_orders_scope_scope_city_idx\` ON \`supervision_orders\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`supervision_orders_scope_scope_district_idx\` ON \`supervision_orders\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`supervision_orders_scope_scope_street_idx\` ON \`supervision_orders\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`supervision_orders_scope_scope_community_idx\` ON \`supervision_orders\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`supervision_orders_updated_at_idx\` ON \`supervision_orders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`supervision_orders_created_at_idx\` ON \`supervision_orders\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`staff_messages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`subject\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`ticket_id\` text(36),
  	\`department_id\` text(36),
  	\`division_code\` text,
  	\`key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`ticket_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`staff_messages_ticket_idx\` ON \`staff_messages\` (\`ticket_id\`);`)
  await db.run(sql`CREATE INDEX \`staff_messages_department_idx\` ON \`staff_messages\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`staff_messages_division_code_idx\` ON \`staff_messages\` (\`division_code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`staff_messages_key_idx\` ON \`staff_messages\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`staff_messages_updated_at_idx\` ON \`staff_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`staff_messages_created_at_idx\` ON \`staff_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_entries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'policy',
  	\`topic_id\` text(36),
  	\`title\` text,
  	\`answer\` text,
  	\`source\` text,
  	\`department_id\` text(36),
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`review_due\` text,
  	\`use_count\` numeric DEFAULT 0,
  	\`from_ticket_id\` text(36),
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`area_key\` text,
  	\`search_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`from_ticket_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_entries_kind_idx\` ON \`knowledge_entries\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_topic_idx\` ON \`knowledge_entries\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_department_idx\` ON \`knowledge_entries\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_valid_from_idx\` ON \`knowledge_entries\` (\`valid_from\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_valid_to_idx\` ON \`knowledge_entries\` (\`valid_to\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_review_due_idx\` ON \`knowledge_entries\` (\`review_due\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_use_count_idx\` ON \`knowledge_entries\` (\`use_count\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_from_ticket_idx\` ON \`knowledge_entries\` (\`from_ticket_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_scope_scope_city_idx\` ON \`knowledge_entries\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_scope_scope_district_idx\` ON \`knowledge_entries\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_scope_scope_street_idx\` ON \`knowledge_entries\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_scope_scope_community_idx\` ON \`knowledge_entries\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_updated_at_idx\` ON \`knowledge_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_created_at_idx\` ON \`knowledge_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries__status_idx\` ON \`knowledge_entries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_entries_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_entries_texts_order_parent\` ON \`knowledge_entries_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`knowledge_entries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`divisions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`divisions_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`knowledge_entries_rels_order_idx\` ON \`knowledge_entries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_rels_parent_idx\` ON \`knowledge_entries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_rels_path_idx\` ON \`knowledge_entries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`knowledge_entries_rels_divisions_id_idx\` ON \`knowledge_entries_rels\` (\`divisions_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_entries_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_kind\` text DEFAULT 'policy',
  	\`version_topic_id\` text(36),
  	\`version_title\` text,
  	\`version_answer\` text,
  	\`version_source\` text,
  	\`version_department_id\` text(36),
  	\`version_valid_from\` text,
  	\`version_valid_to\` text,
  	\`version_review_due\` text,
  	\`version_use_count\` numeric DEFAULT 0,
  	\`version_from_ticket_id\` text(36),
  	\`version_scope_city\` text,
  	\`version_scope_district\` text,
  	\`version_scope_street\` text,
  	\`version_scope_community\` text,
  	\`version_area_key\` text,
  	\`version_search_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`knowledge_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_from_ticket_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_parent_idx\` ON \`_knowledge_entries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_version_kind_idx\` ON \`_knowledge_entries_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_version_topic_idx\` ON \`_knowledge_entries_v\` (\`version_topic_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_version_department_idx\` ON \`_knowledge_entries_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_version_valid_from_idx\` ON \`_knowledge_entries_v\` (\`version_valid_from\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_version_valid_to_idx\` ON \`_knowledge_entries_v\` (\`version_valid_to\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_version_review_due_idx\` ON \`_knowledge_entries_v\` (\`version_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_version_use_count_idx\` ON \`_knowledge_entries_v\` (\`version_use_count\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_version_from_ticket_idx\` ON \`_knowledge_entries_v\` (\`version_from_ticket_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_scope_version_scope_city_idx\` ON \`_knowledge_entries_v\` (\`version_scope_city\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_scope_version_scope_distric_idx\` ON \`_knowledge_entries_v\` (\`version_scope_district\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_scope_version_scope_street_idx\` ON \`_knowledge_entries_v\` (\`version_scope_street\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_scope_version_scope_communi_idx\` ON \`_knowledge_entries_v\` (\`version_scope_community\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_version_updated_at_idx\` ON \`_knowledge_entries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_version_created_at_idx\` ON \`_knowledge_entries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_version_version__status_idx\` ON \`_knowledge_entries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_created_at_idx\` ON \`_knowledge_entries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_updated_at_idx\` ON \`_knowledge_entries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_latest_idx\` ON \`_knowledge_entries_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_entries_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_entries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_texts_order_parent\` ON \`_knowledge_entries_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_knowledge_entries_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`divisions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_knowledge_entries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`divisions_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_rels_order_idx\` ON \`_knowledge_entries_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_rels_parent_idx\` ON \`_knowledge_entries_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_rels_path_idx\` ON \`_knowledge_entries_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_knowledge_entries_v_rels_divisions_id_idx\` ON \`_knowledge_entries_v_rels\` (\`divisions_id\`);`)
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
  	\`decision_public_summary\` text,
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
  await db.run(sql`CREATE TABLE \`ticket_analysis_counters\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`month\` text NOT NULL,
  	\`division\` text NOT NULL,
  	\`dimension\` text NOT NULL,
  	\`value\` text NOT NULL,
  	\`label\` text,
  	\`count\` numeric DEFAULT 0 NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ticket_analysis_counters_key_idx\` ON \`ticket_analysis_counters\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`division_dimension_month_count_idx\` ON \`ticket_analysis_counters\` (\`division\`,\`dimension\`,\`month\`,\`count\`);`)
  await db.run(sql`CREATE INDEX \`division_dimension_value_month_idx\` ON \`ticket_analysis_counters\` (\`division\`,\`dimension\`,\`value\`,\`month\`);`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`caller_answer_consent\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`assignee_rule_id\` text(36) REFERENCES dispatch_rules(id);`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`dispatch_suggestion_rule_id\` text(36) REFERENCES dispatch_rules(id);`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`dispatch_suggestion_department_id\` text(36) REFERENCES departments(id);`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`dispatch_suggestion_division_id\` text(36) REFERENCES divisions(id);`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`dispatch_suggestion_due_date\` text;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`dispatch_suggestion_due_date_provisional\` integer;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`dispatch_suggestion_automatic\` integer;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`time_limit_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`public_answer_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`public_answer_question\` text;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`public_answer_reply\` text;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`public_answer_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`tickets_assignee_assignee_rule_idx\` ON \`tickets\` (\`assignee_rule_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_dispatch_suggestion_dispatch_suggestion_rule_idx\` ON \`tickets\` (\`dispatch_suggestion_rule_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_dispatch_suggestion_dispatch_suggestion_departme_idx\` ON \`tickets\` (\`dispatch_suggestion_department_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_dispatch_suggestion_dispatch_suggestion_division_idx\` ON \`tickets\` (\`dispatch_suggestion_division_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_public_answer_public_answer_published_idx\` ON \`tickets\` (\`public_answer_published\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_6_idx\` ON \`tickets\` (\`scope_city\`,\`scope_district\`,\`scope_street\`,\`scope_community\`,\`received_at\`,\`closed_on_time\`,\`satisfaction\`,\`closed_at\`);`)
  await db.run(sql`ALTER TABLE \`ticket_events\` ADD \`handler_department_id\` text(36) REFERENCES departments(id);`)
  await db.run(sql`ALTER TABLE \`ticket_events\` ADD \`handler_division_code\` text;`)
  await db.run(sql`CREATE INDEX \`ticket_events_handler_department_idx\` ON \`ticket_events\` (\`handler_department_id\`);`)
  await db.run(sql`CREATE INDEX \`ticket_events_handler_division_code_idx\` ON \`ticket_events\` (\`handler_division_code\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`dispatch_rules_id\` text(36) REFERENCES dispatch_rules(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`supervision_orders_id\` text(36) REFERENCES supervision_orders(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`staff_messages_id\` text(36) REFERENCES staff_messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`knowledge_entries_id\` text(36) REFERENCES knowledge_entries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`demands_id\` text(36) REFERENCES demands(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`demand_groups_id\` text(36) REFERENCES demand_groups(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dispatch_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`dispatch_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_supervision_orders_id_idx\` ON \`payload_locked_documents_rels\` (\`supervision_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_staff_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`staff_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_knowledge_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`knowledge_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_demands_id_idx\` ON \`payload_locked_documents_rels\` (\`demands_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_demand_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`demand_groups_id\`);`)
  await db.run(sql`ALTER TABLE \`hotline_settings\` ADD \`supervision_remind_days_before\` numeric DEFAULT 1 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`hotline_settings\` ADD \`supervision_escalate_after_days\` numeric DEFAULT 2 NOT NULL;`)
  // The demands of cases that existed before the register are registered by the last migration that changes the
  // register's tables (20261207_033237_i20_guide_comment_demands): writes through today's config need today's columns.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`dispatch_rules\`;`)
  await db.run(sql`DROP TABLE \`supervision_orders\`;`)
  await db.run(sql`DROP TABLE \`staff_messages\`;`)
  await db.run(sql`DROP TABLE \`knowledge_entries\`;`)
  await db.run(sql`DROP TABLE \`knowledge_entries_texts\`;`)
  await db.run(sql`DROP TABLE \`knowledge_entries_rels\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_entries_v\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_entries_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_knowledge_entries_v_rels\`;`)
  await db.run(sql`DROP TABLE \`demands\`;`)
  await db.run(sql`DROP TABLE \`demands_rels\`;`)
  await db.run(sql`DROP TABLE \`demand_groups_history\`;`)
  await db.run(sql`DROP TABLE \`demand_groups\`;`)
  await db.run(sql`DROP TABLE \`ticket_analysis_counters\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`media_url\` text,
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
  	\`reopens\` numeric DEFAULT 0,
  	\`merged_into_id\` text(36),
  	\`application_id\` text(36),
  	\`external_id\` text,
  	\`resident_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`caller_person_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tickets\`("id", "number", "channel", "kind", "status", "caller_name", "caller_phone", "caller_person_id", "caller_email", "caller_confidential", "summary", "content", "service_id", "topic_id", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "location_address", "location_latitude", "location_longitude", "media_url", "assignee_department_id", "assignee_division_id", "assignee_division_code", "received_at", "due_date", "due_date_provisional", "closed_at", "reply", "answered_directly", "closed_on_time", "satisfaction", "reminders", "returns", "call_back_attempts", "reopens", "merged_into_id", "application_id", "external_id", "resident_id", "updated_at", "created_at") SELECT "id", "number", "channel", "kind", "status", "caller_name", "caller_phone", "caller_person_id", "caller_email", "caller_confidential", "summary", "content", "service_id", "topic_id", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "location_address", "location_latitude", "location_longitude", "media_url", "assignee_department_id", "assignee_division_id", "assignee_division_code", "received_at", "due_date", "due_date_provisional", "closed_at", "reply", "answered_directly", "closed_on_time", "satisfaction", "reminders", "returns", "call_back_attempts", "reopens", "merged_into_id", "application_id", "external_id", "resident_id", "updated_at", "created_at" FROM \`tickets\`;`)
  await db.run(sql`DROP TABLE \`tickets\`;`)
  await db.run(sql`ALTER TABLE \`__new_tickets\` RENAME TO \`tickets\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`tickets_resident_idx\` ON \`tickets\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_updated_at_idx\` ON \`tickets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tickets_created_at_idx\` ON \`tickets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`caller_phone_receivedAt_idx\` ON \`tickets\` (\`caller_phone\`,\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_kind_scope_district_scope_street_receivedAt_idx\` ON \`tickets\` (\`scope_city\`,\`kind\`,\`scope_district\`,\`scope_street\`,\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_channel_scope_district_scope_street_receivedA_idx\` ON \`tickets\` (\`scope_city\`,\`channel\`,\`scope_district\`,\`scope_street\`,\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_status_dueDate_idx\` ON \`tickets\` (\`scope_city\`,\`status\`,\`due_date\`);`)
  await db.run(sql`CREATE TABLE \`__new_ticket_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`ticket_id\` text(36) NOT NULL,
  	\`action\` text NOT NULL,
  	\`action_label\` text NOT NULL,
  	\`from_status\` text,
  	\`to_status\` text NOT NULL,
  	\`note\` text,
  	\`actor_name\` text,
  	\`actor_unit\` text,
  	\`actor_id\` text(36),
  	\`client_id\` text(36),
  	\`by\` text NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`ticket_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`client_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_ticket_events\`("id", "ticket_id", "action", "action_label", "from_status", "to_status", "note", "actor_name", "actor_unit", "actor_id", "client_id", "by", "scope_city", "scope_district", "scope_street", "scope_community", "updated_at", "created_at") SELECT "id", "ticket_id", "action", "action_label", "from_status", "to_status", "note", "actor_name", "actor_unit", "actor_id", "client_id", "by", "scope_city", "scope_district", "scope_street", "scope_community", "updated_at", "created_at" FROM \`ticket_events\`;`)
  await db.run(sql`DROP TABLE \`ticket_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_ticket_events\` RENAME TO \`ticket_events\`;`)
  await db.run(sql`CREATE INDEX \`ticket_events_ticket_idx\` ON \`ticket_events\` (\`ticket_id\`);`)
  await db.run(sql`CREATE INDEX \`ticket_events_action_idx\` ON \`ticket_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`ticket_events_actor_idx\` ON \`ticket_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`ticket_events_client_idx\` ON \`ticket_events\` (\`client_id\`);`)
  await db.run(sql`CREATE INDEX \`ticket_events_scope_scope_city_idx\` ON \`ticket_events\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`ticket_events_scope_scope_district_idx\` ON \`ticket_events\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`ticket_events_scope_scope_street_idx\` ON \`ticket_events\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`ticket_events_scope_scope_community_idx\` ON \`ticket_events\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`ticket_events_updated_at_idx\` ON \`ticket_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ticket_events_created_at_idx\` ON \`ticket_events\` (\`created_at\`);`)
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
  await db.run(sql`ALTER TABLE \`hotline_settings\` DROP COLUMN \`supervision_remind_days_before\`;`)
  await db.run(sql`ALTER TABLE \`hotline_settings\` DROP COLUMN \`supervision_escalate_after_days\`;`)
}
