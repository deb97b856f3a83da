import type { Access, CollectionConfig, PayloadRequest, Where } from 'payload'

import { ValidationError } from 'payload'

import { hasRole, isActiveStaff, nobody, userDivision } from '../access'
import { relationId } from '../relations'

/** A unit staff messages go to: a department, or a division (street, community, district or city) by its code. */
export type StaffUnit = { department: number | string } | { divisionCode: string }

/** Staff who read their division's messages though they work for a department: the desk, which supervises the level below. */
const DIVISION_READERS = ['agent', 'admin'] as const

/**
 * Whose messages a staff member reads: those to their department, and those
 * to their own division when their account names no department or they are
 * its desk (agents, administrators). Nobody reads another unit's inbox.
 */
export function ownUnitWhere(user: Parameters<typeof userDivision>[0]): false | Where {
  if (!isActiveStaff(user)) return false
  const department = relationId(user.department)
  const division = userDivision(user)
  const mine: Where[] = []
  if (department) mine.push({ department: { equals: department } })
  if (division && (!department || hasRole(user, ...DIVISION_READERS))) mine.push({ divisionCode: { equals: division.code } })
  return mine.length ? { or: mine } : false
}

const ownMessages: Access = ({ req: { user } }) => ownUnitWhere(user)

/**
 * 站内信: the platform's messages to staff — a due date coming, an order
 * overdue or escalated, a 督办单 — addressed to a unit, read in the admin.
 * Written only by the platform, once per `key` (a unique index), so a sweep
 * that runs twice never says the same thing twice.
 */
export const StaffMessages: CollectionConfig = {
  slug: 'staff-messages',
  labels: {
    singular: { zh: '站内信', en: 'Staff message' },
    plural: { zh: '站内信', en: 'Staff messages' },
  },
  admin: {
    group: { zh: '热线', en: 'Hotline' },
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'subject', 'ticket'],
    description: { zh: '平台发给本单位的提醒：工单即将到期、已超期、超期升级和督办单。', en: 'Reminders to your unit.' },
  },
  defaultSort: '-createdAt',
  access: { read: ownMessages, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'subject', type: 'text', required: true, label: { zh: '标题', en: 'Subject' } },
    { name: 'text', type: 'textarea', required: true, label: { zh: '内容', en: 'Text' } },
    { name: 'ticket', type: 'relationship', relationTo: 'tickets', label: { zh: '工单', en: 'Work order' } },
    { name: 'department', type: 'relationship', relationTo: 'departments', index: true, label: { zh: '收件部门', en: 'Department' } },
    { name: 'divisionCode', type: 'text', index: true, label: { zh: '收件区划代码', en: 'Division code' } },
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
  ],
}

/**
 * Leave one message for `unit`, in the caller's transaction; false when a
 * message with this `key` was already left (then the caller sends nothing
 * else either: it is the same event).
 */
export async function leaveStaffMessage(req: PayloadRequest, unit: StaffUnit, message: { key: string; subject: string; text: string; ticket?: number | string }): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: 'staff-messages', where: { key: { equals: message.key } }, req })
  if (totalDocs) return false
  try {
    await req.payload.create({ collection: 'staff-messages', data: { ...message, ...unit } as never, req, depth: 0, select: { key: true } })
    return true
  } catch (error) {
    // Another process left it first (the unique key).
    if (error instanceof ValidationError) return false
    throw error
  }
}
