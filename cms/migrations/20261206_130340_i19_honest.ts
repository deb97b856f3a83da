import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`service_centres_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_centres_texts_order_parent\` ON \`service_centres_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_centres_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_service_centres_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_centres_v_texts_order_parent\` ON \`_service_centres_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`outcome\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`no_statutory_limit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_outcome\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_no_statutory_limit\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`service_centres_texts\`;`)
  await db.run(sql`DROP TABLE \`_service_centres_v_texts\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`outcome\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`no_statutory_limit\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_outcome\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_no_statutory_limit\`;`)
}
