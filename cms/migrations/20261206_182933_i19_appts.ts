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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`appointment_schedules_periods_weekdays\`;`)
}
