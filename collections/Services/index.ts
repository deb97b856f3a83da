import type { CollectionConfig, Field } from 'payload'

import { catalogueAccess, editorsInScope, staffOnlyField } from '../catalogue/access'
import { codeField, reviewDueField, seedHashField, sentencesField, summaryField, titleField } from '../catalogue/fields'
import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { portalUrl } from '../catalogue/portalUrl'
import { portalRebuildHooks } from '../catalogue/hooks/queuePortalRebuild'
import { catalogueVersions } from '../catalogue/versions'
import { scopePathField } from '../fields/divisionScope'
import { applicationFormField } from './fields/applicationForm'
import { materialsField } from './fields/materials'
import { forgetPublishedServices } from './publishedService'
import { tellResidentsOnPublish } from '../DemandGroups/decision'
import { correctionEndpoint } from '../GuideCorrections/endpoints/submit'
import { helpfulEndpoint } from '../GuideFeedback/endpoints/helpful'
import { deriveStageAndScope } from './hooks/deriveStageAndScope'
import { requireCompleteGuide } from './hooks/requireCompleteGuide'
import {
  AUDIENCE_LABELS,
  CASE_TYPE_LABELS,
  HANDLING_FORM_LABELS,
  ONLINE_DEPTH_LABELS,
  OUTCOME_LABELS,
  RESULT_TYPE_LABELS,
  SERVICE_CODE,
  SERVICE_KIND_LABELS,
  SERVICE_LEVEL_LABELS,
  SERVICE_TYPE_LABELS,
  selectOptions,
} from './options'

type Label = { en: string; zh: string }

/**
 * A small set of yes/no choices (服务对象, 办理形式) shown as tick boxes in
 * one row; at least one must be ticked before the guide is published.
 */
const checkboxGroup = (name: string, label: Label, options: Record<string, Label>): Field => ({
  name,
  type: 'group',
  label,
  fields: [
    {
      type: 'row',
      fields: Object.entries(options).map(([key, optionLabel]) => ({
        name: key,
        type: 'checkbox' as const,
        label: optionLabel,
        defaultValue: false,
      })),
    },
  ],
})

const basics: Field[] = [
  codeField(
    SERVICE_CODE,
    {
      zh: '6位数字：主题编码加2位序号，例如 010301。发布后不要修改，门户网址和开放接口都用它。',
      en: 'Topic code plus two digits. Keep it once published: URLs and the open API use it.',
    },
    '事项编码应为6位数字',
  ),
  titleField({ zh: '事项名称', en: 'Title' }),
  summaryField,
  {
    type: 'row',
    fields: [
      {
        name: 'kind',
        type: 'select',
        required: true,
        index: true,
        options: selectOptions(SERVICE_KIND_LABELS),
        label: { zh: '办理方式', en: 'Kind' },
        admin: {
          description: {
            zh: '信息查询：只提供信息或外部链接；可在线申请：需要填写在线申请表；窗口办理：只能到现场办。',
            en: 'Information only, apply online (needs a form), or in person only.',
          },
        },
      },
      {
        name: 'type',
        type: 'select',
        required: true,
        options: selectOptions(SERVICE_TYPE_LABELS),
        label: { zh: '事项类型', en: 'Type' },
      },
      {
        name: 'level',
        type: 'select',
        required: true,
        options: selectOptions(SERVICE_LEVEL_LABELS),
        label: { zh: '行使层级', en: 'Level' },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'topic',
        type: 'relationship',
        relationTo: 'topics',
        required: true,
        index: true,
        label: { zh: '所属主题', en: 'Topic' },
      },
      {
        name: 'stage',
        type: 'relationship',
        relationTo: 'life-stages',
        index: true,
        label: { zh: '人生阶段', en: 'Life stage' },
        access: { create: () => false, update: () => false },
        admin: {
          readOnly: true,
          description: { zh: '由所属主题自动确定。', en: 'Follows the topic.' },
        },
      },
    ],
  },
  {
    name: 'department',
    type: 'relationship',
    relationTo: 'departments',
    required: true,
    index: true,
    label: { zh: '实施主体', en: 'Handling department' },
  },
  checkboxGroup('audience', { zh: '服务对象', en: 'Audience' }, AUDIENCE_LABELS),
  {
    name: 'aliases',
    type: 'text',
    hasMany: true,
    required: true,
    label: { zh: '常用叫法', en: 'Aliases' },
    admin: {
      description: {
        zh: '居民平时怎么说、怎么搜这件事，例如出生登记的“上户口”。每个叫法输入后按回车。',
        en: 'The words residents really use, e.g. 上户口 for 出生登记.',
      },
    },
  },
]

const basisAndConditions: Field[] = [
  {
    name: 'legalBases',
    type: 'array',
    required: true,
    minRows: 1,
    label: { zh: '设定依据', en: 'Legal bases' },
    labels: { singular: { zh: '依据', en: 'Basis' }, plural: { zh: '设定依据', en: 'Legal bases' } },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, label: { zh: '法律法规名称', en: 'Law or regulation' } },
          { name: 'article', type: 'text', required: true, label: { zh: '条款', en: 'Article' } },
        ],
      },
    ],
  },
  sentencesField('conditions', { zh: '受理条件', en: 'Conditions' }, { zh: '条件', en: 'Condition' }),
]

const processFields: Field[] = [
  {
    name: 'steps',
    type: 'array',
    label: { zh: '办理流程', en: 'Steps' },
    labels: { singular: { zh: '步骤', en: 'Step' }, plural: { zh: '办理流程', en: 'Steps' } },
    fields: [
      { name: 'title', type: 'text', required: true, label: { zh: '步骤名称', en: 'Step' } },
      { name: 'description', type: 'textarea', required: true, label: { zh: '说明', en: 'Description' } },
    ],
  },
  checkboxGroup('handlingForms', { zh: '办理形式', en: 'How it is handled' }, HANDLING_FORM_LABELS),
  {
    type: 'row',
    fields: [
      {
        name: 'caseType',
        type: 'select',
        required: true,
        options: selectOptions(CASE_TYPE_LABELS),
        label: { zh: '办件类型', en: 'Case type' },
        admin: {
          description: {
            zh: '即办件：材料齐全的，当场办结。承诺件：自受理之日起在承诺时限内办结。',
            en: 'On the spot when the papers are complete, or within the promised days.',
          },
        },
      },
      {
        name: 'outcome',
        type: 'select',
        required: true,
        options: selectOptions(OUTCOME_LABELS),
        label: { zh: '居民何时拿到结果', en: 'When the resident gets the result' },
        admin: {
          description: {
            zh: '在本平台在线申请的，都要经工作人员审核，不能选「网上当场出结果」。',
            en: 'Applications on this platform are reviewed, so never instant.',
          },
        },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'noStatutoryLimit',
        type: 'checkbox',
        defaultValue: false,
        label: { zh: '法律未规定办结时限', en: 'No statutory limit' },
      },
      {
        name: 'legalDays',
        type: 'number',
        min: 0,
        label: { zh: '法定办结时限（工作日）', en: 'Statutory limit (working days)' },
        // Ticking 法律未规定 hides this field; its old value must not linger unseen.
        hooks: { beforeValidate: [({ siblingData, value }) => (siblingData?.noStatutoryLimit ? null : value)] },
        admin: {
          condition: (_, sibling) => !sibling?.noStatutoryLimit,
          description: { zh: '法律规定当场办结的填 0。', en: '0 when the law requires it on the spot.' },
        },
      },
      {
        name: 'promisedDays',
        type: 'number',
        required: true,
        min: 0,
        label: { zh: '承诺办结时限（工作日）', en: 'Promised limit (working days)' },
        admin: { description: { zh: '即办件填 0。', en: '0 for on-the-spot cases.' } },
      },
    ],
  },
  { name: 'timeLimitNote', type: 'text', label: { zh: '时限说明', en: 'Time limit note' } },
  {
    name: 'visits',
    type: 'number',
    required: true,
    min: 0,
    max: 2,
    label: { zh: '到办事现场次数', en: 'Visits needed' },
  },
]

const feeAndResult: Field[] = [
  {
    name: 'fee',
    type: 'group',
    label: { zh: '收费情况', en: 'Fees' },
    fields: [
      {
        name: 'charged',
        type: 'checkbox',
        defaultValue: false,
        label: { zh: '收费', en: 'Charged' },
        admin: { description: { zh: '不勾选时，门户显示“不收费”。', en: 'Unticked shows “不收费”.' } },
      },
      {
        name: 'items',
        type: 'array',
        label: { zh: '收费项目', en: 'Fee items' },
        admin: { condition: (_, sibling) => Boolean(sibling?.charged) },
        fields: [
          { name: 'name', type: 'text', required: true, label: { zh: '项目', en: 'Item' } },
          { name: 'standard', type: 'text', required: true, label: { zh: '标准', en: 'Amount' } },
          { name: 'basis', type: 'text', required: true, label: { zh: '收费依据', en: 'Basis' } },
        ],
      },
      {
        name: 'reduction',
        type: 'text',
        label: { zh: '减免情形', en: 'Reductions' },
        admin: { condition: (_, sibling) => Boolean(sibling?.charged) },
      },
    ],
  },
  {
    name: 'onlineDepth',
    type: 'select',
    required: true,
    options: selectOptions(ONLINE_DEPTH_LABELS),
    label: { zh: '网上办理深度', en: 'Online depth' },
  },
  {
    name: 'result',
    type: 'group',
    label: { zh: '办理结果', en: 'Result' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, label: { zh: '结果名称', en: 'Name' } },
          {
            name: 'type',
            type: 'select',
            required: true,
            options: selectOptions(RESULT_TYPE_LABELS),
            label: { zh: '结果类型', en: 'Type' },
          },
        ],
      },
      { name: 'description', type: 'textarea', required: true, label: { zh: '说明', en: 'Description' } },
    ],
  },
]

const placeAndContacts: Field[] = [
  {
    name: 'centres',
    type: 'relationship',
    relationTo: 'service-centres',
    hasMany: true,
    required: true,
    label: { zh: '办理地点', en: 'Where' },
    admin: { description: { zh: '可以办理这件事的服务中心，办公时间随服务中心显示。', en: 'Centres that handle it.' } },
  },
  { name: 'hoursNote', type: 'text', label: { zh: '办理时间补充说明', en: 'Hours note' } },
  {
    type: 'row',
    fields: [
      { name: 'enquiryPhone', type: 'text', required: true, label: { zh: '咨询电话', en: 'Enquiry phone' } },
      { name: 'complaintPhone', type: 'text', required: true, label: { zh: '监督投诉电话', en: 'Complaint phone' } },
    ],
  },
  {
    name: 'link',
    type: 'group',
    label: { zh: '外部链接', en: 'External link' },
    admin: {
      description: {
        zh: '信息查询类事项必须填写，指向权威的官方页面；在其他系统办理的事项，链接文字写那个系统的名称（如 掌上12333），网址写它的办事入口。',
        en: 'Required for information-only services and for those done in another system (label: the system’s name).',
      },
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'label', type: 'text', label: { zh: '链接文字', en: 'Label' } },
          {
            name: 'url',
            type: 'text',
            label: { zh: '网址', en: 'URL' },
            validate: (value: null | string | undefined) =>
              !value || /^https?:\/\/\S+$/.test(value) || '网址应以 http:// 或 https:// 开头',
          },
        ],
      },
    ],
  },
]

const questionsAndRelated: Field[] = [
  {
    name: 'faqs',
    type: 'array',
    label: { zh: '常见问题', en: 'FAQs' },
    labels: { singular: { zh: '问题', en: 'Question' }, plural: { zh: '常见问题', en: 'FAQs' } },
    fields: [
      { name: 'question', type: 'text', required: true, label: { zh: '问题', en: 'Question' } },
      { name: 'answer', type: 'textarea', required: true, label: { zh: '回答', en: 'Answer' } },
    ],
  },
  {
    name: 'related',
    type: 'text',
    hasMany: true,
    label: { zh: '相关事项', en: 'Related services' },
    admin: {
      components: { Field: '/collections/Services/fields/RelatedServicesField#RelatedServicesField' },
      description: {
        zh: '居民办完这件事后常常还要办的事项，保存为事项编码。',
        en: 'Services residents often need next, stored as service codes.',
      },
    },
    validate: (value: null | string[] | undefined) =>
      (value ?? []).every((code) => SERVICE_CODE.test(code)) || '相关事项应为6位事项编码',
  },
]

/**
 * A service and its guide (办事指南): every element of the national guide
 * schema as a structured field, drafts and versions, and a publish check that
 * names any missing element.
 */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: {
    singular: { zh: '办事指南', en: 'Service' },
    plural: { zh: '办事指南', en: 'Services' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'code', 'kind', 'department', 'reviewDue', '_status'],
    listSearchableFields: ['title', 'code', 'aliases'],
    group: { zh: '服务目录', en: 'Catalogue' },
    description: {
      zh: '每个事项的办事指南。草稿可以不完整，发布前必须填齐所有要素。',
      en: 'Service guides. Drafts may be incomplete; publishing needs every element.',
    },
    preview: (doc) => portalUrl(PORTAL_PATHS.service(String(doc.code))),
    pagination: { defaultLimit: 25 },
    components: {
      beforeListTable: ['/collections/Services/components/GuideFilters#GuideFilters'],
    },
  },
  defaultSort: 'code',
  versions: catalogueVersions,
  access: catalogueAccess(editorsInScope),
  // Residents' feedback on a guide: 这个页面对您有帮助吗 and 我要纠错.
  endpoints: [helpfulEndpoint, correctionEndpoint],
  hooks: {
    beforeChange: [deriveStageAndScope, requireCompleteGuide],
    afterChange: [forgetPublishedServices, ...portalRebuildHooks.afterChange, tellResidentsOnPublish],
    afterDelete: [forgetPublishedServices, ...portalRebuildHooks.afterDelete],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        { label: { zh: '基本信息', en: 'Basics' }, fields: basics },
        { label: { zh: '依据与条件', en: 'Basis and conditions' }, fields: basisAndConditions },
        { label: { zh: '申请材料', en: 'Materials' }, fields: [materialsField] },
        { label: { zh: '流程与时限', en: 'Process and time' }, fields: processFields },
        { label: { zh: '收费与结果', en: 'Fees and result' }, fields: feeAndResult },
        { label: { zh: '地点与咨询', en: 'Where and contacts' }, fields: placeAndContacts },
        { label: { zh: '常见问题', en: 'FAQs' }, fields: questionsAndRelated },
        { label: { zh: '在线申请表', en: 'Application form' }, fields: [applicationFormField] },
      ],
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '列入门户首页“常用服务”', en: 'Show among popular services on the portal home page' },
      admin: { position: 'sidebar' },
    },
    reviewDueField,
    {
      name: 'editorNotes',
      type: 'textarea',
      access: { read: staffOnlyField },
      label: { zh: '编辑备注（不公开）', en: 'Editor notes (private)' },
      admin: { position: 'sidebar' },
    },
    scopePathField,
    seedHashField,
  ],
}
