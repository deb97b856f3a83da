import type { PayloadRequest } from 'payload'

import type { ApiClient } from '../../cms/payload-types'
import { isActiveClient } from '../access'
import { nameOf } from '../casework/actorWords'
import { RequestError, tooManyRequests } from '../errors'
import { relationId } from '../relations'
import { countApiCall } from './hooks'

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

/**
 * The calling department system: an enabled API client granted its
 * department's applications (`applications`, bound to a department), for
 * reading, or with `write` for taking actions; else a 401 or 403. Counted
 * against the client's per-minute limit.
 */
export async function departmentSystemClient(req: PayloadRequest, { write }: { write: boolean }) {
  const client = req.user
  if (!isActiveClient(client)) throw new RequestError('UNAUTHENTICATED', '请用部门业务系统的 API 密钥调用（Authorization: api-clients API-Key …）', 401)
  const department = relationId(client.department)
  if (!client.collections?.includes('applications') || department === undefined) throw new RequestError('FORBIDDEN', '这个 API 密钥没有办理本部门申请的权限', 403)
  if (write && client.mode !== 'readWrite') throw new RequestError('FORBIDDEN', '这个 API 密钥只能读取，不能办理', 403)
  const decision = await countApiCall(req.payload, client)
  if (!decision.allowed) throw tooManyRequests(req, 'RATE_LIMITED', '调用太频繁，请稍后再试', decision.retryAfterSeconds)
  return { id: client.id!, name: nameOf(client), department: String(department) }
}
