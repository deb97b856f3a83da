import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`applications\` ADD \`applicant_name_key\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`applicant_id_number_key\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`applicant_phone_key\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`applicant_key_version\` text;`)
  await db.run(sql`CREATE INDEX \`applications_applicant_name_key_idx\` ON \`applications\` (\`applicant_name_key\`);`)
  await db.run(sql`CREATE INDEX \`applications_applicant_id_number_key_idx\` ON \`applications\` (\`applicant_id_number_key\`);`)
  await db.run(sql`CREATE INDEX \`applications_applicant_phone_key_idx\` ON \`applications\` (\`applicant_phone_key\`);`)
  await db.run(sql`CREATE INDEX \`applications_applicant_key_version_idx\` ON \`applications\` (\`applicant_key_version\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`applications_applicant_name_key_idx\`;`)
  await db.run(sql`DROP INDEX \`applications_applicant_id_number_key_idx\`;`)
  await db.run(sql`DROP INDEX \`applications_applicant_phone_key_idx\`;`)
  await db.run(sql`DROP INDEX \`applications_applicant_key_version_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`applicant_name_key\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`applicant_id_number_key\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`applicant_phone_key\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`applicant_key_version\`;`)
}
