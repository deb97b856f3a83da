import type { CollectionConfig, Validate } from 'payload'

import { text, textarea } from 'payload/shared'

import { activeStaff } from '../access'
import { cityEditors } from '../catalogue/access'
import { resultTemplateProblem } from './template'

/** Payload's own checks (required, length), then: only the result variables. */
const checkVariables =
  (own: Validate): Validate =>
  (value, options) =>
    (typeof value === 'string' ? resultTemplateProblem(value) : null) ?? own(value, options)

/**
 * 结果文件模板: the wording of the document an applicant receives when a
 * service's application is 办结 with 准予 — one per service. A service
 * without a template gives no document (the result note alone, as before).
 * Kept by city editors, like the messages' wording.
 */
export const ResultTemplates: CollectionConfig = {
  slug: 'result-templates',
  labels: { singular: { zh: '结果文件模板', en: 'Result template' }, plural: { zh: '结果文件模板', en: 'Result templates' } },
  admin: {
    group: { zh: '办件', en: 'Casework' },
    useAsTitle: 'title',
    defaultColumns: ['service', 'title', 'updatedAt'],
    description: {
      zh: '办结“准予办理”时给申请人的 PDF 结果文件的内容，每个服务事项一份。变量写成 {变量名}；页脚自动印出出具部门、日期、核验编号和二维码。',
      en: 'The PDF an applicant receives when an application is approved, one per service.',
    },
  },
  versions: { maxPerDoc: 20 },
  access: { read: activeStaff, readVersions: activeStaff, create: cityEditors, update: cityEditors, delete: cityEditors },
  fields: [
    {
      name: 'service',
      type: 'relationship',
      relationTo: 'services',
      required: true,
      unique: true,
      index: true,
      label: { zh: '服务事项', en: 'Service' },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 40,
      validate: checkVariables(text as Validate),
      label: { zh: '文件标题', en: 'Title' },
      admin: { description: { zh: '例如：居住证明、准予登记通知书', en: 'E.g. 居住证明' } },
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      validate: checkVariables(textarea as Validate),
      label: { zh: '正文', en: 'Body' },
      admin: { description: { zh: '每行一段，段首自动空两格；变量写成 {变量名}，全角括号｛｝也可以。', en: 'One paragraph per line; variables as {name}.' } },
    },
    { name: 'preview', type: 'ui', admin: { components: { Field: '/collections/ResultTemplates/components/ResultTemplatePreview#ResultTemplatePreview' } } },
  ],
}
