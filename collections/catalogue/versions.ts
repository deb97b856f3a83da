import type { CollectionConfig } from 'payload'

/**
 * Every catalogue collection keeps drafts and a history editors can compare
 * and restore, and can schedule a publish or unpublish for later. The whole
 * history is kept: a guide is a public commitment, and who changed what and
 * when must stay answerable. (Capping it would also cost a query on every
 * save.)
 */
export const catalogueVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 0,
}
