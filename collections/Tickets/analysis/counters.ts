import type { CollectionConfig } from 'payload'

import { nobody } from '../../access'
import { analysisExportEndpoint } from './report'

/**
 * 诉求分析's counters (`collections/Tickets/analysis/`): how many work
 * orders one division received in one month, in total and by kind, topic,
 * service, caller and address. A hook on the orders keeps them in the
 * order's own transaction, so the page sums a few hundred rows instead of
 * grouping a million orders (Payload cannot GROUP BY). Callers and
 * addresses are only a keyed hash (HMAC under the server's secret) and
 * their masked form; nobody reads the rows through the API.
 */
export const TicketAnalysisCounters: CollectionConfig = {
  slug: 'ticket-analysis-counters',
  labels: {
    singular: { zh: '诉求分析计数', en: 'Demand analysis counter' },
    plural: { zh: '诉求分析计数', en: 'Demand analysis counters' },
  },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  endpoints: [analysisExportEndpoint],
  indexes: [
    // A division's rows of a period; with the count, the repeat candidates (month `all`, count ≥ 3).
    { fields: ['division', 'dimension', 'month', 'count'] },
    // The candidates' months, by value.
    { fields: ['division', 'dimension', 'value', 'month'] },
  ],
  fields: [
    // The row's identity, `month|division|dimension|value`: unique, so concurrent orders create it once.
    { name: 'key', type: 'text', required: true, unique: true },
    // YYYY-MM in Beijing time; `all` for a caller's or an address's count over all time.
    { name: 'month', type: 'text', required: true },
    { name: 'division', type: 'text', required: true },
    { name: 'dimension', type: 'text', required: true },
    { name: 'value', type: 'text', required: true },
    // Callers and addresses only: the masked phone or address shown on the page.
    { name: 'label', type: 'text' },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
  ],
}
