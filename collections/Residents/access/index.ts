import type { Access } from 'payload'

import { hasRole, type StaffUser } from '../../access'

/** The collection signed-in residents come from. */
export const RESIDENTS = 'residents'

/** A signed-in resident (their own auth collection, never staff). */
export const isResident = (user: null | StaffUser | undefined): user is StaffUser & { id: number | string } =>
  Boolean(user && user.collection === RESIDENTS && user.id !== undefined)

/** Residents' accounts hold phones and ID numbers: only administrators read them at all (least privilege). */
export const adminsOnly: Access = ({ req: { user } }) => hasRole(user, 'admin')
