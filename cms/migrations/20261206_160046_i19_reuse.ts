import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`applications_reuse_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`material\` text,
  	\`source\` text,
  	\`record\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_reuse_materials_order_idx\` ON \`applications_reuse_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_reuse_materials_parent_id_idx\` ON \`applications_reuse_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`applications_reuse_commitments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`material\` text,
  	\`signed_at\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_reuse_commitments_order_idx\` ON \`applications_reuse_commitments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`applications_reuse_commitments_parent_id_idx\` ON \`applications_reuse_commitments\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`services_materials\` ADD \`platform_source\` text;`)
  await db.run(sql`ALTER TABLE \`services_materials\` ADD \`commitment_allowed\` integer;`)
  await db.run(sql`ALTER TABLE \`services_materials\` ADD \`commitment_text\` text;`)
  await db.run(sql`ALTER TABLE \`services_application_form_fields\` ADD \`prefill\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` ADD \`platform_source\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` ADD \`commitment_allowed\` integer;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` ADD \`commitment_text\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_application_form_fields\` ADD \`prefill\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`reuse_person\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`reuse_consent_at\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_status\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_due_date\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_due_date_provisional\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`commitment_check_note\` text;`)
  await db.run(sql`CREATE INDEX \`applications_commitment_check_commitment_check_status_idx\` ON \`applications\` (\`commitment_check_status\`);`)
  await db.run(sql`CREATE INDEX \`applications_commitment_check_commitment_check_due_date_idx\` ON \`applications\` (\`commitment_check_due_date\`);`)
  await db.run(sql`CREATE INDEX \`applications_commitment_check_commitment_check_due_date__idx\` ON \`applications\` (\`commitment_check_due_date_provisional\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`applications_reuse_materials\`;`)
  await db.run(sql`DROP TABLE \`applications_reuse_commitments\`;`)
  await db.run(sql`DROP INDEX \`applications_commitment_check_commitment_check_status_idx\`;`)
  await db.run(sql`DROP INDEX \`applications_commitment_check_commitment_check_due_date_idx\`;`)
  await db.run(sql`DROP INDEX \`applications_commitment_check_commitment_check_due_date__idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`reuse_person\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`reuse_consent_at\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`commitment_check_status\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`commitment_check_due_date\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`commitment_check_due_date_provisional\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`commitment_check_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`commitment_check_note\`;`)
  await db.run(sql`ALTER TABLE \`services_materials\` DROP COLUMN \`platform_source\`;`)
  await db.run(sql`ALTER TABLE \`services_materials\` DROP COLUMN \`commitment_allowed\`;`)
  await db.run(sql`ALTER TABLE \`services_materials\` DROP COLUMN \`commitment_text\`;`)
  await db.run(sql`ALTER TABLE \`services_application_form_fields\` DROP COLUMN \`prefill\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` DROP COLUMN \`platform_source\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` DROP COLUMN \`commitment_allowed\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_materials\` DROP COLUMN \`commitment_text\`;`)
  await db.run(sql`ALTER TABLE \`_services_v_version_application_form_fields\` DROP COLUMN \`prefill\`;`)
}
