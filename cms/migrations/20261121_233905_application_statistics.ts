import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`applications\` ADD \`working_days_taken\` numeric;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`on_time\` integer;`)
  await db.run(sql`CREATE INDEX \`scope_city_scope_district_scope_street_submittedAt_depar_idx\` ON \`applications\` (\`scope_city\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`applications\` (\`scope_city\`,\`status\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`,\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`applications\` (\`scope_city\`,\`channel\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`applications\` (\`scope_city\`,\`rating_level\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`applications\` (\`scope_city\`,\`service_id\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_4_idx\` ON \`applications\` (\`scope_city\`,\`working_days_taken\`,\`scope_district\`,\`scope_street\`,\`submitted_at\`,\`department_id\`,\`on_time\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_followUp_status_idx\` ON \`applications\` (\`scope_city\`,\`follow_up_status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`scope_city_scope_district_scope_street_submittedAt_depar_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_2_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_3_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_4_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_city_followUp_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`working_days_taken\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`on_time\`;`)
}
