import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`api_clients\` ADD \`open311_created_status\` text DEFAULT '201';`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`media_url\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`api_clients\` DROP COLUMN \`open311_created_status\`;`)
  await db.run(sql`ALTER TABLE \`tickets\` DROP COLUMN \`media_url\`;`)
}
