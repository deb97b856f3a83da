import type { CollectionBeforeLoginHook } from 'payload'

import { RequestError } from '../../errors'

import { resolvePlatformMode } from '../../../cms/config/mode'

/** beforeLogin: disabled accounts, and demo accounts outside demo mode, cannot sign in. */
export const refuseInactiveLogin: CollectionBeforeLoginHook = ({ user }) => {
  if (user.active === false) {
    throw new RequestError('ACCOUNT_DISABLED', '该账号已停用，请联系管理员', 403)
  }
  if (user.isDemo && resolvePlatformMode() !== 'demo') {
    throw new RequestError('DEMO_ACCOUNT_DISABLED', '演示账号仅在演示模式下可用', 403)
  }
  return user
}
