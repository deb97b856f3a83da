import type { Access } from 'payload'

import { caseEventCollection } from '../casework/eventCollection'
import { scopePathField } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { ticketReadWhere } from '../Tickets/access'
import { TICKET_STATUS_LABELS } from '../Tickets/states'

/** The desk reads the history of orders in its subtree (the entry carries the order's path); handlers of their orders. */
const historyReaders: Access = ({ req: { user } }) => ticketReadWhere(user, 'ticket.')

/**
 * The append-only history of every work order: one entry per step — who
 * (name and unit, in words), when, from which state to which, and the note (a reply, a reason for
 * returning, a reminder, the call-back).
 */
export const TicketEvents = caseEventCollection({
  slug: 'ticket-events',
  labels: {
    singular: { zh: '工单记录', en: 'Work order event' },
    plural: { zh: '工单记录', en: 'Work order history' },
  },
  group: { zh: '热线', en: 'Hotline' },
  description: '每张工单的每一步操作，只能追加，任何人不能修改或删除。',
  read: historyReaders,
  appendOnlyMessage: '工单记录只能追加，不能修改或删除',
  link: { name: 'ticket', type: 'relationship', relationTo: 'tickets', required: true, index: true, label: { zh: '工单', en: 'Work order' }, admin: { readOnly: true } },
  statusOptions: selectOptions(TICKET_STATUS_LABELS),
  fields: [
    { name: 'client', type: 'relationship', relationTo: 'api-clients', label: { zh: '接入系统', en: 'Client' }, admin: { hidden: true } },
    {
      name: 'by',
      type: 'select',
      required: true,
      options: [
        { value: 'staff', label: { zh: '工作人员', en: 'Staff' } },
        { value: 'client', label: { zh: '接入系统', en: 'Other system' } },
        { value: 'system', label: { zh: '系统', en: 'System' } },
        { value: 'resident', label: { zh: '来电人（网上）', en: 'Caller (web)' } },
      ],
      label: { zh: '操作方', en: 'Party' },
    },
    // The unit a dispatch sent the order to, or the unit that returned it: the monthly scores count by these.
    { name: 'handlerDepartment', type: 'relationship', relationTo: 'departments', index: true, label: { zh: '承办部门', en: 'Handling department' }, admin: { hidden: true } },
    { name: 'handlerDivisionCode', type: 'text', index: true, label: { zh: '承办区划代码', en: 'Handling division' }, admin: { hidden: true } },
    scopePathField,
  ],
})
