import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`caller_answer_consent\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`public_answer_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`public_answer_question\` text;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`public_answer_reply\` text;`)
  await db.run(sql`ALTER TABLE \`tickets\` ADD \`public_answer_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`tickets_public_answer_public_answer_published_idx\` ON \`tickets\` (\`public_answer_published\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_6_idx\` ON \`tickets\` (\`scope_city\`,\`scope_district\`,\`scope_street\`,\`scope_community\`,\`received_at\`,\`closed_on_time\`,\`satisfaction\`,\`closed_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`tickets_public_answer_public_answer_published_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_6_idx\`;`)
  await db.run(sql`ALTER TABLE \`tickets\` DROP COLUMN \`caller_answer_consent\`;`)
  await db.run(sql`ALTER TABLE \`tickets\` DROP COLUMN \`public_answer_published\`;`)
  await db.run(sql`ALTER TABLE \`tickets\` DROP COLUMN \`public_answer_question\`;`)
  await db.run(sql`ALTER TABLE \`tickets\` DROP COLUMN \`public_answer_reply\`;`)
  await db.run(sql`ALTER TABLE \`tickets\` DROP COLUMN \`public_answer_published_at\`;`)
}
