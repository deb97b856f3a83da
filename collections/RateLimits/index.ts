import type { CollectionConfig } from 'payload'

import { nobody } from '../access'

/**
 * One counter per limited key and time window (cms/lib/rateLimit.ts). The
 * unique (key, window) pair lets every server process create a window's row
 * at most once; counting is one atomic increment. Nobody reads or writes it
 * through the API; expired windows are purged every hour.
 */
export const RateLimits: CollectionConfig = {
  slug: 'rate-limits',
  labels: {
    singular: { zh: '访问计数', en: 'Rate limit window' },
    plural: { zh: '访问计数', en: 'Rate limit windows' },
  },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  indexes: [{ fields: ['key', 'window'], unique: true }],
  fields: [
    { name: 'key', type: 'text', required: true },
    { name: 'window', type: 'number', required: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
