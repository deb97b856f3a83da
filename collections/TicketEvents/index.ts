import type { Access, CollectionConfig } from 'payload'

import { nobody } from '../Applications/access'
import { scopePathField } from '../fields/divisionScope'
import { actorWordFields } from '../fields/actorWords'
import { selectOptions } from '../fields/selectOptions'
import { appendOnlyHooks } from '../hooks/appendOnly'
import { ticketReadWhere } from '../Tickets/access'
import { TICKET_STATUS_LABELS } from '../Tickets/states'

const statusOptions = selectOptions(TICKET_STATUS_LABELS)

/** The desk reads the history of orders in its subtree (the entry carries the order's path); handlers of their orders. */
const historyReaders: Access = ({ req: { user } }) => ticketReadWhere(user, 'ticket.')

/**
 * The append-only history of every work order: one entry per step — who
 * (name and unit, in words), when, from which state to which, and the note (a reply, a reason for
 * returning, a reminder, the call-back).
 */
export const TicketEvents: CollectionConfig = {
  slug: 'ticket-events',
  labels: {
    singular: { zh: '工单记录', en: 'Work order event' },
    plural: { zh: '工单记录', en: 'Work order history' },
  },
  admin: {
    group: { zh: '热线', en: 'Hotline' },
    useAsTitle: 'actionLabel',
    defaultColumns: ['createdAt', 'ticket', 'actionLabel', 'fromStatus', 'toStatus', 'actorName', 'actorUnit'],
    description: { zh: '每张工单的每一步操作，只能追加，任何人不能修改或删除。', en: 'Append-only.' },
  },
  defaultSort: '-createdAt',
  access: { read: historyReaders, create: nobody, update: nobody, delete: nobody },
  hooks: appendOnlyHooks('工单记录只能追加，不能修改或删除'),
  fields: [
    { name: 'ticket', type: 'relationship', relationTo: 'tickets', required: true, index: true, label: { zh: '工单', en: 'Work order' }, admin: { readOnly: true } },
    { name: 'action', type: 'text', required: true, index: true, label: { zh: '操作代码', en: 'Action' } },
    { name: 'actionLabel', type: 'text', required: true, label: { zh: '操作', en: 'Action' } },
    { name: 'fromStatus', type: 'select', options: statusOptions, label: { zh: '原状态', en: 'From' } },
    { name: 'toStatus', type: 'select', required: true, options: statusOptions, label: { zh: '新状态', en: 'To' } },
    { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
    ...actorWordFields,
    // For programs; the admin shows the words above (handlers may not read staff accounts).
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { zh: '操作人账号', en: 'Account' }, admin: { hidden: true } },
    { name: 'client', type: 'relationship', relationTo: 'api-clients', label: { zh: '接入系统', en: 'Client' }, admin: { hidden: true } },
    {
      name: 'by',
      type: 'select',
      required: true,
      options: [
        { value: 'staff', label: { zh: '工作人员', en: 'Staff' } },
        { value: 'client', label: { zh: '接入系统', en: 'Other system' } },
        { value: 'system', label: { zh: '系统', en: 'System' } },
      ],
      label: { zh: '操作方', en: 'Party' },
    },
    scopePathField,
  ],
}
