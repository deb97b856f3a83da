import type { Access } from 'payload'

import { hasRole, type StaffUser, userDivision } from '../access'

/** The official calendar is national: only city-level administrators change it. */
export const isCityAdmin = (user: null | StaffUser | undefined): boolean => hasRole(user, 'admin') && userDivision(user)?.level === 'city'

export const cityAdmins: Access = ({ req: { user } }) => isCityAdmin(user)
