import type { CollectionConfig } from 'payload'

import { caseWorkersInScope, nobody } from '../Applications/access'
import { applicationLinkField, caseScopeFields } from '../Applications/fields'
import { STATUS_LABELS } from '../Applications/states'
import { appendOnlyHooks } from '../hooks/appendOnly'
import { actorWordFields } from '../fields/actorWords'
import { selectOptions } from '../fields/selectOptions'

const statusOptions = selectOptions(STATUS_LABELS)

/**
 * The append-only history of every application: one entry per action — who
 * (name and unit, in words), when, from which state to which, and the note. Residents see it on the
 * status page without staff names.
 */
export const ApplicationEvents: CollectionConfig = {
  slug: 'application-events',
  labels: {
    singular: { zh: '办理记录', en: 'Application event' },
    plural: { zh: '办理记录', en: 'Application history' },
  },
  admin: {
    group: { zh: '办件', en: 'Casework' },
    useAsTitle: 'actionLabel',
    defaultColumns: ['createdAt', 'application', 'actionLabel', 'fromStatus', 'toStatus', 'actorName', 'actorUnit'],
    description: { zh: '每件申请的每一步操作，只能追加，任何人不能修改或删除。', en: 'Append-only.' },
  },
  defaultSort: '-createdAt',
  access: { read: caseWorkersInScope, create: nobody, update: nobody, delete: nobody },
  hooks: appendOnlyHooks('办理记录只能追加，不能修改或删除'),
  fields: [
    applicationLinkField,
    { name: 'action', type: 'text', required: true, index: true, label: { zh: '操作代码', en: 'Action' } },
    { name: 'actionLabel', type: 'text', required: true, label: { zh: '操作', en: 'Action' } },
    { name: 'fromStatus', type: 'select', options: statusOptions, label: { zh: '原状态', en: 'From' } },
    { name: 'toStatus', type: 'select', required: true, options: statusOptions, label: { zh: '新状态', en: 'To' } },
    { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
    ...actorWordFields,
    // For programs; the admin shows the words above (case workers may not read staff accounts).
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { zh: '操作人账号', en: 'Account' }, admin: { hidden: true } },
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
    ...caseScopeFields,
  ],
}
