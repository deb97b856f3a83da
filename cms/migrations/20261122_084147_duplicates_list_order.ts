import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`possibleDuplicate_name_birthDate_idx\`;`)
  await db.run(sql`CREATE INDEX \`possibleDuplicate_name_createdAt_idx\` ON \`persons\` (\`possible_duplicate\`,\`name\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`possibleDuplicate_name_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`possibleDuplicate_name_birthDate_idx\` ON \`persons\` (\`possible_duplicate\`,\`name\`,\`birth_date\`);`)
}
