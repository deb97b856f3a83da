import type { Access, CollectionConfig } from 'payload'

import { hasRole } from '../access'
import { selectOptions } from '../fields/selectOptions'

/** Editors and admins see how the portal builds went; nobody edits the record of a build. */
const editorsAndAdmins: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
const nobody: Access = () => false

export const PORTAL_BUILD_STATUSES = {
  running: { zh: '正在构建', en: 'Running' },
  succeeded: { zh: '成功', en: 'Succeeded' },
  failed: { zh: '失败', en: 'Failed' },
} as const

/**
 * One record per portal build (cms/publish/rebuildTask.ts): when, how long,
 * how it ended, and the end of its log. Written by the build job only.
 */
export const PortalBuilds: CollectionConfig = {
  slug: 'portal-builds',
  labels: {
    singular: { zh: '门户构建', en: 'Portal build' },
    plural: { zh: '门户构建记录', en: 'Portal builds' },
  },
  admin: {
    group: { zh: '系统', en: 'System' },
    useAsTitle: 'startedAt',
    defaultColumns: ['startedAt', 'status', 'durationMs', 'pages', 'reason'],
    description: {
      zh: '发布、撤回或修改已发布的内容后，门户网站会自动重新生成；这里是每次生成的结果。',
      en: 'The portal is rebuilt after content is published, unpublished or edited while published.',
    },
  },
  defaultSort: '-startedAt',
  access: { read: editorsAndAdmins, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      options: selectOptions(PORTAL_BUILD_STATUSES),
      label: { zh: '结果', en: 'Status' },
    },
    { name: 'reason', type: 'text', label: { zh: '触发原因', en: 'Reason' } },
    {
      name: 'startedAt',
      type: 'date',
      required: true,
      label: { zh: '开始时间', en: 'Started' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: { zh: '结束时间', en: 'Finished' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'durationMs', type: 'number', label: { zh: '用时（毫秒）', en: 'Duration (ms)' } },
    { name: 'pages', type: 'number', label: { zh: '页面数', en: 'Pages' } },
    { name: 'services', type: 'number', label: { zh: '办事指南数', en: 'Guides' } },
    { name: 'logTail', type: 'textarea', label: { zh: '日志（末尾）', en: 'Log (tail)' } },
  ],
}
