import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`scope_city_name_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_district_name_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_street_name_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_community_name_idx\`;`)
  await db.run(sql`CREATE INDEX \`scope_city_name_createdAt_idx\` ON \`persons\` (\`scope_city\`,\`name\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_district_name_createdAt_idx\` ON \`persons\` (\`scope_district\`,\`name\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_street_name_createdAt_idx\` ON \`persons\` (\`scope_street\`,\`name\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`scope_community_name_createdAt_idx\` ON \`persons\` (\`scope_community\`,\`name\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`scope_city_name_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_district_name_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_street_name_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_community_name_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`scope_city_name_idx\` ON \`persons\` (\`scope_city\`,\`name\`);`)
  await db.run(sql`CREATE INDEX \`scope_district_name_idx\` ON \`persons\` (\`scope_district\`,\`name\`);`)
  await db.run(sql`CREATE INDEX \`scope_street_name_idx\` ON \`persons\` (\`scope_street\`,\`name\`);`)
  await db.run(sql`CREATE INDEX \`scope_community_name_idx\` ON \`persons\` (\`scope_community\`,\`name\`);`)
}
