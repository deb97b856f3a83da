import type { Field, TextField } from 'payload'

import { staffOnlyField } from './access'

type Label = { en: string; zh: string }

/** A document's stable public code: unique, indexed, fixed in the URL. */
export function codeField(pattern: RegExp, description: Label, message: string): TextField {
  return {
    name: 'code',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    label: { zh: '编码', en: 'Code' },
    admin: { description },
    validate: (value: null | string | undefined) => pattern.test(value ?? '') || message,
  }
}

/**
 * Fingerprint of the content file a document was last seeded from. The seed
 * compares it to skip unchanged files; nobody else sees or sets it.
 */
export const seedHashField: Field = {
  name: 'seedHash',
  type: 'text',
  hidden: true,
}

export const titleField = (label: Label = { zh: '名称', en: 'Title' }): Field => ({
  name: 'title',
  type: 'text',
  required: true,
  label,
})

export const summaryField: Field = {
  name: 'summary',
  type: 'textarea',
  required: true,
  label: { zh: '简介', en: 'Summary' },
  admin: {
    description: { zh: '一句话说明，居民在列表和搜索结果里会看到。', en: 'One sentence shown in lists and search results.' },
  },
}

export const orderField: Field = {
  name: 'order',
  type: 'number',
  required: true,
  min: 1,
  label: { zh: '排序', en: 'Order' },
  admin: { position: 'sidebar', step: 1 },
}

/**
 * When the document must next be checked against practice. Editorial, so
 * staff-only; the dashboard lists what is due.
 */
export const reviewDueField: Field = {
  name: 'reviewDue',
  type: 'date',
  required: true,
  index: true,
  access: { read: staffOnlyField },
  label: { zh: '下次复核日期', en: 'Review due' },
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
    description: {
      zh: '到期前请核对内容与窗口实际要求是否一致，核对后把日期往后调。',
      en: 'Check the content against practice by this date, then move it on.',
    },
  },
}

/** A list of plain sentences, one row each (conditions, benefits). */
export const sentencesField = (name: string, label: Label, item: Label): Field => ({
  name,
  type: 'array',
  label,
  labels: { singular: item, plural: label },
  fields: [{ name: 'text', type: 'textarea', required: true, label: item }],
})
