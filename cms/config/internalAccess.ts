import type { Access, SanitizedConfig } from 'payload'

import { hasRole, isActiveStaff } from '../../collections/access'

/**
 * Payload's own collections behind the admin (document locks, screen
 * preferences) let anyone signed in read and write them, whichever
 * collection they signed in from. Residents and other systems sign in too,
 * so these are for active staff only: a resident must not see who edits
 * what, nor lock a record against staff.
 */
const ADMIN_ONLY_COLLECTIONS = ['payload-locked-documents', 'payload-preferences']
const OPERATIONS = ['create', 'read', 'update', 'delete'] as const

const staffOnly =
  (granted: Access | undefined): Access =>
  (args) =>
    isActiveStaff(args.req.user) && (granted ? granted(args) : true)

/** Only administrators run, queue or cancel jobs over HTTP (Payload's default: anyone signed in). */
const administrators = ({ req }: { req: { user?: unknown } }): boolean => hasRole(req.user as never, 'admin')

export function withStaffOnlyInternals(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections.filter(({ slug }) => ADMIN_ONLY_COLLECTIONS.includes(slug))) {
    for (const operation of OPERATIONS) collection.access[operation] = staffOnly(collection.access[operation])
  }
  config.jobs.access = { ...config.jobs.access, run: administrators, queue: administrators, cancel: administrators }
  return config
}
