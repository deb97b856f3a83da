import { resolvePlatformMode } from '../../cms/config/mode'
import type { DivisionPath } from '../Divisions/code'

export const ROLES = ['admin', 'editor', 'reviewer', 'agent', 'registrar', 'lifeManager', 'communityWorker'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { en: string; zh: string }> = {
  admin: { en: 'Administrator', zh: '系统管理员' },
  editor: { en: 'Editor', zh: '内容编辑' },
  reviewer: { en: 'Reviewer', zh: '审核人员' },
  agent: { en: 'Hotline agent', zh: '热线坐席' },
  registrar: { en: 'Registrar', zh: '人口信息登记员' },
  lifeManager: { en: 'Life services manager', zh: '生活服务监管' },
  communityWorker: { en: 'Community worker', zh: '社区工作者' },
}

/**
 * The parts of a signed-in staff member that access rules read. Access rules
 * take this shape rather than the generated User type so they stay usable from
 * any collection without an import cycle.
 */
export type StaffUser = {
  active?: boolean | null
  canViewFullPersonalData?: boolean | null
  /** Another system's API client (collections api-clients): what it may reach and how. */
  collections?: null | readonly string[]
  collection?: string
  mode?: 'read' | 'readWrite' | null
  personalData?: 'full' | 'masked' | null
  rateLimitPerMinute?: null | number
  /** The handling department, for staff who work for one. */
  department?: { id: number | string } | number | string | null
  id?: number | string
  isDemo?: boolean | null
  roles?: null | readonly string[]
  scope?: null | Partial<DivisionPath>
}

/** Demo accounts may only act while the platform runs in demo mode. */
const demoAccountsAllowed = (): boolean => resolvePlatformMode() === 'demo'

/** A staff member who may act at all: signed in, not disabled, not a stale demo account. */
export function isActiveStaff(user: null | StaffUser | undefined): user is StaffUser {
  if (!user || user.collection !== 'users') return false
  if (user.active === false) return false
  if (user.isDemo && !demoAccountsAllowed()) return false
  return true
}

/** Another government system calling with its API key, while its client is enabled. */
export function isActiveClient(user: null | StaffUser | undefined): user is StaffUser {
  return Boolean(user && user.collection === 'api-clients' && user.active !== false)
}

export function hasRole(user: null | StaffUser | undefined, ...roles: Role[]): boolean {
  return isActiveStaff(user) && roles.some((role) => user.roles?.includes(role))
}
