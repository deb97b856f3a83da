import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`provider_id\` text(36) REFERENCES providers(id);`)
  await db.run(sql`CREATE INDEX \`notifications_provider_idx\` ON \`notifications\` (\`provider_id\`);`)
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
}
