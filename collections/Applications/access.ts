import type { Access, Where } from 'payload'

import { hasRole, scopeWhere, type StaffUser } from '../access'
import { relationId } from '../relations'

/** Staff who handle applications: reviewers, and admins for oversight. */
export const HANDLING_ROLES = ['reviewer', 'admin'] as const

/**
 * The row filter for a case worker: applications in their division subtree,
 * and only their own department's when their account names one. The files,
 * history and notifications of an application carry the same two fields, so
 * one rule serves all four collections.
 */
export function caseScopeWhere(user: null | StaffUser | undefined): false | Where {
  if (!hasRole(user, ...HANDLING_ROLES)) return false
  const division = scopeWhere(user)
  if (!division) return false
  const department = relationId(user?.department)
  return department ? { and: [division, { department: { equals: department } }] } : division
}

export const caseWorkersInScope: Access = ({ req: { user } }) => caseScopeWhere(user)
