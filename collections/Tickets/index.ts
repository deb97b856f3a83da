import type { CollectionConfig } from 'payload'

import { provisionalDueDateField, withProvisionalCell } from '../CalendarDays/fields'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { personalField } from '../privacy/personalField'
import { revealFullField } from '../privacy/personalRecord'
import { countRolledBackApiCall, limitApiClient } from '../ApiClients/hooks'
import { revealEndpoint } from '../privacy/revealEndpoint'
import { checkEmail, checkPhone } from '../Persons/options'
import { deskInScope, isDesk, ticketReaders } from './access'
import { ticketEndpoints } from './endpoints'
import { counterField, dispatchSuggestionField, instantField, workflowOnly } from './fields'
import { recordEditsOutsideWorkflow } from './hooks/recordEdits'
import { recordReceipt, receiveTicket } from './hooks/receive'
import { registerTicketDemandHook } from '../Demands/hooks'
import { countForAnalysis } from './analysis/aggregate'
import { MAX_TICKET_CONTENT, SATISFACTION_LABELS, TICKET_CHANNEL_LABELS, TICKET_KIND_LABELS, TICKET_STATUS_LABELS } from './states'
import { panelField } from '../fields/panel'
import { notFoundForResidents } from '../Residents/access'
import { residentLinkField } from '../Residents/fields'
import { answerConsentField, publicAnswerEndpoint, publicAnswerField } from '../statistics/public/answers'

/**
 * A hotline work order (工单): one call, message, letter or visit, from
 * 受理 to 回访. Agents create and dispatch orders within their division;
 * the department or street it is dispatched to handles it; every step is
 * in `ticket-events`. The caller's phone is masked like all personal data,
 * and hidden from handlers altogether when the caller asked for it.
 */
export const Tickets: CollectionConfig = {
  slug: 'tickets',
  labels: {
    singular: { zh: '工单', en: 'Work order' },
    plural: { zh: '工单', en: 'Work orders' },
  },
  admin: {
    group: { zh: '热线', en: 'Hotline' },
    useAsTitle: 'number',
    defaultColumns: ['number', 'kind', 'status', 'summary', 'division', 'dueDate', 'channel'],
    listSearchableFields: ['number', 'summary'],
    description: {
      zh: '热线受理的来电、短信、传真、邮件、网站留言和来访。派单、办理、回复、办结、回访都用工单详情页的按钮完成。',
      en: 'Orders from every channel. Dispatch, handle, reply, close and call back with the buttons on each order.',
    },
    pagination: { defaultLimit: 25 },
    components: { beforeListTable: ['/collections/Tickets/components/TicketQueueTabs#TicketQueueTabs'] },
  },
  defaultSort: '-receivedAt',
  indexes: [
    // The caller's earlier orders, newest first (the desk's look-up).
    { fields: ['caller.phone', 'receivedAt'] },
    // Hotline statistics within the viewer's division.
    { fields: ['scope.city', 'kind', 'scope.district', 'scope.street', 'receivedAt'] },
    { fields: ['scope.city', 'channel', 'scope.district', 'scope.street', 'receivedAt'] },
    { fields: ['scope.city', 'status', 'dueDate'] },
    // The public figures count each division's orders and their outcomes from this index alone (collections/statistics/public/figures.ts).
    { fields: ['scope.city', 'scope.district', 'scope.street', 'scope.community', 'receivedAt', 'closedOnTime', 'satisfaction', 'closedAt'] },
  ],
  access: { read: notFoundForResidents(ticketReaders), create: deskInScope, update: deskInScope, delete: () => false },
  endpoints: [...ticketEndpoints, revealEndpoint('tickets', (doc) => `工单 ${String(doc.number ?? '')}`), publicAnswerEndpoint],
  hooks: {
    // Other systems' calls count against their per-minute limit.
    beforeOperation: [limitApiClient],
    afterError: [countRolledBackApiCall],
    // Last: the history records the due date and division the hooks before derive.
    beforeChange: [receiveTicket, setScopeFromDivision, recordEditsOutsideWorkflow],
    afterChange: [recordReceipt, registerTicketDemandHook, countForAnalysis],
  },
  fields: [
    panelField('workflow', '/collections/Tickets/components/TicketWorkflow#TicketWorkflow'),
    panelField('knowledge', '/collections/KnowledgeEntries/components/PromoteReply#PromoteReply', 'sidebar'),
    panelField('publishAnswer', '/collections/statistics/public/components/PublishAnswer#PublishAnswer', 'sidebar'),
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          unique: true,
          index: true,
          access: workflowOnly,
          label: { zh: '工单编号', en: 'Number' },
          admin: { readOnly: true },
        },
        { name: 'channel', type: 'select', required: true, defaultValue: 'phone', index: true, options: selectOptions(TICKET_CHANNEL_LABELS), label: { zh: '来源渠道', en: 'Channel' } },
        { name: 'kind', type: 'select', required: true, defaultValue: 'consultation', options: selectOptions(TICKET_KIND_LABELS), label: { zh: '诉求类型', en: 'Kind' } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'received',
          index: true,
          access: workflowOnly,
          options: selectOptions(TICKET_STATUS_LABELS),
          label: { zh: '状态', en: 'Status' },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'caller',
      type: 'group',
      label: { zh: '来电人', en: 'Caller' },
      // Handlers do not see a caller who asked to stay anonymous to them, and
      // never query or sort on callers: with no document (a query) only the desk may.
      access: { read: ({ req: { user }, doc }) => isDesk(user) || (doc !== undefined && !doc?.caller?.confidential) },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', maxLength: 50, label: { zh: '姓名', en: 'Name' } },
            personalField({ name: 'phone', personal: 'phone', maxLength: 20, label: { zh: '联系电话', en: 'Phone' }, check: checkPhone }),
            { name: 'person', type: 'relationship', relationTo: 'persons', label: { zh: '人口信息中的记录', en: 'Person record' } },
          ],
        },
        personalField({ name: 'email', personal: 'contact', maxLength: 254, label: { zh: '电子邮箱', en: 'Email' }, check: checkEmail }),
        {
          name: 'confidential',
          type: 'checkbox',
          defaultValue: false,
          label: { zh: '来电人要求对承办单位保密', en: 'Keep the caller confidential from handlers' },
          admin: { description: { zh: '勾选后承办单位看不到来电人；发给来电人的短信和邮件也只说工单编号和有新进展，不含诉求和答复内容。', en: 'Messages to the caller then carry only the number.' } },
        },
        answerConsentField,
      ],
    },
    {
      name: 'summary',
      type: 'text',
      required: true,
      maxLength: 100,
      label: { zh: '诉求摘要', en: 'Summary' },
      admin: { description: { zh: '一句话概括，列表和短信里显示。', en: 'One line, shown in lists.' } },
    },
    { name: 'content', type: 'textarea', required: true, maxLength: MAX_TICKET_CONTENT, label: { zh: '诉求内容', en: 'Content' } },
    {
      type: 'row',
      fields: [
        { name: 'service', type: 'relationship', relationTo: 'services', index: true, label: { zh: '相关事项（答复所用指南）', en: 'Service (guide used)' } },
        { name: 'topic', type: 'relationship', relationTo: 'topics', index: true, label: { zh: '诉求分类（主题）', en: 'Category (topic)' } },
      ],
    },
    ...divisionScopeFields({
      label: { zh: '诉求所在区划', en: 'Division concerned' },
      description: { zh: '诉求发生地或来电人所在的社区、街道，决定哪些坐席能看到这张工单。', en: 'Decides which agents see this order.' },
    }),
    {
      name: 'location',
      type: 'group',
      label: { zh: '位置', en: 'Location' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'address', type: 'text', maxLength: 200, label: { zh: '地址', en: 'Address' } },
            { name: 'latitude', type: 'number', min: -90, max: 90, label: { zh: '纬度', en: 'Latitude' } },
            { name: 'longitude', type: 'number', min: -180, max: 180, label: { zh: '经度', en: 'Longitude' } },
          ],
        },
      ],
    },
    {
      name: 'mediaUrl',
      type: 'text',
      maxLength: 500,
      label: { zh: '图片链接', en: 'Media URL' },
      admin: {
        readOnly: true,
        condition: (data) => Boolean(data?.mediaUrl),
        description: { zh: '接入系统通过开放接口提交时附带的图片地址，在对方系统中打开。', en: 'The picture a system sent through Open311, on its own server.' },
      },
    },
    {
      name: 'assignee',
      type: 'group',
      label: { zh: '承办单位', en: 'Dispatched to' },
      access: workflowOnly,
      admin: { readOnly: true, description: { zh: '用“派单”按钮指定。', en: 'Set with Dispatch.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'department', type: 'relationship', relationTo: 'departments', index: true, label: { zh: '部门', en: 'Department' } },
            { name: 'division', type: 'relationship', relationTo: 'divisions', label: { zh: '街道或社区', en: 'Street or community' } },
            { name: 'divisionCode', type: 'text', index: true, label: { zh: '区划代码', en: 'Division code' }, admin: { hidden: true } },
          ],
        },
        { name: 'rule', type: 'relationship', relationTo: 'dispatch-rules', index: true, label: { zh: '按派单目录规则', en: 'By dispatch rule' } },
      ],
    },
    dispatchSuggestionField,
    {
      type: 'row',
      fields: [
        instantField('receivedAt', { zh: '受理时间', en: 'Received' }, true),
        withProvisionalCell({
          name: 'dueDate',
          type: 'text',
          index: true,
          access: workflowOnly,
          label: { zh: '应办结日期', en: 'Due' },
          admin: { readOnly: true, description: { zh: '按诉求类型的办理时限和节假日日历计算。', en: 'From the kind’s deadline, in working days.' } },
        }),
        provisionalDueDateField(workflowOnly),
        {
          name: 'timeLimitDays',
          type: 'number',
          access: workflowOnly,
          label: { zh: '派单规则的办理时限（工作日）', en: 'Rule’s time limit' },
          admin: { readOnly: true, condition: (data) => data?.timeLimitDays != null },
        },
        instantField('closedAt', { zh: '办结时间', en: 'Closed' }),
      ],
    },
    {
      name: 'reply',
      type: 'textarea',
      access: workflowOnly,
      label: { zh: '答复内容', en: 'Reply' },
      admin: { readOnly: true },
    },
    {
      name: 'answeredDirectly',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: workflowOnly,
      label: { zh: '坐席直接答复', en: 'Answered directly' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'closedOnTime',
      type: 'checkbox',
      access: workflowOnly,
      label: { zh: '按时办结', en: 'Closed on time' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'satisfaction',
      type: 'select',
      access: workflowOnly,
      options: Object.entries(SATISFACTION_LABELS).map(([value, label]) => ({ value, label })),
      label: { zh: '回访满意度', en: 'Satisfaction' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    counterField('reminders', { zh: '催办次数', en: 'Reminders' }),
    counterField('returns', { zh: '退回次数', en: 'Returns' }),
    counterField('callBackAttempts', { zh: '回访未接通次数', en: 'Failed call-backs' }),
    counterField('reopens', { zh: '来电人要求重办次数', en: 'Reopened by the caller' }),
    {
      name: 'mergedInto',
      type: 'relationship',
      relationTo: 'tickets',
      access: workflowOnly,
      label: { zh: '合并到', en: 'Merged into' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'application',
      type: 'relationship',
      relationTo: 'applications',
      access: workflowOnly,
      label: { zh: '代办的申请', en: 'Application filed' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'boardThread',
      type: 'relationship',
      relationTo: 'board-threads',
      access: workflowOnly,
      label: { zh: '来自社区论坛的帖子', en: 'From board thread' },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.boardThread) },
    },
    {
      name: 'externalId',
      type: 'text',
      unique: true,
      index: true,
      access: workflowOnly,
      label: { zh: '来源消息编号', en: 'Message id' },
      admin: { readOnly: true, position: 'sidebar', description: { zh: '短信、邮件网关或开放接口的消息编号，同一消息只建一张工单。', en: 'One order per inbound message.' } },
    },
    {
      name: 'history',
      type: 'join',
      collection: 'ticket-events',
      on: 'ticket',
      defaultSort: 'createdAt',
      defaultLimit: 50,
      label: { zh: '办理记录', en: 'History' },
      admin: { allowCreate: false, defaultColumns: ['createdAt', 'actionLabel', 'fromStatus', 'toStatus', 'actorName', 'actorUnit', 'note'] },
    },
    {
      name: 'photos',
      type: 'join',
      collection: 'ticket-photos',
      on: 'ticket',
      defaultLimit: 9,
      label: { zh: '现场照片', en: 'Photos' },
      admin: { allowCreate: false, defaultColumns: ['filename', 'createdAt'] },
    },
    publicAnswerField,
    residentLinkField,
    revealFullField,
  ],
}
