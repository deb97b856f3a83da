import type { Access, CollectionConfig, Field, Option, SingleRelationshipField } from 'payload'

import { nobody } from '../access'
import { appendOnlyHooks } from '../hooks/appendOnly'
import { actorWordFields } from './actorWords'
import type { CaseEventCollection } from './history'

/**
 * The fields every history entry has, between the link to its case and the
 * acting party: the step, its states (in the kind's words), the note, who
 * in words, and for programs the account.
 */
const caseEventFields = (statusOptions: Option[]): Field[] => [
  { name: 'action', type: 'text', required: true, index: true, label: { zh: '操作代码', en: 'Action' } },
  { name: 'actionLabel', type: 'text', required: true, label: { zh: '操作', en: 'Action' } },
  { name: 'fromStatus', type: 'select', options: statusOptions, label: { zh: '原状态', en: 'From' } },
  { name: 'toStatus', type: 'select', required: true, options: statusOptions, label: { zh: '新状态', en: 'To' } },
  { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
  ...actorWordFields,
  // For programs; the admin shows the words above (case workers and handlers may not read staff accounts).
  { name: 'actor', type: 'relationship', relationTo: 'users', label: { zh: '操作人账号', en: 'Account' }, admin: { hidden: true } },
]

type CaseEventsConfig = {
  slug: CaseEventCollection
  labels: CollectionConfig['labels']
  group: { en: string; zh: string }
  /** What the list says about the history, in Chinese. */
  description: string
  read: Access
  /** The refusal of any change or deletion. */
  appendOnlyMessage: string
  /** The link to the case: the first field and the second column. */
  link: SingleRelationshipField
  statusOptions: Option[]
  /** After the common fields: the acting party, the scope. */
  fields: Field[]
}

/**
 * A kind's history collection (history.ts appends to it): every entry is
 * written by the platform and never changed or deleted, even by code that
 * bypasses access control.
 */
export const caseEventCollection = ({ appendOnlyMessage, description, fields, group, labels, link, read, slug, statusOptions }: CaseEventsConfig): CollectionConfig => ({
  slug,
  labels,
  admin: {
    group,
    useAsTitle: 'actionLabel',
    defaultColumns: ['createdAt', link.name, 'actionLabel', 'fromStatus', 'toStatus', 'actorName', 'actorUnit'],
    description: { zh: description, en: 'Append-only.' },
  },
  defaultSort: '-createdAt',
  access: { read, create: nobody, update: nobody, delete: nobody },
  hooks: appendOnlyHooks(appendOnlyMessage),
  fields: [link, ...caseEventFields(statusOptions), ...fields],
})
