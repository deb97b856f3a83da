import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillDemands, withdrawGuideCommentDemands } from '../../collections/Demands/backfill'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`demands_rels\` ADD \`guide_comments_id\` text(36) REFERENCES guide_comments(id);`)
  await db.run(sql`CREATE INDEX \`demands_rels_guide_comments_id_idx\` ON \`demands_rels\` (\`guide_comments_id\`);`)
  // Hand-written (keep when regenerating; move to a later migration that changes the register's tables): register the
  // demands of every case stored before — idempotent, so a database that ran the 20261206 migration's backfill only
  // gains its 没有帮助 comments.
  await backfillDemands(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Hand-written (keep when regenerating): the comments' demands leave the register before their case link goes.
  await withdrawGuideCommentDemands(payload, req)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_demands_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`tickets_id\` text(36),
  	\`guide_corrections_id\` text(36),
  	\`applications_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`demands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tickets_id\`) REFERENCES \`tickets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guide_corrections_id\`) REFERENCES \`guide_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_demands_rels\`("id", "order", "parent_id", "path", "tickets_id", "guide_corrections_id", "applications_id") SELECT "id", "order", "parent_id", "path", "tickets_id", "guide_corrections_id", "applications_id" FROM \`demands_rels\`;`)
  await db.run(sql`DROP TABLE \`demands_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_demands_rels\` RENAME TO \`demands_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`demands_rels_order_idx\` ON \`demands_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_parent_idx\` ON \`demands_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_path_idx\` ON \`demands_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_tickets_id_idx\` ON \`demands_rels\` (\`tickets_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_guide_corrections_id_idx\` ON \`demands_rels\` (\`guide_corrections_id\`);`)
  await db.run(sql`CREATE INDEX \`demands_rels_applications_id_idx\` ON \`demands_rels\` (\`applications_id\`);`)
}
