import type { CollectionConfig } from 'payload'

import { nobody } from '../access'
import { scopePathField } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { workflowOnly } from '../Tickets/fields'
import { demandReaders } from './access'
import { DEMAND_CASE_COLLECTIONS, DEMAND_KIND_LABELS, DEMAND_SOURCE_LABELS, GROUPED_BY_LABELS } from './sources'

/**
 * 诉求登记: one entry per demand residents raised, whatever the channel —
 * hotline and web 建议/投诉/求助, guide corrections, comments on bad ratings
 * and on guides found unhelpful (没有帮助) —
 * linked to its case, classified by topic, service and division, and put in
 * a group of similar demands (DemandGroups). Written only by the source
 * cases' hooks (register.ts), the grouping and staff's merge and split; the
 * text carries no phone or ID numbers.
 */
export const Demands: CollectionConfig = {
  slug: 'demands',
  labels: {
    singular: { zh: '诉求', en: 'Demand' },
    plural: { zh: '诉求登记', en: 'Demands' },
  },
  admin: {
    group: { zh: '诉求分析', en: 'Demands' },
    useAsTitle: 'summary',
    defaultColumns: ['receivedAt', 'kind', 'source', 'summary', 'topic', 'group', 'groupedBy'],
    listSearchableFields: ['summary', 'sourceNumber'],
    description: {
      zh: '各渠道居民提出的建议、投诉、求助、指南纠错、差评意见和指南“没有帮助”时留下的意见，每件一条，由系统自动登记并归入相似诉求的分组。',
      en: 'Every demand from every channel, registered and grouped automatically.',
    },
  },
  defaultSort: '-receivedAt',
  access: { read: demandReaders, create: nobody, update: nobody, delete: nobody },
  indexes: [
    // The grouping reads a topic's recent demands in a district.
    { fields: ['bucket', 'receivedAt'] },
    { fields: ['group', 'receivedAt'] },
  ],
  fields: [
    {
      name: 'sourceKey',
      type: 'text',
      required: true,
      unique: true,
      access: workflowOnly,
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'select', required: true, index: true, options: selectOptions(DEMAND_SOURCE_LABELS), label: { zh: '来源渠道', en: 'Source' } },
        { name: 'kind', type: 'select', required: true, index: true, options: selectOptions(DEMAND_KIND_LABELS), label: { zh: '诉求类型', en: 'Kind' } },
        { name: 'sourceNumber', type: 'text', label: { zh: '来源编号', en: 'Source number' } },
      ],
    },
    {
      name: 'case',
      type: 'relationship',
      relationTo: [...DEMAND_CASE_COLLECTIONS],
      required: true,
      label: { zh: '来源案件', en: 'Source case' },
      // Population follows the case's own read access: an agent sees a guide comment's id, not the comment.
      admin: { description: { zh: '无权查看的来源案件只显示其编号；居民的原话见下方诉求内容。', en: 'A case you may not read shows only its id; the words are in the text below.' } },
    },
    { name: 'summary', type: 'text', required: true, label: { zh: '诉求摘要', en: 'Summary' } },
    { name: 'text', type: 'textarea', required: true, label: { zh: '诉求内容（已隐去电话和证件号码）', en: 'Text (personal numbers blanked)' } },
    {
      type: 'row',
      fields: [
        { name: 'topic', type: 'relationship', relationTo: 'topics', index: true, label: { zh: '主题', en: 'Topic' } },
        { name: 'service', type: 'relationship', relationTo: 'services', index: true, label: { zh: '事项', en: 'Service' } },
        { name: 'receivedAt', type: 'date', required: true, index: true, label: { zh: '提出时间', en: 'Received' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'group', type: 'relationship', relationTo: 'demand-groups', index: true, label: { zh: '所属分组', en: 'Group' } },
        { name: 'groupedBy', type: 'select', required: true, defaultValue: 'auto', options: selectOptions(GROUPED_BY_LABELS), label: { zh: '归类方式', en: 'Grouped by' } },
      ],
    },
    // The district and topic the grouping compares within (grouping.ts).
    { name: 'bucket', type: 'text', required: true, index: true, admin: { hidden: true } },
    scopePathField,
  ],
}
