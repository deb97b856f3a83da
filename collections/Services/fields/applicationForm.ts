import type { Field } from 'payload'

import { prefillSourceField } from '../../Applications/reuse/fields'
import { CHOICE_FIELD_TYPES, FORM_FIELD_NAME, FORM_FIELD_TYPE_LABELS, selectOptions } from '../options'

/**
 * The online application form of an `online` service, edited like any other
 * part of the guide. The platform itself always asks for the applicant's name,
 * ID number, mobile and community; these are the service's own questions.
 */
export const applicationFormField: Field = {
  name: 'applicationForm',
  type: 'group',
  label: { zh: '在线申请表', en: 'Application form' },
  admin: {
    condition: (data) => data?.kind === 'online',
    description: {
      zh: '平台会自动询问申请人的姓名、身份证号码、手机号码和所在社区，这里只填本事项特有的问题。',
      en: 'Name, ID number, mobile and community are always asked; add the service’s own questions.',
    },
  },
  fields: [
    {
      name: 'fields',
      type: 'array',
      label: { zh: '填写项', en: 'Questions' },
      labels: { singular: { zh: '填写项', en: 'Question' }, plural: { zh: '填写项', en: 'Questions' } },
      admin: { components: { RowLabel: '/collections/Services/fields/RowLabel#FormFieldRowLabel' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true, label: { zh: '问题', en: 'Label' } },
            {
              name: 'name',
              type: 'text',
              required: true,
              label: { zh: '字段名', en: 'Key' },
              admin: { description: { zh: '英文小写开头，例如 childName。', en: 'camelCase, e.g. childName.' } },
              validate: (value: null | string | undefined) =>
                FORM_FIELD_NAME.test(value ?? '') || '字段名应以小写字母开头，只含字母和数字',
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'type',
              type: 'select',
              required: true,
              defaultValue: 'text',
              options: selectOptions(FORM_FIELD_TYPE_LABELS),
              label: { zh: '类型', en: 'Type' },
            },
            { name: 'required', type: 'checkbox', defaultValue: true, label: { zh: '必填', en: 'Required' } },
          ],
        },
        {
          name: 'options',
          type: 'text',
          hasMany: true,
          label: { zh: '选项', en: 'Options' },
          admin: {
            condition: (_, sibling) => CHOICE_FIELD_TYPES.includes(sibling?.type),
            description: { zh: '每个选项输入后按回车。', en: 'Press Enter after each option.' },
          },
        },
        { name: 'help', type: 'text', label: { zh: '填写提示', en: 'Help text' } },
        prefillSourceField,
      ],
    },
    {
      name: 'uploads',
      type: 'array',
      label: { zh: '上传材料', en: 'Uploads' },
      labels: { singular: { zh: '上传材料', en: 'Upload' }, plural: { zh: '上传材料', en: 'Uploads' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'material',
              type: 'text',
              required: true,
              label: { zh: '对应的申请材料', en: 'Material' },
              admin: { description: { zh: '与“申请材料”中的名称完全一致。', en: 'Exactly as named under Materials.' } },
            },
            { name: 'required', type: 'checkbox', defaultValue: true, label: { zh: '必须上传', en: 'Required' } },
          ],
        },
        { name: 'help', type: 'text', label: { zh: '上传提示', en: 'Help text' } },
      ],
    },
  ],
}
