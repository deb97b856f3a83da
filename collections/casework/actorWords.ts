import type { Field, PayloadRequest } from 'payload'

import type { Department, Division, User } from '../../cms/payload-types'
import { isActiveClient, isActiveStaff } from '../access'
import { divisionById } from '../Divisions/lookup'
import { relationId } from '../relations'

/** Who took a step, in words stored on the history entry itself. */
export type ActorWords = { actorName: string; actorUnit: null | string }

/** What the platform itself is called in a history. */
export const PLATFORM_NAME = '系统'

/** Shown for entries written before names were stored on them: the name at the time is not known. */
const NOT_RECORDED = '未记录'

type Named = { collection?: string; id?: number | string; name?: null | string; username?: null | string }

/** The name of a signed-in staff member or API client, or the platform's when nobody is signed in. */
export function nameOf(user: Named | null | undefined): string {
  if (!user) return PLATFORM_NAME
  return user.name || user.username || String(user.id)
}

type Staff = Pick<User, 'department' | 'division' | 'name'> & Named

/** A staff member's unit: their department, or when they work for none, their division (street, community…). */
async function unitOf(req: PayloadRequest, user: Staff): Promise<null | string> {
  const department = user.department as Department | null | string | undefined
  if (department && typeof department === 'object') return department.name
  if (department) {
    const found = await req.payload.findByID({ collection: 'departments', id: department, depth: 0, select: { name: true }, req, disableErrors: true })
    if (found) return found.name
  }
  const division = user.division as Division | null | string | undefined
  if (division && typeof division === 'object') return division.name
  const id = relationId(division)
  return id === undefined ? null : ((await divisionById(req, id))?.name ?? null)
}

/** Name and unit of the staff member with this id, as they are now (the step is taken now). */
export async function staffWords(req: PayloadRequest, userId: number | string): Promise<ActorWords> {
  const current = req.user as (Named & Staff) | null
  const user =
    current?.collection === 'users' && String(current.id) === String(userId)
      ? current
      : await req.payload.findByID({ collection: 'users', id: userId, depth: 0, select: { name: true, username: true, department: true, division: true }, req, disableErrors: true })
  if (!user) return { actorName: NOT_RECORDED, actorUnit: null }
  return { actorName: nameOf(user), actorUnit: await unitOf(req, user) }
}

/** Who is acting on this request, in words: a staff member with their unit, another system by its name, or the platform. */
export async function requestActorWords(req: PayloadRequest): Promise<ActorWords> {
  const { user } = req
  if (isActiveStaff(user)) return staffWords(req, user.id!)
  if (isActiveClient(user)) return { actorName: nameOf(user as Named), actorUnit: null }
  return { actorName: PLATFORM_NAME, actorUnit: null }
}

/**
 * The actor's name and unit on a history entry, written with it: a reader
 * sees who took the step without reading staff accounts (which only
 * administrators may). Entries from before these fields read 未记录.
 */
export const actorWordFields: Field[] = [
  {
    name: 'actorName',
    type: 'text',
    label: { zh: '操作人', en: 'By' },
    admin: { readOnly: true },
    hooks: { afterRead: [({ value }) => value || NOT_RECORDED] },
  },
  { name: 'actorUnit', type: 'text', label: { zh: '所在单位', en: 'Unit' }, admin: { readOnly: true } },
]
