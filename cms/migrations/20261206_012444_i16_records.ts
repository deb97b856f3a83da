import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`application_events\` ADD \`actor_name\` text;`)
  await db.run(sql`ALTER TABLE \`application_events\` ADD \`actor_unit\` text;`)
  await db.run(sql`ALTER TABLE \`ticket_events\` ADD \`actor_name\` text;`)
  await db.run(sql`ALTER TABLE \`ticket_events\` ADD \`actor_unit\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`application_events\` DROP COLUMN \`actor_name\`;`)
  await db.run(sql`ALTER TABLE \`application_events\` DROP COLUMN \`actor_unit\`;`)
  await db.run(sql`ALTER TABLE \`ticket_events\` DROP COLUMN \`actor_name\`;`)
  await db.run(sql`ALTER TABLE \`ticket_events\` DROP COLUMN \`actor_unit\`;`)
}
