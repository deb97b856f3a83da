import { caseScopeFields } from '../Applications/fields'
import { caseEventCollection } from '../casework/eventCollection'
import { selectOptions } from '../fields/selectOptions'
import { guideDepartmentEditors } from '../GuideCorrections/access'
import { CORRECTION_STATUS_LABELS } from '../GuideCorrections/workflow'

/** The append-only history of every guide correction: received, answered or declined, by whom. */
export const CorrectionEvents = caseEventCollection({
  slug: 'correction-events',
  labels: {
    singular: { zh: '纠错处理记录', en: 'Correction event' },
    plural: { zh: '纠错处理记录', en: 'Correction history' },
  },
  group: { zh: '服务目录', en: 'Catalogue' },
  description: '每条指南纠错的每一步，只能追加，任何人不能修改或删除。',
  read: guideDepartmentEditors,
  appendOnlyMessage: '纠错处理记录只能追加，不能修改或删除',
  link: { name: 'correction', type: 'relationship', relationTo: 'guide-corrections', required: true, index: true, label: { zh: '纠错', en: 'Correction' }, admin: { readOnly: true } },
  statusOptions: selectOptions(CORRECTION_STATUS_LABELS),
  fields: caseScopeFields,
})
