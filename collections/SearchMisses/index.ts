import type { CollectionConfig } from 'payload'

import { nobody } from '../access'
import { anyEditor } from '../catalogue/access'
import { selectOptions } from '../fields/selectOptions'
import { workflowOnly } from '../Tickets/fields'

export const MISS_SOURCES = { portal: '门户搜索', desk: '热线坐席台' } as const
export type MissSource = keyof typeof MISS_SOURCES

/** Counted by the endpoint only: shown, never typed. */
const counted = workflowOnly

/**
 * 未找到的搜索: the editors' worklist of missing or unclear guides. One row
 * per query (normalised) and where it was typed: how often it found
 * nothing, first and last day. Anonymous: no address, no person, no time of
 * day. An editor marks a row handled (a guide written, an alias added); the
 * query finding nothing again reopens it.
 */
export const SearchMisses: CollectionConfig = {
  slug: 'search-misses',
  labels: {
    singular: { zh: '未找到的搜索', en: 'Search miss' },
    plural: { zh: '未找到的搜索', en: 'Search misses' },
  },
  admin: {
    group: { zh: '服务目录', en: 'Catalogue' },
    useAsTitle: 'query',
    defaultColumns: ['query', 'count', 'lastSeen', 'source', 'handled'],
    listSearchableFields: ['query'],
    description: {
      zh: '居民在门户搜索、坐席在热线坐席台查找后没有找到指南的说法，按次数排列。补写指南或在指南的“常用叫法”里加上这个说法后，标记为已处理。',
      en: 'Queries that found no guide: write the guide or add the alias, then mark handled.',
    },
  },
  defaultSort: '-count',
  access: { read: anyEditor, update: anyEditor, create: nobody, delete: nobody },
  indexes: [{ fields: ['query', 'source'], unique: true }],
  fields: [
    { name: 'query', type: 'text', required: true, access: counted, label: { zh: '搜索内容', en: 'Query' }, admin: { readOnly: true } },
    { name: 'source', type: 'select', required: true, index: true, options: selectOptions(MISS_SOURCES), access: counted, label: { zh: '来源', en: 'Source' }, admin: { readOnly: true } },
    { name: 'count', type: 'number', required: true, defaultValue: 0, index: true, access: counted, label: { zh: '次数', en: 'Count' }, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'firstSeen', type: 'text', access: counted, label: { zh: '首次出现', en: 'First seen' }, admin: { readOnly: true } },
        { name: 'lastSeen', type: 'text', index: true, access: counted, label: { zh: '最近出现', en: 'Last seen' }, admin: { readOnly: true } },
      ],
    },
    { name: 'handled', type: 'checkbox', defaultValue: false, index: true, label: { zh: '已处理', en: 'Handled' }, admin: { position: 'sidebar' } },
    { name: 'handledGuide', type: 'relationship', relationTo: 'services', label: { zh: '对应的指南', en: 'Guide' }, admin: { position: 'sidebar' } },
    { name: 'handledNote', type: 'text', maxLength: 200, label: { zh: '处理说明', en: 'Note' }, admin: { position: 'sidebar', description: { zh: '例如：已在某指南加上这个常用叫法。', en: 'What was done.' } } },
  ],
}
