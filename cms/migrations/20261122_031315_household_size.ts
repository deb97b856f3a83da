import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`households\` ADD \`member_count\` numeric;`)
  await db.run(sql`CREATE INDEX \`households_member_count_idx\` ON \`households\` (\`member_count\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`households_member_count_idx\`;`)
  await db.run(sql`ALTER TABLE \`households\` DROP COLUMN \`member_count\`;`)
}
