import type { Access, Where } from 'payload'

import { hasRole, type StaffUser } from '../../access'

/** The collection signed-in residents come from. */
export const RESIDENTS = 'residents'

/** A signed-in resident (their own auth collection, never staff). */
export const isResident = (user: null | StaffUser | undefined): user is StaffUser & { id: number | string } =>
  Boolean(user && user.collection === RESIDENTS && user.id !== undefined)

/** Residents' accounts hold phones and ID numbers: only administrators read them at all (least privilege). */
export const adminsOnly: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** A filter no document matches. */
const NO_DOCUMENT: Where = { id: { exists: false } }

/**
 * Cases (applications, work orders) over Payload's own routes: staff as
 * `staffRule` says; a resident finds no case there, their own included, so
 * anyone's case by id is 404 to them (their own come through 我的's
 * endpoints, which show what a resident may see); anyone else is refused as before.
 */
export const notFoundForResidents =
  (staffRule: Access): Access =>
  (args) =>
    isResident(args.req.user) ? NO_DOCUMENT : staffRule(args)
