import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_life_orders\` (
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
  await db.run(sql`INSERT INTO \`__new_life_orders\`("id", "number", "status", "channel", "resident_id", "customer_name", "customer_phone", "customer_address", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "category_id", "item_id", "item_name", "unit_price", "unit", "quantity", "amount", "payable", "subsidy_register", "subsidy_percent", "subsidy_amount", "subsidy_consent_at", "subsidy_person_id", "date", "period", "slot_key", "notes", "provider_id", "provider_chosen", "offer_expires_at", "worker_id", "accepted_at", "done_at", "confirmed_at", "rating_level", "rating_worker_level", "rating_rated_at", "rating_comment", "updated_at", "created_at") SELECT "id", "number", "status", "channel", "resident_id", "customer_name", "customer_phone", "customer_address", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "category_id", "item_id", "item_name", "unit_price", "unit", "quantity", "amount", "payable", "subsidy_register", "subsidy_percent", "subsidy_amount", "subsidy_consent_at", "subsidy_person_id", "date", "period", "slot_key", "notes", "provider_id", "provider_chosen", "offer_expires_at", "worker_id", "accepted_at", "done_at", "confirmed_at", "rating_level", "rating_worker_level", "rating_rated_at", "rating_comment", "updated_at", "created_at" FROM \`life_orders\`;`)
  await db.run(sql`DROP TABLE \`life_orders\`;`)
  await db.run(sql`ALTER TABLE \`__new_life_orders\` RENAME TO \`life_orders\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`life_orders_updated_at_idx\` ON \`life_orders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_created_at_idx\` ON \`life_orders\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`life_order_id\` text(36) REFERENCES life_orders(id);`)
  await db.run(sql`CREATE INDEX \`notifications_life_order_idx\` ON \`notifications\` (\`life_order_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`CREATE TABLE \`__new_life_orders\` (
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
  	\`item_id\` text(36) NOT NULL,
  	\`item_name\` text NOT NULL,
  	\`unit_price\` numeric NOT NULL,
  	\`unit\` text NOT NULL,
  	\`quantity\` numeric DEFAULT 1 NOT NULL,
  	\`amount\` numeric NOT NULL,
  	\`payable\` numeric NOT NULL,
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
  await db.run(sql`INSERT INTO \`__new_life_orders\`("id", "number", "status", "channel", "resident_id", "customer_name", "customer_phone", "customer_address", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "category_id", "item_id", "item_name", "unit_price", "unit", "quantity", "amount", "payable", "subsidy_register", "subsidy_percent", "subsidy_amount", "subsidy_consent_at", "subsidy_person_id", "date", "period", "slot_key", "notes", "provider_id", "provider_chosen", "offer_expires_at", "worker_id", "accepted_at", "done_at", "confirmed_at", "rating_level", "rating_worker_level", "rating_rated_at", "rating_comment", "updated_at", "created_at") SELECT "id", "number", "status", "channel", "resident_id", "customer_name", "customer_phone", "customer_address", "division_id", "scope_city", "scope_district", "scope_street", "scope_community", "category_id", "item_id", "item_name", "unit_price", "unit", "quantity", "amount", "payable", "subsidy_register", "subsidy_percent", "subsidy_amount", "subsidy_consent_at", "subsidy_person_id", "date", "period", "slot_key", "notes", "provider_id", "provider_chosen", "offer_expires_at", "worker_id", "accepted_at", "done_at", "confirmed_at", "rating_level", "rating_worker_level", "rating_rated_at", "rating_comment", "updated_at", "created_at" FROM \`life_orders\`;`)
  await db.run(sql`DROP TABLE \`life_orders\`;`)
  await db.run(sql`ALTER TABLE \`__new_life_orders\` RENAME TO \`life_orders\`;`)
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
  await db.run(sql`CREATE INDEX \`life_orders_updated_at_idx\` ON \`life_orders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`life_orders_created_at_idx\` ON \`life_orders\` (\`created_at\`);`)
}
