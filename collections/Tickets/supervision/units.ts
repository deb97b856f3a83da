import type { PayloadRequest, Where } from 'payload'

import type { Ticket } from '../../../cms/payload-types'
import { parseDivisionCode } from '../../Divisions/code'
import { deliverOnCommit } from '../../Notifications/deliver'
import { queueMessage } from '../../Notifications/queue'
import { renderMessage } from '../../Notifications/templates'
import type { MessageEvent } from '../../SmsTemplates/events'
import { leaveStaffMessage, type StaffUnit } from '../../StaffMessages'
import { relationId } from '../../relations'

/** The unit handling an order: its department, or its street or community; null while undispatched. */
export function handlerUnit(ticket: Pick<Ticket, 'assignee'>): null | StaffUnit {
  const department = relationId(ticket.assignee?.department as never)
  if (department != null) return { department }
  return ticket.assignee?.divisionCode ? { divisionCode: ticket.assignee.divisionCode } : null
}

/** The deepest code of a division path. */
const deepestCode = (scope: null | Partial<Record<'city' | 'community' | 'district' | 'street', null | string>> | undefined): null | string =>
  scope?.community ?? scope?.street ?? scope?.district ?? scope?.city ?? null

/**
 * The level above the handler, who supervises an overdue order: a
 * community's street, a street's district, a district's city; a
 * department's own government (a district's departments: the district's
 * desk; the city's: the city desk).
 */
export async function unitAbove(req: PayloadRequest, ticket: Pick<Ticket, 'assignee'>): Promise<null | StaffUnit> {
  const unit = handlerUnit(ticket)
  if (!unit) return null
  if ('divisionCode' in unit) {
    const parent = parseDivisionCode(unit.divisionCode).parentCode
    return parent ? { divisionCode: parent } : null
  }
  const department = await req.payload.findByID({ collection: 'departments', id: unit.department, depth: 0, select: { scope: true }, req, disableErrors: true })
  const code = deepestCode(department?.scope)
  return code ? { divisionCode: code } : null
}

/** A unit's name in words: the department's, or the division's. */
export async function unitName(req: PayloadRequest, unit: StaffUnit): Promise<string> {
  if ('department' in unit) {
    const department = await req.payload.findByID({ collection: 'departments', id: unit.department, depth: 0, select: { name: true }, req, disableErrors: true })
    return department?.name ?? ''
  }
  const { docs } = await req.payload.find({ collection: 'divisions', where: { code: { equals: unit.divisionCode } }, depth: 0, limit: 1, select: { name: true }, req })
  return docs[0]?.name ?? unit.divisionCode
}

const MOBILE = /^1[3-9]\d{9}$/

/** The mobile phones of a unit's active staff who read its messages (ownUnitWhere), from their accounts' 办公电话 when it is a mobile: where SMS reminders go. */
async function unitPhones(req: PayloadRequest, unit: StaffUnit): Promise<string[]> {
  let where: Where = { department: { equals: 'department' in unit ? unit.department : null } }
  if ('divisionCode' in unit) {
    const { docs } = await req.payload.find({ collection: 'divisions', where: { code: { equals: unit.divisionCode } }, depth: 0, limit: 1, select: { code: true }, req })
    if (!docs[0]) return []
    where = { and: [{ division: { equals: docs[0].id } }, { or: [{ department: { exists: false } }, { roles: { in: ['agent', 'admin'] } }] }] }
  }
  const { docs } = await req.payload.find({ collection: 'users', where: { and: [where, { active: { not_equals: false } }] }, depth: 0, pagination: false, overrideAccess: true, select: { phone: true }, req })
  return [...new Set(docs.map((user) => user.phone?.trim() ?? '').filter((phone) => MOBILE.test(phone)))]
}

/**
 * Tell a unit about an order, once per `key`: a staff message (站内信) and an
 * SMS to each of its staff's mobiles, from the message templates, in the
 * caller's transaction. False when it was already told.
 */
export async function tellUnit<E extends MessageEvent>(
  req: PayloadRequest,
  unit: StaffUnit,
  ticket: Pick<Ticket, 'id' | 'scope'>,
  key: string,
  event: E,
  variables: Parameters<typeof renderMessage<E>>[2],
): Promise<boolean> {
  const { subject, text } = await renderMessage(req, event, variables)
  if (!(await leaveStaffMessage(req, unit, { key, subject, text, ticket: ticket.id }))) return false
  let queued = false
  for (const phone of await unitPhones(req, unit)) {
    queued = (await queueMessage(req, { ticket: ticket.id, scope: ticket.scope }, { subject, message: text, phone }, 'staff')) || queued
  }
  if (queued) deliverOnCommit(req)
  return true
}
