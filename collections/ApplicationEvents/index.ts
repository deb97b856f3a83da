import { caseWorkersInScope } from '../Applications/access'
import { applicationLinkField, caseScopeFields } from '../Applications/fields'
import { STATUS_LABELS } from '../Applications/states'
import { caseEventCollection } from '../casework/eventCollection'
import { selectOptions } from '../fields/selectOptions'

/**
 * The append-only history of every application: one entry per action — who
 * (name and unit, in words), when, from which state to which, and the note. Residents see it on the
 * status page without staff names.
 */
export const ApplicationEvents = caseEventCollection({
  slug: 'application-events',
  labels: {
    singular: { zh: '办理记录', en: 'Application event' },
    plural: { zh: '办理记录', en: 'Application history' },
  },
  group: { zh: '办件', en: 'Casework' },
  description: '每件申请的每一步操作，只能追加，任何人不能修改或删除。',
  read: caseWorkersInScope,
  appendOnlyMessage: '办理记录只能追加，不能修改或删除',
  link: applicationLinkField,
  statusOptions: selectOptions(STATUS_LABELS),
  fields: [
    {
      name: 'by',
      type: 'select',
      required: true,
      options: [
        { value: 'resident', label: { zh: '申请人', en: 'Applicant' } },
        { value: 'staff', label: { zh: '工作人员', en: 'Staff' } },
        { value: 'system', label: { zh: '系统', en: 'System' } },
      ],
      label: { zh: '操作方', en: 'Party' },
    },
    // A department system's retry of the same request (its Idempotency-Key) finds the step it already took.
    { name: 'requestKey', type: 'text', index: true, admin: { hidden: true } },
    ...caseScopeFields,
  ],
})
