import type { CollectionBeforeChangeHook, FlattenedField, PayloadRequest } from 'payload'

import type { Ticket } from '../../../cms/payload-types'
import type { AuditChange } from '../../AuditLog/actions'
import { RequestError } from '../../errors'
import { describeChanges } from '../../privacy/auditHooks'
import { relationId } from '../../relations'
import { appendTicketEvent } from '../lib/events'
import { isFinishedTicket, TICKET_STATUS_LABELS } from '../states'

/** Set on `req.context` by the workflow (lib/transition.ts) for the writes it makes. */
export const TICKET_WORKFLOW_CONTEXT = 'ticketWorkflow'

/** Shown instead of the caller's details when the caller asked to stay anonymous to handlers (who read the history). */
const CONFIDENTIAL = '（保密）'
const EMPTY = '（空）'
/** Relations whose title is personal: the history says a link changed, not to whom. */
const PERSONAL_COLLECTIONS = new Set(['persons'])

/** The field at a dotted path (groups only: an order has no arrays). */
function fieldAt(fields: FlattenedField[], path: string): FlattenedField | undefined {
  const [name, ...rest] = path.split('.')
  const field = fields.find((each) => each.name === name)
  if (!field || rest.length === 0) return field
  return field.type === 'group' ? fieldAt(field.flattenedFields, rest.join('.')) : undefined
}

/** A relation's title in words (a division's full name, a guide's title). */
async function relationTitle(req: PayloadRequest, collection: string, id: number | string): Promise<string> {
  if (PERSONAL_COLLECTIONS.has(collection)) return '（已关联）'
  const config = req.payload.collections[collection as 'divisions']?.config
  const title = config?.admin?.useAsTitle ?? 'id'
  const doc = await req.payload.findByID({ collection: collection as 'divisions', id, depth: 0, req, disableErrors: true })
  const value = (doc as null | Record<string, unknown>)?.[title]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : String(id)
}

/** One old or new value as a reader understands it: an option's label, a relation's title, 是/否. */
async function valueInWords(req: PayloadRequest, field: FlattenedField | undefined, value: unknown): Promise<string> {
  if (value === null || value === undefined || value === '') return EMPTY
  if (field?.type === 'select') {
    const option = field.options.find((each) => (typeof each === 'string' ? each : each.value) === value)
    const label = typeof option === 'object' ? option.label : undefined
    return typeof label === 'string' ? label : label && typeof label === 'object' && 'zh' in label ? String(label.zh) : String(value)
  }
  if (field?.type === 'relationship' && typeof field.relationTo === 'string') return relationTitle(req, field.relationTo, relationId(value as never)!)
  if (typeof value === 'boolean') return value ? '是' : '否'
  return String(value)
}

/** The changes as one note: each field's label, old and new value (the caller's hidden when confidential). */
async function changesInWords(req: PayloadRequest, fields: FlattenedField[], changes: AuditChange[], confidential: boolean): Promise<string> {
  const lines = await Promise.all(
    changes.map(async ({ field, from, label, to }) => {
      if (confidential && field.startsWith('caller.')) return `${label}：${CONFIDENTIAL}`
      const definition = fieldAt(fields, field)
      return `${label}：“${await valueInWords(req, definition, from)}”改为“${await valueInWords(req, definition, to)}”`
    }),
  )
  return lines.join('\n')
}

/**
 * A work order changes through its workflow; an agent may still correct
 * what was taken down (a typo in the summary, the kind, the place) while the
 * order is open, and every such correction is appended to its history —
 * who, when, each field's old and new value — so the handler sees what
 * changed. Once the order is closed, merged or called back, the reply and
 * the caller's rating rest on it: any write outside the workflow is refused,
 * access control bypassed or not.
 */
export const recordEditsOutsideWorkflow: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc || req.context[TICKET_WORKFLOW_CONTEXT] === true) return data
  const ticket = originalDoc as Ticket
  if (isFinishedTicket(ticket.status)) {
    throw new RequestError('TICKET_FINISHED', `工单${TICKET_STATUS_LABELS[ticket.status]}，不能再修改；需要补充的情况请新建工单`, 403)
  }
  const changes = describeChanges(collection.flattenedFields, originalDoc, data)
  if (changes.length === 0) return data
  const confidential = Boolean(ticket.caller?.confidential || data.caller?.confidential)
  await appendTicketEvent(req, ticket, {
    action: 'edit',
    actionLabel: '修改工单信息',
    fromStatus: ticket.status,
    toStatus: ticket.status,
    note: await changesInWords(req, collection.flattenedFields, changes, confidential),
  })
  return data
}
