import type { CollectionBeforeOperationHook } from 'payload'

import { RequestError } from '../../errors'

/**
 * beforeOperation: accounts are created by an admin, by the start script, or
 * through the one-time setup link, never by an anonymous request. This closes
 * Payload's built-in "create first user" endpoint, which would otherwise let
 * whoever reaches a fresh server first become its administrator.
 */
export const refuseAnonymousSignUp: CollectionBeforeOperationHook = ({ operation, req }) => {
  if (operation === 'create' && !req.user && req.payloadAPI !== 'local') {
    throw new RequestError(
      'SIGN_UP_CLOSED',
      '账号只能由管理员创建；首个管理员请使用启动时显示的一次性设置链接创建',
      403,
    )
  }
}
