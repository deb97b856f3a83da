import type { PayloadRequest } from 'payload'

import type { ApiClient } from '../../cms/payload-types'
import { isActiveClient } from '../access'
import { RequestError } from '../errors'

/** What a gateway may do, by the grant it needs: creating work orders, or reporting SMS delivery. */
const GATEWAY_GRANTS = {
  tickets: '这个 API 密钥没有创建工单的权限',
  notifications: '这个 API 密钥没有报告短信送达状态的权限',
} as const

/** The calling gateway: an enabled API client granted `grant` for writing, else a 401 or 403. */
export function gatewayClient(req: PayloadRequest, grant: keyof typeof GATEWAY_GRANTS) {
  const client = req.user
  if (!isActiveClient(client)) throw new RequestError('UNAUTHENTICATED', '请用接入系统的 API 密钥调用（Authorization: api-clients API-Key …）', 401)
  if (!client.collections?.includes(grant) || client.mode !== 'readWrite') throw new RequestError('FORBIDDEN', GATEWAY_GRANTS[grant], 403)
  return client as typeof client & Pick<ApiClient, 'division'>
}
