import { caseEventCollection } from '../casework/eventCollection'
import { selectOptions } from '../fields/selectOptions'
import { lifeEventFields } from '../lifeServices/eventFields'
import { lifeComplaintReaders } from '../LifeComplaints/access'
import { LIFE_COMPLAINT_STATUS_LABELS } from '../LifeComplaints/states'

/**
 * The append-only history of every life-service complaint: receipt, the
 * question to the provider and its answer, each remedy, the closing and the
 * rating, with who, in words.
 */
export const LifeComplaintEvents = caseEventCollection({
  slug: 'life-complaint-events',
  labels: { singular: { zh: '投诉记录', en: 'Complaint event' }, plural: { zh: '生活服务投诉记录', en: 'Complaint history' } },
  group: { zh: '生活服务', en: 'Life services' },
  description: '每件生活服务投诉的每一步操作，只能追加，任何人不能修改或删除。',
  read: lifeComplaintReaders,
  appendOnlyMessage: '投诉记录只能追加，不能修改或删除',
  link: { name: 'complaint', type: 'relationship', relationTo: 'life-complaints', required: true, index: true, label: { zh: '投诉', en: 'Complaint' }, admin: { readOnly: true } },
  statusOptions: selectOptions(LIFE_COMPLAINT_STATUS_LABELS),
  fields: lifeEventFields({ provider: { zh: '被投诉企业', en: 'Provider' }, resident: { zh: '投诉人', en: 'Complainant' }, system: false }),
})
