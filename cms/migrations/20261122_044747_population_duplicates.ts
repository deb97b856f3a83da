import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`persons_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`persons_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`persons_id\`) REFERENCES \`persons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`persons_rels_order_idx\` ON \`persons_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`persons_rels_parent_idx\` ON \`persons_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`persons_rels_path_idx\` ON \`persons_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`persons_rels_persons_id_idx\` ON \`persons_rels\` (\`persons_id\`);`)
  await db.run(sql`DROP INDEX \`persons_name_idx\`;`)
  await db.run(sql`DROP INDEX \`persons_birth_date_idx\`;`)
  await db.run(sql`DROP INDEX \`persons_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`persons\` ADD \`possible_duplicate\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`scope_city_name_idx\` ON \`persons\` (\`scope_city\`,\`name\`);`)
  await db.run(sql`CREATE INDEX \`scope_district_name_idx\` ON \`persons\` (\`scope_district\`,\`name\`);`)
  await db.run(sql`CREATE INDEX \`scope_street_name_idx\` ON \`persons\` (\`scope_street\`,\`name\`);`)
  await db.run(sql`CREATE INDEX \`scope_community_name_idx\` ON \`persons\` (\`scope_community\`,\`name\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_5_idx\` ON \`persons\` (\`status\`,\`birth_date\`,\`sex\`,\`scope_city\`,\`scope_district\`,\`scope_street\`,\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`scope_city_status_scope_district_scope_street_scope_comm_idx\` ON \`persons\` (\`scope_city\`,\`status\`,\`scope_district\`,\`scope_street\`,\`scope_community\`);`)
  await db.run(sql`CREATE INDEX \`possibleDuplicate_name_birthDate_idx\` ON \`persons\` (\`possible_duplicate\`,\`name\`,\`birth_date\`);`)
  // Flag the near-duplicates already on the register (afterwards the persons hooks keep the flag).
  await db.run(sql`UPDATE \`persons\` SET \`possible_duplicate\` = true WHERE EXISTS (SELECT 1 FROM \`persons\` AS \`other\` WHERE \`other\`.\`name\` = \`persons\`.\`name\` AND \`other\`.\`birth_date\` = \`persons\`.\`birth_date\` AND \`other\`.\`id\` <> \`persons\`.\`id\`);`)
  await db.run(sql`DROP INDEX \`households_member_count_idx\`;`)
  await db.run(sql`CREATE INDEX \`scope_city_memberCount_scope_district_scope_street_idx\` ON \`households\` (\`scope_city\`,\`member_count\`,\`scope_district\`,\`scope_street\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`persons_rels\`;`)
  await db.run(sql`DROP INDEX \`scope_city_name_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_district_name_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_street_name_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_community_name_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_5_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_city_status_scope_district_scope_street_scope_comm_idx\`;`)
  await db.run(sql`DROP INDEX \`possibleDuplicate_name_birthDate_idx\`;`)
  await db.run(sql`CREATE INDEX \`persons_name_idx\` ON \`persons\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`persons_birth_date_idx\` ON \`persons\` (\`birth_date\`);`)
  await db.run(sql`CREATE INDEX \`persons_status_idx\` ON \`persons\` (\`status\`);`)
  await db.run(sql`ALTER TABLE \`persons\` DROP COLUMN \`possible_duplicate\`;`)
  await db.run(sql`DROP INDEX \`scope_city_memberCount_scope_district_scope_street_idx\`;`)
  await db.run(sql`CREATE INDEX \`households_member_count_idx\` ON \`households\` (\`member_count\`);`)
}
