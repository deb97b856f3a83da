import type { CollectionSlug, Endpoint, Field } from 'payload'

import { auditHooks } from './auditHooks'
import { revealEndpoint } from './revealEndpoint'

/** "查看完整信息" in a record's sidebar, for staff allowed to (revealEndpoint answers it). */
export const revealFullField: Field = {
  name: 'revealFull',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/collections/population/components/RevealFull#RevealFull' } },
}

/**
 * What every collection of personal records shares: the audit hooks, the
 * logged "view full" endpoint, and in the edit view's sidebar its button
 * and a link to the record's history in the audit log.
 * `summarize` names a record in the log without any full number.
 */
export function personalRecord(collection: CollectionSlug, summarize: (doc: Record<string, unknown>) => string) {
  const recordFields: Field[] = [
    revealFullField,
    {
      name: 'history',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/collections/population/components/RecordHistoryLink#RecordHistoryLink' } },
    },
  ]
  const endpoints: Endpoint[] = [revealEndpoint(collection, summarize)]
  return { audit: auditHooks(summarize), endpoints, recordFields }
}
