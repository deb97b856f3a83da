import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`ticket_analysis_counters\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`month\` text NOT NULL,
  	\`division\` text NOT NULL,
  	\`dimension\` text NOT NULL,
  	\`value\` text NOT NULL,
  	\`label\` text,
  	\`count\` numeric DEFAULT 0 NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ticket_analysis_counters_key_idx\` ON \`ticket_analysis_counters\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`division_dimension_month_count_idx\` ON \`ticket_analysis_counters\` (\`division\`,\`dimension\`,\`month\`,\`count\`);`)
  await db.run(sql`CREATE INDEX \`division_dimension_value_month_idx\` ON \`ticket_analysis_counters\` (\`division\`,\`dimension\`,\`value\`,\`month\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`ticket_analysis_counters\`;`)
}
