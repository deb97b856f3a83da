import type { Field } from 'payload'

import { prefillSourceField } from '../../Applications/reuse/fields'
import { CHOICE_FIELD_TYPES, FORM_FIELD_NAME, FORM_FIELD_TYPE_LABELS, HANDLING_DIVISION_LABELS, selectOptions } from '../options'

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
        // Flat, not a group: Payload 3.90 on SQLite drops the row's other fields from a read that excludes fields (publishedService) when it holds a group.
        {
          type: 'row',
          fields: [
            {
              name: 'showIfQuestion',
              type: 'text',
              label: { zh: '显示条件：前面选择题的字段名', en: 'Show only if: earlier question’s key' },
              admin: {
                description: {
                  zh: '只在前面某个选择题选了某一项时才问这一题，例如“是否有残疾证”选“是”时才问证号。不填则总是询问。',
                  en: 'Ask only when an earlier choice question has this answer. Leave empty to always ask.',
                },
              },
            },
            { name: 'showIfEquals', type: 'text', label: { zh: '显示条件：选了这一项时显示', en: 'Show only if: answer' } },
          ],
        },
      ],
    },
    {
      name: 'party',
      type: 'group',
      label: { zh: '当事人', en: 'Person concerned' },
      admin: {
        description: {
          zh: '申请人替别人办理时（如子女为老人申请高龄津贴），填写当事人的称呼，申请表会另有一节询问当事人的姓名和身份证号码。不填则没有这一节。',
          en: 'When someone applies for another person (e.g. a daughter for her father), name the person concerned; the form then asks for their name and ID number.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', maxLength: 10, label: { zh: '称呼', en: 'Called' }, admin: { placeholder: '老人' } },
            { name: 'askRelation', type: 'checkbox', label: { zh: '询问申请人与当事人的关系', en: 'Ask the relation' } },
            { name: 'askBirthDate', type: 'checkbox', label: { zh: '询问当事人的出生日期', en: 'Ask the birth date' } },
          ],
        },
      ],
    },
    {
      name: 'handledBy',
      type: 'select',
      defaultValue: 'applicant-residence',
      options: selectOptions(HANDLING_DIVISION_LABELS),
      label: { zh: '由哪里的街道社区办理', en: 'Handled where' },
      admin: {
        description: {
          zh: '决定申请分到哪个社区办理。按当事人的，须填写上面的“当事人”；按户籍的，人口信息库里有此人时以库中户籍所在社区为准。',
          en: 'Decides the handling division. Party rules need the section above; registered residence comes from the population base when it holds the person.',
        },
      },
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
