import type { Field } from 'payload'

import { materialReuseFields } from '../../Applications/reuse/fields'
import { MATERIAL_FORM_LABELS, NECESSITY_LABELS, selectOptions } from '../options'

/** 申请材料: one row per document the resident brings or uploads. */
export const materialsField: Field = {
  name: 'materials',
  type: 'array',
  label: { zh: '申请材料', en: 'Materials' },
  labels: { singular: { zh: '材料', en: 'Material' }, plural: { zh: '材料', en: 'Materials' } },
  admin: {
    initCollapsed: true,
    components: { RowLabel: '/collections/Services/fields/RowLabel#MaterialRowLabel' },
    description: {
      zh: '只列窗口真正会要的材料。居民最常见的差评原因是被要求提供指南里没写的材料。',
      en: 'List only what the counter really asks for.',
    },
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '材料名称', en: 'Name' } },
    {
      type: 'row',
      fields: [
        {
          name: 'necessity',
          type: 'select',
          required: true,
          options: selectOptions(NECESSITY_LABELS),
          label: { zh: '必要性', en: 'Necessity' },
        },
        {
          name: 'form',
          type: 'select',
          required: true,
          options: selectOptions(MATERIAL_FORM_LABELS),
          label: { zh: '原件或复印件', en: 'Original or copy' },
        },
        { name: 'copies', type: 'number', required: true, min: 0, max: 20, label: { zh: '纸质份数', en: 'Copies' } },
      ],
    },
    { name: 'source', type: 'text', required: true, label: { zh: '来源渠道', en: 'Where it comes from' } },
    {
      type: 'row',
      fields: [
        {
          name: 'blankForm',
          type: 'upload',
          relationTo: 'media',
          label: { zh: '空白表格', en: 'Blank form' },
        },
        { name: 'sample', type: 'upload', relationTo: 'media', label: { zh: '示例样表', en: 'Sample' } },
      ],
    },
    { name: 'notes', type: 'textarea', required: true, label: { zh: '填报须知', en: 'Notes' } },
    ...materialReuseFields,
  ],
}
