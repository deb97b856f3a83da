import type { CollectionConfig, Field } from 'payload'

import { provisionalDueDateField, withProvisionalCell } from '../CalendarDays/fields'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { panelField } from '../fields/panel'
import { secretText } from '../fields/secretText'
import { nobody } from '../access'
import { caseWorkersInScope } from './access'
import { personalField } from '../privacy/personalField'
import { revealFullField } from '../privacy/personalRecord'
import { revealEndpoint } from '../privacy/revealEndpoint'
import { applicationEndpoints } from './endpoints'
import { noticeEndpoint } from './notices/endpoint'
import { handOverToDepartmentSystem } from '../DepartmentSystems/lib/handOver'
import { maskPersonalAnswers } from './hooks/maskAnswers'
import { refuseEditsOutsideWorkflow } from './hooks/refuseEditsOutsideWorkflow'
import { registerRatingDemandHook } from '../Demands/hooks'
import { RATING_LABELS } from '../casework/satisfaction'
import { CHANNEL_LABELS, OUTCOME_LABELS, STATUS_LABELS } from './states'
import { HANDLING_DIVISION_LABELS, selectOptions } from '../Services/options'
import { notFoundForResidents } from '../Residents/access'
import { residentLinkField } from '../Residents/fields'
import { applicantKeyFields, setApplicantKeys } from './search/keys'
import { applicantSearchEndpoint } from './search/endpoint'
import { applicationsExportEndpoint } from './reviewing/exportEndpoint'
import { contactEndpoints } from './reviewing/contactEndpoint'
import { applicationReuseField, commitmentCheckField } from './reuse/fields'
import { auditMaterialReuse } from './reuse/submit'

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, zh]) => ({ value, label: zh }))

type Label = { en: string; zh: string }

/** An instant, shown with its time. */
const readOnlyDate = (name: string, label: Label): Field => ({
  name,
  type: 'date',
  index: true,
  label,
  admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
})

/** A calendar date in China, stored as YYYY-MM-DD text so no time zone can shift it. */
const calendarDate = (name: string, label: Label, description?: Label): Field => ({
  name,
  type: 'text',
  index: true,
  label,
  admin: { readOnly: true, description },
})

/** A column of the list computed from the row (nothing stored, nothing in the edit view). */
const listColumn = (name: string, label: Label, Cell: string): Field => ({ name, type: 'ui', label, admin: { components: { Cell } } })

/**
 * The statistics (statistics/compute.ts) count applications by one field at
 * a time within the viewer's division, submitted in a date range, through
 * the Local API. Each count names every level of the division path from the
 * city down, so these indexes lead with the city, then the field counted,
 * then the lower levels, and also hold the date and the department (a
 * department's reviewers see only its cases): a count is answered from the
 * index alone, without reading a single application, on SQLite as on
 * MongoDB. The community level is left out to keep them small: a community
 * has few enough cases to check one by one.
 *
 * Measured with scripts/bench-statistics.ts at 100,000 applications: the
 * whole city takes about 0.35 s with them and 14 s without (SQLite then
 * walks the one-column city index and reads every row for every count);
 * each field's index saves from 50 ms (totals) to 300 ms (rating levels).
 * Most names are too long for the SQL adapter, which numbers them instead
 * (compound_index_N_idx): keep their order here, or the next migration
 * renames them.
 */
const countedWithin = (field?: string, ...rest: string[]): string[] => [
  'scope.city',
  ...(field ? [field] : []),
  'scope.district',
  'scope.street',
  'submittedAt',
  'department',
  ...rest,
]

const statisticsIndexes: NonNullable<CollectionConfig['indexes']> = [
  // Totals, and counts by the division one level down.
  { fields: countedWithin() },
  // By state; with the due date, the open cases past it too.
  { fields: countedWithin('status', 'dueDate') },
  { fields: countedWithin('channel') },
  { fields: countedWithin('rating.level') },
  { fields: countedWithin('service') },
  // The average working days per distinct value, and with onTime last, the on-time count.
  { fields: countedWithin('workingDaysTaken', 'onTime') },
  // Open follow-ups are few: the city and the state find them.
  { fields: ['scope.city', 'followUp.status'] },
]

/**
 * An application for an online service, from the resident's submit to the
 * result and their rating. Nobody edits one directly: the state changes only
 * through the workflow actions (workflow.ts), each recorded in
 * `application-events`; reviewers see only their division subtree and
 * department (access.ts).
 */
export const Applications: CollectionConfig = {
  slug: 'applications',
  labels: {
    singular: { zh: '办件', en: 'Application' },
    plural: { zh: '办件', en: 'Applications' },
  },
  admin: {
    useAsTitle: 'trackingNumber',
    defaultColumns: ['trackingNumber', 'applicantColumn', 'serviceTitle', 'status', 'dueDate', 'timeLeft', 'division', 'channel', 'submittedAt'],
    listSearchableFields: ['trackingNumber', 'serviceTitle', 'serviceCode'],
    group: { zh: '办件', en: 'Casework' },
    description: {
      zh: '居民在线提交的申请。用上方的队列找到要办的件，在详情页用按钮受理、补正或办结。',
      en: 'Applications from residents. Use the queues above; act with the buttons on each application.',
    },
    components: {
      beforeListTable: ['/collections/Applications/components/QueueTabs#QueueTabs', '/collections/Applications/reviewing/ReviewerTools#ReviewerTools'],
    },
    pagination: { defaultLimit: 25 },
  },
  defaultSort: 'dueDate',
  indexes: statisticsIndexes,
  access: {
    read: notFoundForResidents(caseWorkersInScope),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: {
    beforeChange: [refuseEditsOutsideWorkflow, setScopeFromDivision, setApplicantKeys],
    afterChange: [handOverToDepartmentSystem, auditMaterialReuse, registerRatingDemandHook],
  },
  endpoints: [
    ...applicationEndpoints,
    revealEndpoint('applications', (doc) => `办件 ${String(doc.trackingNumber ?? '')}`),
    applicantSearchEndpoint,
    applicationsExportEndpoint,
    ...contactEndpoints,
    noticeEndpoint,
  ],
  fields: [
    panelField('workflow', '/collections/Applications/components/WorkflowActions#WorkflowActions'),
    {
      type: 'row',
      fields: [
        {
          name: 'trackingNumber',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: { zh: '受理编号', en: 'Tracking number' },
          admin: { readOnly: true },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'submitted',
          options: options(STATUS_LABELS),
          label: { zh: '状态', en: 'Status' },
          admin: { readOnly: true },
        },
        {
          name: 'channel',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'web',
          options: options(CHANNEL_LABELS),
          label: { zh: '渠道', en: 'Channel' },
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'service',
          type: 'relationship',
          relationTo: 'services',
          required: true,
          index: true,
          label: { zh: '办理事项', en: 'Service' },
          admin: { readOnly: true },
        },
        { name: 'serviceCode', type: 'text', required: true, index: true, label: { zh: '事项编码', en: 'Service code' }, admin: { readOnly: true } },
        { name: 'serviceTitle', type: 'text', required: true, label: { zh: '事项名称', en: 'Service' }, admin: { readOnly: true } },
      ],
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      index: true,
      label: { zh: '实施主体', en: 'Handling department' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'promisedDays',
      type: 'number',
      required: true,
      min: 0,
      label: { zh: '承诺时限（工作日）', en: 'Promised limit (working days)' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'workingDaysTaken',
      type: 'number',
      min: 0,
      label: { zh: '办结用时（工作日）', en: 'Working days taken' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => typeof data?.workingDaysTaken === 'number',
        description: {
          zh: '受理至办结的工作日，不含补正时间；办结时记录，供办件统计使用。',
          en: 'Working days from acceptance to completion, supplement time excluded; set on completion.',
        },
      },
    },
    {
      name: 'onTime',
      type: 'checkbox',
      label: { zh: '按期办结', en: 'Finished on time' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => typeof data?.workingDaysTaken === 'number',
        description: { zh: '办结日期不晚于应办结日期；办结时记录。', en: 'Completed on or before the due date; set on completion.' },
      },
    },
    ...divisionScopeFields({ label: { zh: '申请人所在社区', en: 'Applicant’s community' } }),
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { zh: '经办人', en: 'Case worker' },
      admin: { readOnly: true, position: 'sidebar', description: { zh: '受理这件申请的工作人员。', en: 'Who accepted it.' } },
    },
    readOnlyDate('submittedAt', { zh: '提交时间', en: 'Submitted' }),
    listColumn('applicantColumn', { zh: '申请人', en: 'Applicant' }, '/collections/Applications/reviewing/ApplicantCell#ApplicantCell'),
    listColumn('timeLeft', { zh: '剩余时限', en: 'Time left' }, '/collections/Applications/reviewing/TimeLeftCell#TimeLeftCell'),
    {
      type: 'row',
      fields: [
        readOnlyDate('acceptedAt', { zh: '受理时间', en: 'Accepted' }),
        withProvisionalCell(
          calendarDate('dueDate', { zh: '应办结日期', en: 'Due' }, {
            zh: '受理日起按承诺时限计算工作日，补正期间不计。',
            en: 'Working days from acceptance; supplement time excluded.',
          }),
        ),
        provisionalDueDateField(),
        readOnlyDate('completedAt', { zh: '办结时间', en: 'Completed' }),
      ],
    },
    {
      name: 'applicant',
      type: 'group',
      label: { zh: '申请人', en: 'Applicant' },
      admin: { readOnly: true },
      fields: [
        {
          type: 'row',
          fields: [
            // In full on the case's own page; masked in lists and exports, and found only by the whole name (search/).
            personalField({ name: 'name', personal: 'name', maskedInListsOnly: true, required: true, label: { zh: '姓名', en: 'Name' } }),
            // Masked for reviewers like every personal value; the full value is a logged action (revealFull).
            personalField({ name: 'idNumber', personal: 'idNumber', required: true, label: { zh: '身份证号码', en: 'Citizen ID' } }),
            personalField({ name: 'phone', personal: 'phone', required: true, index: true, label: { zh: '手机号码', en: 'Mobile' } }),
            personalField({ name: 'email', personal: 'contact', label: { zh: '电子邮箱', en: 'Email' } }),
          ],
        },
      ],
    },
    {
      name: 'party',
      type: 'group',
      label: { zh: '当事人', en: 'Person concerned' },
      admin: {
        readOnly: true,
        condition: (data) => Boolean(data?.party?.name),
        description: { zh: '申请人代为申请时，办理事项所针对的人（如老人、子女）。', en: 'Whom the application is for, when someone applies on their behalf.' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', label: { zh: '称呼', en: 'Called' } },
            personalField({ name: 'name', personal: 'name', maskedInListsOnly: true, label: { zh: '姓名', en: 'Name' } }),
            personalField({ name: 'idNumber', personal: 'idNumber', label: { zh: '身份证号码', en: 'Citizen ID' } }),
            { name: 'relation', type: 'text', label: { zh: '申请人与当事人的关系', en: 'Applicant’s relation' } },
            { name: 'birthDate', type: 'text', label: { zh: '出生日期', en: 'Birth date' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'handledBy',
          type: 'select',
          options: selectOptions(HANDLING_DIVISION_LABELS),
          label: { zh: '办理地依据', en: 'Routed by' },
          admin: { readOnly: true, description: { zh: '按办理事项的规定，由谁的居住地或户籍决定办理的社区。', en: 'Whose community decided the handling division.' } },
        },
        {
          name: 'routedFromPopulation',
          type: 'checkbox',
          label: { zh: '按人口信息库中的户籍或居住社区分办', en: 'Division taken from the population base' },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'answers',
      type: 'json',
      label: { zh: '申请内容', en: 'Answers' },
      // ID numbers and phones among the answers are personal values: masked, never queried on.
      custom: { personalAnswers: true },
      hooks: { afterRead: [maskPersonalAnswers] },
      admin: { readOnly: true, components: { Field: '/collections/Applications/components/AnswersView#AnswersView' } },
    },
    panelField('files', '/collections/Applications/components/AttachmentsPreview#AttachmentsPreview'),
    {
      name: 'outcome',
      type: 'select',
      options: options(OUTCOME_LABELS),
      label: { zh: '办理结果', en: 'Outcome' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.outcome) },
    },
    {
      name: 'resultNote',
      type: 'textarea',
      label: { zh: '结果说明', en: 'Result' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.resultNote) },
    },
    {
      name: 'supplement',
      type: 'group',
      label: { zh: '补正', en: 'Supplement' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.supplement?.note) },
      fields: [
        { name: 'note', type: 'textarea', label: { zh: '补正要求', en: 'Request' } },
        readOnlyDate('requestedAt', { zh: '要求时间', en: 'Requested' }),
        { name: 'resumeStatus', type: 'select', options: options(STATUS_LABELS), admin: { hidden: true } },
        {
          name: 'pausedWorkingDays',
          type: 'number',
          defaultValue: 0,
          label: { zh: '补正用去的工作日（不计入时限）', en: 'Working days paused' },
        },
      ],
    },
    {
      name: 'rating',
      type: 'group',
      label: { zh: '评价', en: 'Rating' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.rating?.level) },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'level', type: 'select', index: true, options: options(RATING_LABELS), label: { zh: '评价等级', en: 'Level' } },
            readOnlyDate('ratedAt', { zh: '评价时间', en: 'Rated' }),
          ],
        },
        { name: 'comment', type: 'textarea', label: { zh: '评价内容', en: 'Comment' } },
      ],
    },
    {
      name: 'followUp',
      type: 'group',
      label: { zh: '差评整改', en: 'Follow-up of a bad rating' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.followUp?.status) },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'status',
              type: 'select',
              index: true,
              options: [
                { value: 'open', label: { zh: '待整改', en: 'Open' } },
                { value: 'closed', label: { zh: '已整改', en: 'Closed' } },
              ],
              label: { zh: '整改状态', en: 'Status' },
            },
            calendarDate('dueDate', { zh: '整改期限', en: 'Due' }),
            provisionalDueDateField(),
            readOnlyDate('closedAt', { zh: '完成时间', en: 'Closed' }),
          ],
        },
        { name: 'note', type: 'textarea', label: { zh: '整改和回访情况', en: 'What was done' } },
      ],
    },
    applicationReuseField,
    commitmentCheckField,
    {
      name: 'history',
      type: 'join',
      collection: 'application-events',
      on: 'application',
      defaultSort: 'createdAt',
      defaultLimit: 50,
      label: { zh: '办理记录', en: 'History' },
      admin: { allowCreate: false, defaultColumns: ['createdAt', 'actionLabel', 'fromStatus', 'toStatus', 'actorName', 'actorUnit', 'note'] },
    },
    secretText('queryCodeHash'),
    ...applicantKeyFields,
    secretText('idempotencyKey', { unique: true, index: true }),
    secretText('requestHash'),
    residentLinkField,
    panelField('contactApplicant', '/collections/Applications/reviewing/ContactApplicant#ContactApplicant', 'sidebar'),
    panelField('notices', '/collections/Applications/notices/NoticeLinks#NoticeLinks', 'sidebar'),
    revealFullField,
  ],
}

