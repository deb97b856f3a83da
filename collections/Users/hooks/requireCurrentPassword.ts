import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { passwordMatches } from '../lib/passwords'

/**
 * beforeChange: changing one's own password needs the current one (the
 * virtual field `currentPassword`), so a session left open or stolen cannot
 * take the account over. An administrator setting another account's
 * password needs only their own session.
 */
export const requireCurrentPassword: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const changingOwn = operation === 'update' && typeof data.password === 'string' && data.password !== '' && req.user?.id === originalDoc?.id
  if (!changingOwn) return data
  const current: unknown = data.currentPassword
  // The stored hash and salt, which the operation's own documents leave out.
  const stored: unknown = await req.payload.db.findOne({ collection: 'users', where: { id: { equals: originalDoc.id } }, req })
  if (typeof current !== 'string' || !current || !(await passwordMatches((stored ?? {}) as { hash?: unknown; salt?: unknown }, current))) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'currentPassword', message: current ? '当前密码不正确' : '修改自己的密码，请先填写当前密码' }],
      req,
    })
  }
  return data
}
