import type { Payload, PayloadRequest } from 'payload'

import type { Ticket } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { loadWorkingCalendar } from '../../CalendarDays/load'
import { addWorkingDays, chinaDate, workingDaysBetween } from '../../CalendarDays/workingDays'
import { supervisionSettings } from '../../HotlineSettings'
import { appendTicketEvent } from '../lib/events'
import { handlerUnit, tellUnit, unitAbove, unitName } from './units'

/** States in which the handler owes the next step: dispatched to them, or being handled. */
const WITH_HANDLER = ['dispatched', 'processing']

/** What the sweep did in one run. */
export type SweepFigures = { dueSoon: number; escalated: number; ordersOverdue: number; overdue: number }

const variablesOf = (ticket: Ticket) => ({ number: ticket.number, summary: ticket.summary, dueDate: ticket.dueDate })

/** Escalate an order overdue long enough to the level above: its history says so, the level above is told; once per due date. */
async function escalate(tx: PayloadRequest, ticket: Ticket, overdueDays: number): Promise<boolean> {
  const [unit, above] = [handlerUnit(ticket)!, await unitAbove(tx, ticket)]
  if (!above) return false
  const handler = await unitName(tx, unit)
  if (!(await tellUnit(tx, above, ticket, `${ticket.id}:escalated:${ticket.dueDate}`, 'supervision.escalated', { ...variablesOf(ticket), handler }))) return false
  await appendTicketEvent(tx, ticket, {
    action: 'escalate',
    actionLabel: '超期升级督办',
    fromStatus: ticket.status,
    toStatus: ticket.status,
    note: `超过应办结日期${overdueDays}个工作日，已升级至${await unitName(tx, above)}督办`,
  })
  return true
}

/**
 * One run of 督办, as of `now` (the jobs queue passes the clock's time, so
 * tests can move it): each order with its handler is reminded before its due
 * date and told when it passed, and escalated to the level above after the
 * settings' working days overdue; each open 督办单 past its deadline is told
 * to its handler. Every message is left once per order and due date (the
 * staff message's unique key), each in its own transaction with its SMS.
 */
export async function superviseTickets(payload: Payload, now = new Date()): Promise<SweepFigures> {
  const [calendar, settings] = await Promise.all([loadWorkingCalendar(payload), supervisionSettings(payload)])
  const today = chinaDate(now)
  const remindFrom = addWorkingDays(today, settings.remindDaysBefore, calendar)
  const figures: SweepFigures = { dueSoon: 0, overdue: 0, escalated: 0, ordersOverdue: 0 }
  const { docs } = await payload.find({
    collection: 'tickets',
    where: { and: [{ status: { in: WITH_HANDLER } }, { dueDate: { less_than_equal: remindFrom } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'dueDate',
  })
  for (const ticket of docs) {
    const unit = handlerUnit(ticket)
    if (!unit || !ticket.dueDate) continue
    await withTransaction(payload, async (tx) => {
      if (ticket.dueDate! >= today) {
        if (await tellUnit(tx, unit, ticket, `${ticket.id}:dueSoon:${ticket.dueDate}`, 'supervision.dueSoon', variablesOf(ticket))) figures.dueSoon += 1
        return
      }
      if (await tellUnit(tx, unit, ticket, `${ticket.id}:overdue:${ticket.dueDate}`, 'supervision.overdue', variablesOf(ticket))) figures.overdue += 1
      const overdueDays = workingDaysBetween(ticket.dueDate!, today, calendar)
      if (overdueDays >= settings.escalateAfterDays && (await escalate(tx, ticket, overdueDays))) figures.escalated += 1
    })
  }
  figures.ordersOverdue = await superviseOrders(payload, today)
  return figures
}

/** Open 督办单 past their deadline: told to the handler once, and marked overdue for the list. */
async function superviseOrders(payload: Payload, today: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'supervision-orders',
    where: { and: [{ status: { equals: 'open' } }, { deadline: { less_than: today } }, { overdue: { not_equals: true } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let told = 0
  for (const order of docs) {
    await withTransaction(payload, async (tx) => {
      const ticket = await tx.payload.findByID({ collection: 'tickets', id: String(order.ticket), depth: 0, overrideAccess: true, req: tx })
      const unit = handlerUnit(order)
      await tx.payload.update({ collection: 'supervision-orders', id: order.id, data: { overdue: true }, depth: 0, overrideAccess: true, req: tx, select: { overdue: true } })
      if (unit && (await tellUnit(tx, unit, ticket, `${order.id}:orderOverdue`, 'supervision.orderOverdue', { number: ticket.number, deadline: order.deadline }))) told += 1
    })
  }
  return told
}
