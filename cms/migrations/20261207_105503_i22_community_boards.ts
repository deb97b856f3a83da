import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { openMissingBoards } from '../../collections/Boards/openMissing'
import { backfillLifeRatingDemands, withdrawLifeRatingDemands } from '../../collections/Demands/backfill'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`boards\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`division_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`code\` text,
  	\`name\` text,
  	\`level\` text,
  	\`moderation\` text DEFAULT 'post' NOT NULL,
  	\`proposal_threshold\` numeric DEFAULT 10 NOT NULL,
  	\`report_hold_threshold\` numeric DEFAULT 3 NOT NULL,
  	\`open\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`boards_division_idx\` ON \`boards\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`boards_scope_scope_city_idx\` ON \`boards\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`boards_scope_scope_district_idx\` ON \`boards\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`boards_scope_scope_street_idx\` ON \`boards\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`boards_scope_scope_community_idx\` ON \`boards\` (\`scope_community\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`boards_code_idx\` ON \`boards\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`boards_updated_at_idx\` ON \`boards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`boards_created_at_idx\` ON \`boards\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`board_members\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`nickname\` text NOT NULL,
  	\`resident_id\` text(36) NOT NULL,
  	\`board_id\` text(36) NOT NULL,
  	\`verification\` text NOT NULL,
  	\`confirmed_by_id\` text(36),
  	\`pledge_accepted_at\` text,
  	\`pledge_version\` text,
  	\`credit_score\` numeric DEFAULT 100,
  	\`status\` text DEFAULT 'active',
  	\`muted_until\` text,
  	\`phone_key\` text,
  	\`id_key\` text,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`board_members_nickname_idx\` ON \`board_members\` (\`nickname\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`board_members_resident_idx\` ON \`board_members\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`board_members_board_idx\` ON \`board_members\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`board_members_confirmed_by_idx\` ON \`board_members\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`board_members_status_idx\` ON \`board_members\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`board_members_phone_key_idx\` ON \`board_members\` (\`phone_key\`);`)
  await db.run(sql`CREATE INDEX \`board_members_id_key_idx\` ON \`board_members\` (\`id_key\`);`)
  await db.run(sql`CREATE INDEX \`board_members_scope_scope_city_idx\` ON \`board_members\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`board_members_scope_scope_district_idx\` ON \`board_members\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`board_members_scope_scope_street_idx\` ON \`board_members\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`board_members_scope_scope_community_idx\` ON \`board_members\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`board_members_updated_at_idx\` ON \`board_members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`board_members_created_at_idx\` ON \`board_members\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`board_threads\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`board_id\` text(36) NOT NULL,
  	\`kind\` text,
  	\`category\` text,
  	\`official_kind\` text DEFAULT 'notice',
  	\`body\` text NOT NULL,
  	\`author_id\` text(36),
  	\`staff_author_id\` text(36),
  	\`author_name\` text,
  	\`ip_province\` text,
  	\`status\` text DEFAULT 'published',
  	\`moderation_reason\` text,
  	\`moderation_decided_at\` text,
  	\`moderation_decided_by_id\` text(36),
  	\`report_count\` numeric DEFAULT 0,
  	\`pinned\` integer DEFAULT false,
  	\`notice_sent_at\` text,
  	\`reply_count\` numeric DEFAULT 0,
  	\`last_activity_at\` text,
  	\`proposal_status\` text,
  	\`proposal_supports\` numeric DEFAULT 0,
  	\`proposal_threshold\` numeric,
  	\`proposal_reached_at\` text,
  	\`proposal_meeting_id\` text(36),
  	\`proposal_answer\` text,
  	\`proposal_answered_at\` text,
  	\`proposal_answered_by_id\` text(36),
  	\`ticket_id\` text(36),
  	\`demand_id\` text(36),
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`board_members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`staff_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderation_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposal_meeting_id\`) REFERENCES \`council_meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposal_answered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ticket_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`demand_id\`) REFERENCES \`demands\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`board_threads_board_idx\` ON \`board_threads\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_kind_idx\` ON \`board_threads\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_category_idx\` ON \`board_threads\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_author_idx\` ON \`board_threads\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_staff_author_idx\` ON \`board_threads\` (\`staff_author_id\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_status_idx\` ON \`board_threads\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_moderation_moderation_decided_by_idx\` ON \`board_threads\` (\`moderation_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_pinned_idx\` ON \`board_threads\` (\`pinned\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_last_activity_at_idx\` ON \`board_threads\` (\`last_activity_at\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_proposal_proposal_status_idx\` ON \`board_threads\` (\`proposal_status\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_proposal_proposal_meeting_idx\` ON \`board_threads\` (\`proposal_meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_proposal_proposal_answered_by_idx\` ON \`board_threads\` (\`proposal_answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_ticket_idx\` ON \`board_threads\` (\`ticket_id\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_demand_idx\` ON \`board_threads\` (\`demand_id\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_scope_scope_city_idx\` ON \`board_threads\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_scope_scope_district_idx\` ON \`board_threads\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_scope_scope_street_idx\` ON \`board_threads\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_scope_scope_community_idx\` ON \`board_threads\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_updated_at_idx\` ON \`board_threads\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_created_at_idx\` ON \`board_threads\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`board_status_pinned_lastActivityAt_idx\` ON \`board_threads\` (\`board_id\`,\`status\`,\`pinned\`,\`last_activity_at\`);`)
  await db.run(sql`CREATE INDEX \`board_status_category_lastActivityAt_idx\` ON \`board_threads\` (\`board_id\`,\`status\`,\`category\`,\`last_activity_at\`);`)
  await db.run(sql`CREATE INDEX \`board_kind_status_lastActivityAt_idx\` ON \`board_threads\` (\`board_id\`,\`kind\`,\`status\`,\`last_activity_at\`);`)
  await db.run(sql`CREATE TABLE \`board_threads_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`board_photos_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`board_threads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`board_photos_id\`) REFERENCES \`board_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`board_threads_rels_order_idx\` ON \`board_threads_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_rels_parent_idx\` ON \`board_threads_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_rels_path_idx\` ON \`board_threads_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`board_threads_rels_board_photos_id_idx\` ON \`board_threads_rels\` (\`board_photos_id\`);`)
  await db.run(sql`CREATE TABLE \`board_replies\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`thread_id\` text(36) NOT NULL,
  	\`board_id\` text(36) NOT NULL,
  	\`floor\` numeric NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` text(36),
  	\`staff_author_id\` text(36),
  	\`author_name\` text,
  	\`ip_province\` text,
  	\`status\` text DEFAULT 'published',
  	\`moderation_reason\` text,
  	\`moderation_decided_at\` text,
  	\`moderation_decided_by_id\` text(36),
  	\`report_count\` numeric DEFAULT 0,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`thread_id\`) REFERENCES \`board_threads\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`board_members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`staff_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderation_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`board_replies_thread_idx\` ON \`board_replies\` (\`thread_id\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_board_idx\` ON \`board_replies\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_author_idx\` ON \`board_replies\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_staff_author_idx\` ON \`board_replies\` (\`staff_author_id\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_status_idx\` ON \`board_replies\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_moderation_moderation_decided_by_idx\` ON \`board_replies\` (\`moderation_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_scope_scope_city_idx\` ON \`board_replies\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_scope_scope_district_idx\` ON \`board_replies\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_scope_scope_street_idx\` ON \`board_replies\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_scope_scope_community_idx\` ON \`board_replies\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_updated_at_idx\` ON \`board_replies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_created_at_idx\` ON \`board_replies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`thread_status_floor_idx\` ON \`board_replies\` (\`thread_id\`,\`status\`,\`floor\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`thread_floor_idx\` ON \`board_replies\` (\`thread_id\`,\`floor\`);`)
  await db.run(sql`CREATE TABLE \`board_replies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`board_photos_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`board_replies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`board_photos_id\`) REFERENCES \`board_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`board_replies_rels_order_idx\` ON \`board_replies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_rels_parent_idx\` ON \`board_replies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_rels_path_idx\` ON \`board_replies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`board_replies_rels_board_photos_id_idx\` ON \`board_replies_rels\` (\`board_photos_id\`);`)
  await db.run(sql`CREATE TABLE \`board_photos\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`board_id\` text(36) NOT NULL,
  	\`shown\` integer DEFAULT false,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
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
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`board_photos_board_idx\` ON \`board_photos\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`board_photos_shown_idx\` ON \`board_photos\` (\`shown\`);`)
  await db.run(sql`CREATE INDEX \`board_photos_scope_scope_city_idx\` ON \`board_photos\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`board_photos_scope_scope_district_idx\` ON \`board_photos\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`board_photos_scope_scope_street_idx\` ON \`board_photos\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`board_photos_scope_scope_community_idx\` ON \`board_photos\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`board_photos_updated_at_idx\` ON \`board_photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`board_photos_created_at_idx\` ON \`board_photos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`board_photos_filename_idx\` ON \`board_photos\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`board_reports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`board_id\` text(36) NOT NULL,
  	\`thread_id\` text(36) NOT NULL,
  	\`reply_id\` text(36),
  	\`reason\` text NOT NULL,
  	\`reason_label\` text,
  	\`details\` text,
  	\`reporter_id\` text(36) NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`outcome\` text,
  	\`handled_at\` text,
  	\`handled_by_id\` text(36),
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`thread_id\`) REFERENCES \`board_threads\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reply_id\`) REFERENCES \`board_replies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reporter_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`board_reports_board_idx\` ON \`board_reports\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`board_reports_thread_idx\` ON \`board_reports\` (\`thread_id\`);`)
  await db.run(sql`CREATE INDEX \`board_reports_reply_idx\` ON \`board_reports\` (\`reply_id\`);`)
  await db.run(sql`CREATE INDEX \`board_reports_reporter_idx\` ON \`board_reports\` (\`reporter_id\`);`)
  await db.run(sql`CREATE INDEX \`board_reports_status_idx\` ON \`board_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`board_reports_handled_at_idx\` ON \`board_reports\` (\`handled_at\`);`)
  await db.run(sql`CREATE INDEX \`board_reports_handled_by_idx\` ON \`board_reports\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`board_reports_scope_scope_city_idx\` ON \`board_reports\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`board_reports_scope_scope_district_idx\` ON \`board_reports\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`board_reports_scope_scope_street_idx\` ON \`board_reports\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`board_reports_scope_scope_community_idx\` ON \`board_reports\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`board_reports_updated_at_idx\` ON \`board_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`board_reports_created_at_idx\` ON \`board_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_createdAt_idx\` ON \`board_reports\` (\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`board_blacklist\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`board_id\` text(36) NOT NULL,
  	\`member_id\` text(36),
  	\`nickname\` text,
  	\`phone_key\` text,
  	\`id_key\` text,
  	\`reason\` text NOT NULL,
  	\`until\` text,
  	\`added_by_id\` text(36),
  	\`lifted_at\` text,
  	\`lifted_by_id\` text(36),
  	\`lift_reason\` text,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`board_members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`added_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lifted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`board_blacklist_board_idx\` ON \`board_blacklist\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`board_blacklist_member_idx\` ON \`board_blacklist\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`board_blacklist_phone_key_idx\` ON \`board_blacklist\` (\`phone_key\`);`)
  await db.run(sql`CREATE INDEX \`board_blacklist_id_key_idx\` ON \`board_blacklist\` (\`id_key\`);`)
  await db.run(sql`CREATE INDEX \`board_blacklist_added_by_idx\` ON \`board_blacklist\` (\`added_by_id\`);`)
  await db.run(sql`CREATE INDEX \`board_blacklist_lifted_by_idx\` ON \`board_blacklist\` (\`lifted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`board_blacklist_scope_scope_city_idx\` ON \`board_blacklist\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`board_blacklist_scope_scope_district_idx\` ON \`board_blacklist\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`board_blacklist_scope_scope_street_idx\` ON \`board_blacklist\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`board_blacklist_scope_scope_community_idx\` ON \`board_blacklist\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`board_blacklist_updated_at_idx\` ON \`board_blacklist\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`board_blacklist_created_at_idx\` ON \`board_blacklist\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sensitive_words\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`word\` text NOT NULL,
  	\`action\` text DEFAULT 'review' NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sensitive_words_word_idx\` ON \`sensitive_words\` (\`word\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_words_active_idx\` ON \`sensitive_words\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_words_updated_at_idx\` ON \`sensitive_words\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_words_created_at_idx\` ON \`sensitive_words\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`proposal_supports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`thread_id\` text(36) NOT NULL,
  	\`board_id\` text(36) NOT NULL,
  	\`channel\` text NOT NULL,
  	\`member_id\` text(36),
  	\`person_id\` text(36),
  	\`person_key\` text NOT NULL,
  	\`recorded_by_id\` text(36),
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`thread_id\`) REFERENCES \`board_threads\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`board_members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`proposal_supports_thread_idx\` ON \`proposal_supports\` (\`thread_id\`);`)
  await db.run(sql`CREATE INDEX \`proposal_supports_board_idx\` ON \`proposal_supports\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`proposal_supports_member_idx\` ON \`proposal_supports\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`proposal_supports_person_idx\` ON \`proposal_supports\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`proposal_supports_recorded_by_idx\` ON \`proposal_supports\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`proposal_supports_scope_scope_city_idx\` ON \`proposal_supports\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`proposal_supports_scope_scope_district_idx\` ON \`proposal_supports\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`proposal_supports_scope_scope_street_idx\` ON \`proposal_supports\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`proposal_supports_scope_scope_community_idx\` ON \`proposal_supports\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`proposal_supports_updated_at_idx\` ON \`proposal_supports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`proposal_supports_created_at_idx\` ON \`proposal_supports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`thread_personKey_idx\` ON \`proposal_supports\` (\`thread_id\`,\`person_key\`);`)
  await db.run(sql`CREATE TABLE \`proposal_updates\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`thread_id\` text(36) NOT NULL,
  	\`board_id\` text(36) NOT NULL,
  	\`status\` text NOT NULL,
  	\`status_label\` text,
  	\`note\` text,
  	\`actor_name\` text,
  	\`actor_id\` text(36),
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`thread_id\`) REFERENCES \`board_threads\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`proposal_updates_thread_idx\` ON \`proposal_updates\` (\`thread_id\`);`)
  await db.run(sql`CREATE INDEX \`proposal_updates_board_idx\` ON \`proposal_updates\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`proposal_updates_actor_idx\` ON \`proposal_updates\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`proposal_updates_scope_scope_city_idx\` ON \`proposal_updates\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`proposal_updates_scope_scope_district_idx\` ON \`proposal_updates\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`proposal_updates_scope_scope_street_idx\` ON \`proposal_updates\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`proposal_updates_scope_scope_community_idx\` ON \`proposal_updates\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`proposal_updates_updated_at_idx\` ON \`proposal_updates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`proposal_updates_created_at_idx\` ON \`proposal_updates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`council_meetings_attendance\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`council_meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`council_meetings_attendance_order_idx\` ON \`council_meetings_attendance\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`council_meetings_attendance_parent_id_idx\` ON \`council_meetings_attendance\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`council_meetings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`board_id\` text(36) NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`place\` text NOT NULL,
  	\`status\` text DEFAULT 'planned' NOT NULL,
  	\`minutes\` text,
  	\`attendee_count\` numeric,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`council_meetings_board_idx\` ON \`council_meetings\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`council_meetings_starts_at_idx\` ON \`council_meetings\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`council_meetings_scope_scope_city_idx\` ON \`council_meetings\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`council_meetings_scope_scope_district_idx\` ON \`council_meetings\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`council_meetings_scope_scope_street_idx\` ON \`council_meetings\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`council_meetings_scope_scope_community_idx\` ON \`council_meetings\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`council_meetings_updated_at_idx\` ON \`council_meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`council_meetings_created_at_idx\` ON \`council_meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`council_meetings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`board_threads_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`council_meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`board_threads_id\`) REFERENCES \`board_threads\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`council_meetings_rels_order_idx\` ON \`council_meetings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`council_meetings_rels_parent_idx\` ON \`council_meetings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`council_meetings_rels_path_idx\` ON \`council_meetings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`council_meetings_rels_board_threads_id_idx\` ON \`council_meetings_rels\` (\`board_threads_id\`);`)
  await db.run(sql`CREATE TABLE \`board_subscriptions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`board_id\` text(36) NOT NULL,
  	\`resident_id\` text(36) NOT NULL,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`board_id\`) REFERENCES \`boards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`board_subscriptions_board_idx\` ON \`board_subscriptions\` (\`board_id\`);`)
  await db.run(sql`CREATE INDEX \`board_subscriptions_resident_idx\` ON \`board_subscriptions\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`board_subscriptions_scope_scope_city_idx\` ON \`board_subscriptions\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`board_subscriptions_scope_scope_district_idx\` ON \`board_subscriptions\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`board_subscriptions_scope_scope_street_idx\` ON \`board_subscriptions\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`board_subscriptions_scope_scope_community_idx\` ON \`board_subscriptions\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`board_subscriptions_updated_at_idx\` ON \`board_subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`board_subscriptions_created_at_idx\` ON \`board_subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`board_resident_idx\` ON \`board_subscriptions\` (\`board_id\`,\`resident_id\`);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`board_thread_id\` text(36) REFERENCES board_threads(id);`)
  await db.run(sql`CREATE INDEX \`notifications_board_thread_idx\` ON \`notifications\` (\`board_thread_id\`);`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`board_thread_id\` text(36) REFERENCES board_threads(id);`)
  await db.run(sql`CREATE INDEX \`tickets_board_thread_idx\` ON \`tickets\` (\`board_thread_id\`);`)
  await db.run(sql`ALTER TABLE \`demands_rels\` ADD \`life_orders_id\` text(36) REFERENCES life_orders(id);`)
  await db.run(sql`ALTER TABLE \`demands_rels\` ADD \`board_threads_id\` text(36) REFERENCES board_threads(id);`)
  await db.run(sql`CREATE INDEX \`demands_rels_life_orders_id_idx\` ON \`demands_rels\` (\`life_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_board_threads_id_idx\` ON \`demands_rels\` (\`board_threads_id\`);`)
  await db.run(sql`ALTER TABLE \`life_orders\` ADD \`idempotency_key\` text;`)
  await db.run(sql`ALTER TABLE \`life_orders\` ADD \`request_hash\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`life_orders_idempotency_key_idx\` ON \`life_orders\` (\`idempotency_key\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`boards_id\` text(36) REFERENCES boards(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`board_members_id\` text(36) REFERENCES board_members(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`board_threads_id\` text(36) REFERENCES board_threads(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`board_replies_id\` text(36) REFERENCES board_replies(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`board_photos_id\` text(36) REFERENCES board_photos(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`board_reports_id\` text(36) REFERENCES board_reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`board_blacklist_id\` text(36) REFERENCES board_blacklist(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sensitive_words_id\` text(36) REFERENCES sensitive_words(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`proposal_supports_id\` text(36) REFERENCES proposal_supports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`proposal_updates_id\` text(36) REFERENCES proposal_updates(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`council_meetings_id\` text(36) REFERENCES council_meetings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`board_subscriptions_id\` text(36) REFERENCES board_subscriptions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_boards_id_idx\` ON \`payload_locked_documents_rels\` (\`boards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_board_members_id_idx\` ON \`payload_locked_documents_rels\` (\`board_members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_board_threads_id_idx\` ON \`payload_locked_documents_rels\` (\`board_threads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_board_replies_id_idx\` ON \`payload_locked_documents_rels\` (\`board_replies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_board_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`board_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_board_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`board_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_board_blacklist_id_idx\` ON \`payload_locked_documents_rels\` (\`board_blacklist_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sensitive_words_id_idx\` ON \`payload_locked_documents_rels\` (\`sensitive_words_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposal_supports_id_idx\` ON \`payload_locked_documents_rels\` (\`proposal_supports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposal_updates_id_idx\` ON \`payload_locked_documents_rels\` (\`proposal_updates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_council_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`council_meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_board_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`board_subscriptions_id\`);`)
  // Every community and street stored before boards existed gets its board.
  await openMissingBoards(payload, req)
  // Bad ratings of life-service orders made before the register took them in.
  await backfillLifeRatingDemands(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The life-service ratings leave the register before their column goes.
  await withdrawLifeRatingDemands(payload, req)
  await db.run(sql`DROP TABLE \`boards\`;`)
  await db.run(sql`DROP TABLE \`board_members\`;`)
  await db.run(sql`DROP TABLE \`board_threads\`;`)
  await db.run(sql`DROP TABLE \`board_threads_rels\`;`)
  await db.run(sql`DROP TABLE \`board_replies\`;`)
  await db.run(sql`DROP TABLE \`board_replies_rels\`;`)
  await db.run(sql`DROP TABLE \`board_photos\`;`)
  await db.run(sql`DROP TABLE \`board_reports\`;`)
  await db.run(sql`DROP TABLE \`board_blacklist\`;`)
  await db.run(sql`DROP TABLE \`sensitive_words\`;`)
  await db.run(sql`DROP TABLE \`proposal_supports\`;`)
  await db.run(sql`DROP TABLE \`proposal_updates\`;`)
  await db.run(sql`DROP TABLE \`council_meetings_attendance\`;`)
  await db.run(sql`DROP TABLE \`council_meetings\`;`)
  await db.run(sql`DROP TABLE \`council_meetings_rels\`;`)
  await db.run(sql`DROP TABLE \`board_subscriptions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_notifications\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`application_id\` text(36),
  	\`ticket_id\` text(36),
  	\`correction_id\` text(36),
  	\`appointment_id\` text(36),
  	\`life_order_id\` text(36),
  	\`life_complaint_id\` text(36),
  	\`provider_id\` text(36),
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
  	FOREIGN KEY (\`life_order_id\`) REFERENCES \`life_orders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`life_complaint_id\`) REFERENCES \`life_complaints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications\`("id", "application_id", "ticket_id", "correction_id", "appointment_id", "life_order_id", "life_complaint_id", "provider_id", "resident_id", "channel", "status", "recipient", "subject", "message", "attempts", "sent_at", "error", "gateway_id", "delivery_status", "delivered_at", "delivery_error", "scope_city", "scope_district", "scope_street", "scope_community", "department_id", "updated_at", "created_at") SELECT "id", "application_id", "ticket_id", "correction_id", "appointment_id", "life_order_id", "life_complaint_id", "provider_id", "resident_id", "channel", "status", "recipient", "subject", "message", "attempts", "sent_at", "error", "gateway_id", "delivery_status", "delivered_at", "delivery_error", "scope_city", "scope_district", "scope_street", "scope_community", "department_id", "updated_at", "created_at" FROM \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications\` RENAME TO \`notifications\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`notifications_application_idx\` ON \`notifications\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_ticket_idx\` ON \`notifications\` (\`ticket_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_correction_idx\` ON \`notifications\` (\`correction_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_appointment_idx\` ON \`notifications\` (\`appointment_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_life_order_idx\` ON \`notifications\` (\`life_order_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_life_complaint_idx\` ON \`notifications\` (\`life_complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_provider_idx\` ON \`notifications\` (\`provider_id\`);`)
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
  	\`caller_answer_consent\` integer DEFAULT false,
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
  	\`assignee_rule_id\` text(36),
  	\`dispatch_suggestion_rule_id\` text(36),
  	\`dispatch_suggestion_department_id\` text(36),
  	\`dispatch_suggestion_division_id\` text(36),
  	\`dispatch_suggestion_due_date\` text,
  	\`dispatch_suggestion_due_date_provisional\` integer,
  	\`dispatch_suggestion_automatic\` integer,
  	\`received_at\` text,
  	\`due_date\` text,
  	\`due_date_provisional\` integer DEFAULT false,
  	\`time_limit_days\` numeric,
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
  	\`public_answer_published\` integer DEFAULT false,
  	\`public_answer_question\` text,
  	\`public_answer_reply\` text,
  	\`public_answer_published_at\` text,
  	\`resident_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`caller_person_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_rule_id\`) REFERENCES \`dispatch_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`dispatch_suggestion_rule_id\`) REFERENCES \`dispatch_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`dispatch_suggestion_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`dispatch_suggestion_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tickets\`("id", "number", "channel", "kind", "status", "caller_name", "caller_phone", "caller_person_id", "caller_email", "caller_confidential", "caller_answer_consent", "summary", "content", "service_id", "topic_id", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "location_address", "location_latitude", "location_longitude", "media_url", "assignee_department_id", "assignee_division_id", "assignee_division_code", "assignee_rule_id", "dispatch_suggestion_rule_id", "dispatch_suggestion_department_id", "dispatch_suggestion_division_id", "dispatch_suggestion_due_date", "dispatch_suggestion_due_date_provisional", "dispatch_suggestion_automatic", "received_at", "due_date", "due_date_provisional", "time_limit_days", "closed_at", "reply", "answered_directly", "closed_on_time", "satisfaction", "reminders", "returns", "call_back_attempts", "reopens", "merged_into_id", "application_id", "external_id", "public_answer_published", "public_answer_question", "public_answer_reply", "public_answer_published_at", "resident_id", "updated_at", "created_at") SELECT "id", "number", "channel", "kind", "status", "caller_name", "caller_phone", "caller_person_id", "caller_email", "caller_confidential", "caller_answer_consent", "summary", "content", "service_id", "topic_id", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "location_address", "location_latitude", "location_longitude", "media_url", "assignee_department_id", "assignee_division_id", "assignee_division_code", "assignee_rule_id", "dispatch_suggestion_rule_id", "dispatch_suggestion_department_id", "dispatch_suggestion_division_id", "dispatch_suggestion_due_date", "dispatch_suggestion_due_date_provisional", "dispatch_suggestion_automatic", "received_at", "due_date", "due_date_provisional", "time_limit_days", "closed_at", "reply", "answered_directly", "closed_on_time", "satisfaction", "reminders", "returns", "call_back_attempts", "reopens", "merged_into_id", "application_id", "external_id", "public_answer_published", "public_answer_question", "public_answer_reply", "public_answer_published_at", "resident_id", "updated_at", "created_at" FROM \`tickets\`;`)
  await db.run(sql`DROP TABLE \`tickets\`;`)
  await db.run(sql`ALTER TABLE \`__new_tickets\` RENAME TO \`tickets\`;`)
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
  await db.run(sql`CREATE INDEX \`tickets_assignee_assignee_rule_idx\` ON \`tickets\` (\`assignee_rule_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_dispatch_suggestion_dispatch_suggestion_rule_idx\` ON \`tickets\` (\`dispatch_suggestion_rule_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_dispatch_suggestion_dispatch_suggestion_departme_idx\` ON \`tickets\` (\`dispatch_suggestion_department_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_dispatch_suggestion_dispatch_suggestion_division_idx\` ON \`tickets\` (\`dispatch_suggestion_division_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_received_at_idx\` ON \`tickets\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`tickets_due_date_idx\` ON \`tickets\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`tickets_due_date_provisional_idx\` ON \`tickets\` (\`due_date_provisional\`);`)
  await db.run(sql`CREATE INDEX \`tickets_answered_directly_idx\` ON \`tickets\` (\`answered_directly\`);`)
  await db.run(sql`CREATE INDEX \`tickets_merged_into_idx\` ON \`tickets\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_application_idx\` ON \`tickets\` (\`application_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tickets_external_id_idx\` ON \`tickets\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_public_answer_public_answer_published_idx\` ON \`tickets\` (\`public_answer_published\`);`)
  await db.run(sql`CREATE INDEX \`tickets_resident_idx\` ON \`tickets\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`tickets_updated_at_idx\` ON \`tickets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tickets_created_at_idx\` ON \`tickets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`caller_phone_receivedAt_idx\` ON \`tickets\` (\`caller_phone\`,\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_kind_scope_district_scope_street_receivedAt_idx\` ON \`tickets\` (\`scope_city\`,\`kind\`,\`scope_district\`,\`scope_street\`,\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_channel_scope_district_scope_street_receivedA_idx\` ON \`tickets\` (\`scope_city\`,\`channel\`,\`scope_district\`,\`scope_street\`,\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_status_dueDate_idx\` ON \`tickets\` (\`scope_city\`,\`status\`,\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_6_idx\` ON \`tickets\` (\`scope_city\`,\`scope_district\`,\`scope_street\`,\`scope_community\`,\`received_at\`,\`closed_on_time\`,\`satisfaction\`,\`closed_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_demands_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`tickets_id\` text(36),
  	\`guide_corrections_id\` text(36),
  	\`applications_id\` text(36),
  	\`guide_comments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`demands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tickets_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guide_corrections_id\`) REFERENCES \`guide_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guide_comments_id\`) REFERENCES \`guide_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_demands_rels\`("id", "order", "parent_id", "path", "tickets_id", "guide_corrections_id", "applications_id", "guide_comments_id") SELECT "id", "order", "parent_id", "path", "tickets_id", "guide_corrections_id", "applications_id", "guide_comments_id" FROM \`demands_rels\`;`)
  await db.run(sql`DROP TABLE \`demands_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_demands_rels\` RENAME TO \`demands_rels\`;`)
  await db.run(sql`CREATE INDEX \`demands_rels_order_idx\` ON \`demands_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_parent_idx\` ON \`demands_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_path_idx\` ON \`demands_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_tickets_id_idx\` ON \`demands_rels\` (\`tickets_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_guide_corrections_id_idx\` ON \`demands_rels\` (\`guide_corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_applications_id_idx\` ON \`demands_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_guide_comments_id_idx\` ON \`demands_rels\` (\`guide_comments_id\`);`)
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
  	\`life_categories_id\` text(36),
  	\`providers_id\` text(36),
  	\`provider_events_id\` text(36),
  	\`provider_items_id\` text(36),
  	\`provider_accounts_id\` text(36),
  	\`workers_id\` text(36),
  	\`life_orders_id\` text(36),
  	\`life_complaints_id\` text(36),
  	\`life_complaint_events_id\` text(36),
  	\`life_order_events_id\` text(36),
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
  	FOREIGN KEY (\`demand_groups_id\`) REFERENCES \`demand_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`life_categories_id\`) REFERENCES \`life_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`providers_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provider_events_id\`) REFERENCES \`provider_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provider_items_id\`) REFERENCES \`provider_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provider_accounts_id\`) REFERENCES \`provider_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workers_id\`) REFERENCES \`workers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`life_orders_id\`) REFERENCES \`life_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`life_complaints_id\`) REFERENCES \`life_complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`life_complaint_events_id\`) REFERENCES \`life_complaint_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`life_order_events_id\`) REFERENCES \`life_order_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "guide_corrections_id", "correction_events_id", "guide_feedback_id", "guide_comments_id", "search_misses_id", "bundles_id", "service_centres_id", "appointment_schedules_id", "appointment_slots_id", "appointments_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "bundle_cases_id", "application_files_id", "application_events_id", "result_templates_id", "result_documents_id", "notifications_id", "sms_templates_id", "portal_builds_id", "persons_id", "households_id", "dwellings_id", "organisations_id", "registers_id", "audit_log_id", "api_clients_id", "department_systems_id", "webhook_deliveries_id", "residents_id", "tickets_id", "dispatch_rules_id", "supervision_orders_id", "staff_messages_id", "ticket_events_id", "ticket_photos_id", "ticket_followers_id", "knowledge_entries_id", "demands_id", "demand_groups_id", "life_categories_id", "providers_id", "provider_events_id", "provider_items_id", "provider_accounts_id", "workers_id", "life_orders_id", "life_complaints_id", "life_complaint_events_id", "life_order_events_id") SELECT "id", "order", "parent_id", "path", "life_stages_id", "topics_id", "services_id", "guide_corrections_id", "correction_events_id", "guide_feedback_id", "guide_comments_id", "search_misses_id", "bundles_id", "service_centres_id", "appointment_schedules_id", "appointment_slots_id", "appointments_id", "media_id", "departments_id", "divisions_id", "users_id", "calendar_days_id", "applications_id", "bundle_cases_id", "application_files_id", "application_events_id", "result_templates_id", "result_documents_id", "notifications_id", "sms_templates_id", "portal_builds_id", "persons_id", "households_id", "dwellings_id", "organisations_id", "registers_id", "audit_log_id", "api_clients_id", "department_systems_id", "webhook_deliveries_id", "residents_id", "tickets_id", "dispatch_rules_id", "supervision_orders_id", "staff_messages_id", "ticket_events_id", "ticket_photos_id", "ticket_followers_id", "knowledge_entries_id", "demands_id", "demand_groups_id", "life_categories_id", "providers_id", "provider_events_id", "provider_items_id", "provider_accounts_id", "workers_id", "life_orders_id", "life_complaints_id", "life_complaint_events_id", "life_order_events_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`DROP INDEX \`life_orders_idempotency_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`life_orders\` DROP COLUMN \`idempotency_key\`;`)
  await db.run(sql`ALTER TABLE \`life_orders\` DROP COLUMN \`request_hash\`;`)
}
