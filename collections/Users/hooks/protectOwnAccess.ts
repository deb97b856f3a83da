import type { CollectionBeforeChangeHook } from 'payload'

import { RequestError } from '../../errors'

const sameRoles = (a: unknown, b: unknown): boolean =>
  JSON.stringify([...((a as string[]) ?? [])].sort()) ===
  JSON.stringify([...((b as string[]) ?? [])].sort())

/**
 * beforeChange: an admin cannot change their own roles or disable their own
 * account, so nobody locks themselves (or the city) out by accident, nor
 * grant themselves the full view of personal data: another admin must.
 */
export const protectOwnAccess: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user || req.user.id !== originalDoc?.id) return data
  const grantsFullView = data.canViewFullPersonalData === true && originalDoc.canViewFullPersonalData !== true
  if (!sameRoles(data.roles, originalDoc.roles) || data.active === false || grantsFullView) {
    throw new RequestError(
      'OWN_ACCESS_PROTECTED',
      '不能修改自己的角色、给自己开通查看完整个人信息，或停用自己的账号，请由其他管理员操作',
      403,
    )
  }
  return data
}
