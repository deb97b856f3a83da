import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`rate_limits\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`window\` numeric NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`expires_at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`rate_limits_expires_at_idx\` ON \`rate_limits\` (\`expires_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`key_window_idx\` ON \`rate_limits\` (\`key\`,\`window\`);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`due_date_provisional\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`follow_up_due_date_provisional\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`applications_due_date_provisional_idx\` ON \`applications\` (\`due_date_provisional\`);`)
  await db.run(sql`CREATE INDEX \`applications_follow_up_follow_up_due_date_provisional_idx\` ON \`applications\` (\`follow_up_due_date_provisional\`);`)
  await db.run(sql`ALTER TABLE \`application_events\` ADD \`actor_name\` text;`)
  await db.run(sql`ALTER TABLE \`application_events\` ADD \`actor_unit\` text;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`due_date_provisional\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`tickets_due_date_provisional_idx\` ON \`tickets\` (\`due_date_provisional\`);`)
  await db.run(sql`ALTER TABLE \`ticket_events\` ADD \`actor_name\` text;`)
  await db.run(sql`ALTER TABLE \`ticket_events\` ADD \`actor_unit\` text;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`rate_limits\`;`)
  await db.run(sql`DROP INDEX \`applications_due_date_provisional_idx\`;`)
  await db.run(sql`DROP INDEX \`applications_follow_up_follow_up_due_date_provisional_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`due_date_provisional\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`follow_up_due_date_provisional\`;`)
  await db.run(sql`DROP INDEX \`tickets_due_date_provisional_idx\`;`)
  await db.run(sql`ALTER TABLE \`tickets\` DROP COLUMN \`due_date_provisional\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`application_events\` DROP COLUMN \`actor_name\`;`)
  await db.run(sql`ALTER TABLE \`application_events\` DROP COLUMN \`actor_unit\`;`)
  await db.run(sql`ALTER TABLE \`ticket_events\` DROP COLUMN \`actor_name\`;`)
  await db.run(sql`ALTER TABLE \`ticket_events\` DROP COLUMN \`actor_unit\`;`)
}
