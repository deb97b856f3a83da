import type { CollectionConfig } from 'payload'

import { nobody } from '../access'
import { actorWordFields } from '../casework/actorWords'
import { scopePathField } from '../fields/divisionScope'
import { panelField } from '../fields/panel'
import { selectOptions } from '../fields/selectOptions'
import { demandGroupReaders } from '../Demands/access'
import { demandGroupEndpoints } from './endpoints'
import { DECISION_KIND_LABELS, GROUP_ACTION_LABELS, GROUP_STATUS_LABELS } from './labels'


const figure = (name: string, label: { en: string; zh: string }) =>
  ({ name, type: 'number', defaultValue: 0, index: true, label, admin: { readOnly: true } }) as const

/**
 * 相似诉求分组: demands that ask for the same thing in one district and
 * topic (grouping.ts), with their figures — size, first and last seen, new
 * this month, growth on last month — for the 诉求分析 lists (sort by size or
 * growth; `GET /api/demand-groups/ranking` for a month's top list). Staff
 * merge groups and split demands out (endpoints.ts); each step is in the
 * group's history, and the nightly regrouping keeps what staff decided.
 */
export const DemandGroups: CollectionConfig = {
  slug: 'demand-groups',
  labels: {
    singular: { zh: '相似诉求分组', en: 'Demand group' },
    plural: { zh: '相似诉求分组', en: 'Demand groups' },
  },
  admin: {
    group: { zh: '诉求分析', en: 'Demands' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'size', 'monthCount', 'growth', 'firstSeenAt', 'lastSeenAt', 'topic', 'status'],
    description: {
      zh: '内容相近的诉求自动归为一组。按“诉求数”或“较上月增长”排序可找出热点；合并、拆分和作出决定请用详情页的操作，都会记入处理记录。',
      en: 'Similar demands, grouped automatically. Sort by size or growth to find hot topics.',
    },
  },
  defaultSort: '-size',
  access: { read: demandGroupReaders, create: nobody, update: nobody, delete: nobody },
  endpoints: demandGroupEndpoints,
  fields: [
    { name: 'title', type: 'text', required: true, label: { zh: '分组名称', en: 'Title' } },
    {
      type: 'row',
      fields: [
        { name: 'topic', type: 'relationship', relationTo: 'topics', index: true, label: { zh: '主题', en: 'Topic' } },
        { name: 'status', type: 'select', required: true, defaultValue: 'active', index: true, options: selectOptions(GROUP_STATUS_LABELS), label: { zh: '状态', en: 'Status' } },
        { name: 'mergedInto', type: 'relationship', relationTo: 'demand-groups', label: { zh: '并入', en: 'Merged into' }, admin: { condition: (data) => Boolean(data?.mergedInto) } },
      ],
    },
    {
      type: 'row',
      fields: [
        figure('size', { zh: '诉求数', en: 'Demands' }),
        figure('monthCount', { zh: '本月新增', en: 'New this month' }),
        figure('previousMonthCount', { zh: '上月新增', en: 'Last month' }),
        figure('growth', { zh: '较上月增长', en: 'Growth on last month' }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'firstSeenAt', type: 'date', index: true, label: { zh: '首次出现', en: 'First seen' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'lastSeenAt', type: 'date', index: true, label: { zh: '最近出现', en: 'Last seen' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'decision',
      type: 'group',
      label: { zh: '处理决定', en: 'Decision' },
      admin: { readOnly: true, description: { zh: '在下方“作出决定”中填写；关联的服务或指南发布后，系统给提出过这类诉求、留有联系方式的居民各发一条短信。', en: 'Set through the decision endpoint.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', options: selectOptions(DECISION_KIND_LABELS), label: { zh: '决定', en: 'Kind' } },
            { name: 'service', type: 'relationship', relationTo: 'services', index: true, label: { zh: '关联的服务或指南', en: 'Service or guide' } },
            { name: 'decidedAt', type: 'date', label: { zh: '决定时间', en: 'Decided' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'notifiedAt', type: 'date', index: true, label: { zh: '通知居民时间', en: 'Residents told' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
        { name: 'publicSummary', type: 'text', label: { zh: '公开的诉求概述（不含个人信息）', en: 'What was asked, as published' } },
        { name: 'note', type: 'textarea', label: { zh: '说明（改了什么，或不予采纳的理由）', en: 'What changed, or why not' } },
      ],
    },
    panelField('actions', '/collections/DemandGroups/components/GroupActions#GroupActions'),
    {
      name: 'members',
      type: 'join',
      collection: 'demands',
      on: 'group',
      defaultSort: '-receivedAt',
      defaultLimit: 20,
      label: { zh: '组内诉求', en: 'Demands' },
      admin: { allowCreate: false, defaultColumns: ['receivedAt', 'kind', 'summary', 'groupedBy'] },
    },
    {
      name: 'history',
      type: 'array',
      label: { zh: '处理记录', en: 'History' },
      admin: { readOnly: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'at', type: 'date', required: true, label: { zh: '时间', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'action', type: 'select', required: true, options: selectOptions(GROUP_ACTION_LABELS), label: { zh: '操作', en: 'Action' } },
            ...actorWordFields,
          ],
        },
        { name: 'note', type: 'text', label: { zh: '说明', en: 'Note' } },
      ],
    },
    // The district and topic its demands share (grouping.ts), and their centroid.
    { name: 'bucket', type: 'text', required: true, index: true, admin: { hidden: true } },
    { name: 'centroid', type: 'json', admin: { hidden: true } },
    scopePathField,
  ],
}
