import type { Access, Where } from 'payload'

import { hasRole, scopeWhere, type StaffUser, userDivision } from '../access'
import { relationId } from '../relations'

/** The hotline desk: agents who take calls and messages, and admins for oversight. */
export const DESK_ROLES = ['agent', 'admin'] as const
/** Department and street case workers, who handle the orders dispatched to them. */
const HANDLER_ROLES = ['reviewer'] as const

export const isDesk = (user: null | StaffUser | undefined): boolean => hasRole(user, ...DESK_ROLES)

/**
 * The orders dispatched to this case worker: their department's, or when
 * their account names no department, their own street's or community's.
 * Being dispatched an order is what grants seeing it (a mis-dispatched one
 * too, so that it can be returned). `prefix` reaches the order from a
 * record about it (its history).
 */
export function handlerWhere(user: null | StaffUser | undefined, prefix = ''): false | Where {
  if (!hasRole(user, ...HANDLER_ROLES)) return false
  const department = relationId(user?.department)
  if (department) return { [`${prefix}assignee.department`]: { equals: department } }
  const division = userDivision(user)
  return division ? { [`${prefix}assignee.divisionCode`]: { equals: division.code } } : false
}

/** Desk staff see the orders concerning their division subtree; handlers those dispatched to them. */
export function ticketReadWhere(user: null | StaffUser | undefined, handlerPrefix = ''): false | Where {
  const desk = isDesk(user) ? scopeWhere(user) : false
  const handler = handlerWhere(user, handlerPrefix)
  if (desk && handler) return { or: [desk, handler] }
  return desk || handler
}

export const ticketReaders: Access = ({ req: { user } }) => ticketReadWhere(user)

/** Desk staff write orders in their subtree (the workflow fields only through actions). */
export const deskInScope: Access = ({ req: { user } }) => (isDesk(user) ? scopeWhere(user) : false)

/** Whether this order is dispatched to this case worker (as handlerWhere decides for lists). */
export function isHandlerOf(user: null | StaffUser | undefined, ticket: { assignee?: null | { department?: unknown; divisionCode?: null | string } }): boolean {
  if (!hasRole(user, ...HANDLER_ROLES)) return false
  const department = relationId(user?.department)
  if (department) return String(relationId(ticket.assignee?.department as never)) === String(department)
  return Boolean(ticket.assignee?.divisionCode && ticket.assignee.divisionCode === userDivision(user)?.code)
}
