import type { CollectionSlug, Endpoint, Field } from 'payload'

import { auditHooks } from './auditHooks'
import { revealEndpoint } from './revealEndpoint'
import { panelField } from '../fields/panel'

/** "查看完整信息" in a record's sidebar, for staff allowed to (revealEndpoint answers it). */
export const revealFullField: Field = panelField('revealFull', '/collections/privacy/components/RevealFull#RevealFull', 'sidebar')

/**
 * What every collection of personal records shares: the audit hooks, the
 * logged "view full" endpoint, and in the edit view's sidebar its button
 * and a link to the record's history in the audit log.
 * `summarize` names a record in the log without any full number.
 */
export function personalRecord(collection: CollectionSlug, summarize: (doc: Record<string, unknown>) => string) {
  const recordFields: Field[] = [
    revealFullField,
    panelField('history', '/collections/privacy/components/RecordHistoryLink#RecordHistoryLink', 'sidebar'),
  ]
  const endpoints: Endpoint[] = [revealEndpoint(collection, summarize)]
  return { audit: auditHooks(summarize), endpoints, recordFields }
}
