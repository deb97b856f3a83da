import { randomUUID } from 'node:crypto'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

const MONDAY_TO_FRIDAY = ['mon', 'tue', 'wed', 'thu', 'fri']

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`appointment_schedules_periods_weekdays\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`appointment_schedules_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`appointment_schedules_periods_weekdays_order_idx\` ON \`appointment_schedules_periods_weekdays\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`appointment_schedules_periods_weekdays_parent_idx\` ON \`appointment_schedules_periods_weekdays\` (\`parent_id\`);`)
  // Periods saved before they named weekdays were open Monday to Friday: they stay so.
  const periods = await db.all<{ id: string }>(sql`SELECT \`id\` FROM \`appointment_schedules_periods\`;`)
  for (const { id } of periods) {
    for (const [index, day] of MONDAY_TO_FRIDAY.entries()) {
      await db.run(sql`INSERT INTO \`appointment_schedules_periods_weekdays\` (\`order\`, \`parent_id\`, \`value\`, \`id\`) VALUES (${index + 1}, ${id}, ${day}, ${randomUUID()});`)
    }
  }
  await db.run(sql`ALTER TABLE \`appointments\` ADD \`no_show_marked_at\` text;`)
  await db.run(sql`ALTER TABLE \`appointments\` ADD \`no_show_marked_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`appointments_no_show_marked_by_idx\` ON \`appointments\` (\`no_show_marked_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`appointment_schedules_periods_weekdays\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_appointments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`service\` text NOT NULL,
  	\`service_title\` text NOT NULL,
  	\`centre_id\` text(36) NOT NULL,
  	\`date\` text NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	\`status\` text DEFAULT 'booked' NOT NULL,
  	\`masked_name\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`channel\` text NOT NULL,
  	\`resident_id\` text(36),
  	\`booked_by_id\` text(36),
  	\`person_key\` text NOT NULL,
  	\`active_key\` text NOT NULL,
  	\`slot_key\` text NOT NULL,
  	\`reminder_sent\` integer DEFAULT false,
  	\`checked_in_at\` text,
  	\`cancelled_at\` text,
  	\`scope_city\` text,
  	\`scope_district\` text,
  	\`scope_street\` text,
  	\`scope_community\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`centre_id\`) REFERENCES \`service_centres\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resident_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`booked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_appointments\`("id", "number", "service", "service_title", "centre_id", "date", "start", "end", "status", "masked_name", "name", "phone", "channel", "resident_id", "booked_by_id", "person_key", "active_key", "slot_key", "reminder_sent", "checked_in_at", "cancelled_at", "scope_city", "scope_district", "scope_street", "scope_community", "updated_at", "created_at") SELECT "id", "number", "service", "service_title", "centre_id", "date", "start", "end", "status", "masked_name", "name", "phone", "channel", "resident_id", "booked_by_id", "person_key", "active_key", "slot_key", "reminder_sent", "checked_in_at", "cancelled_at", "scope_city", "scope_district", "scope_street", "scope_community", "updated_at", "created_at" FROM \`appointments\`;`)
  await db.run(sql`DROP TABLE \`appointments\`;`)
  await db.run(sql`ALTER TABLE \`__new_appointments\` RENAME TO \`appointments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`appointments_number_idx\` ON \`appointments\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`appointments_service_idx\` ON \`appointments\` (\`service\`);`)
  await db.run(sql`CREATE INDEX \`appointments_centre_idx\` ON \`appointments\` (\`centre_id\`);`)
  await db.run(sql`CREATE INDEX \`appointments_date_idx\` ON \`appointments\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`appointments_status_idx\` ON \`appointments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`appointments_resident_idx\` ON \`appointments\` (\`resident_id\`);`)
  await db.run(sql`CREATE INDEX \`appointments_booked_by_idx\` ON \`appointments\` (\`booked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`appointments_person_key_idx\` ON \`appointments\` (\`person_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`appointments_active_key_idx\` ON \`appointments\` (\`active_key\`);`)
  await db.run(sql`CREATE INDEX \`appointments_reminder_sent_idx\` ON \`appointments\` (\`reminder_sent\`);`)
  await db.run(sql`CREATE INDEX \`appointments_scope_scope_city_idx\` ON \`appointments\` (\`scope_city\`);`)
  await db.run(sql`CREATE INDEX \`appointments_scope_scope_district_idx\` ON \`appointments\` (\`scope_district\`);`)
  await db.run(sql`CREATE INDEX \`appointments_scope_scope_street_idx\` ON \`appointments\` (\`scope_street\`);`)
  await db.run(sql`CREATE INDEX \`appointments_scope_scope_community_idx\` ON \`appointments\` (\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`appointments_updated_at_idx\` ON \`appointments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`appointments_created_at_idx\` ON \`appointments\` (\`created_at\`);`)
}
