import type { Endpoint, PayloadRequest } from 'payload'

import type { Provider } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { hasRole, scopeWhere } from '../../access'
import { RequestError } from '../../errors'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled } from '../../endpoints/respond'
import { LIFE_MANAGER_ROLES } from '../../lifeServices/access'
import { takeProviderAction } from '../lib/transition'
import { PROVIDER_STATUS_LABELS, PROVIDERS } from '../states'
import { isProviderAction, PROVIDER_ACTIONS } from '../workflow'

/** Whether a provider with this id is registered in the signed-in life-services staff member's subtree. */
async function inStaffScope(req: PayloadRequest, id: string): Promise<boolean> {
  const scope = scopeWhere(req.user)
  if (!scope || !id) return false
  const { totalDocs } = await req.payload.count({ collection: PROVIDERS, where: { and: [{ id: { equals: id } }, scope] }, req })
  return totalDocs === 1
}

/**
 * `POST /api/providers/:id/actions` with `{ action, note }`: one step in a
 * provider's standing (审核通过, 退回补正, 不予通过, 警告, 暂停接单, 恢复接单,
 * 清退), for life-services staff whose division covers the provider. The
 * provider's own accounts and every other role are refused: a firm never
 * changes its own standing here.
 */
export const providerActionEndpoint: Endpoint = {
  path: '/:id/actions',
  method: 'post',
  handler: handled(async (req) => {
    if (!hasRole(req.user, ...LIFE_MANAGER_ROLES)) throw new RequestError('FORBIDDEN', '只有生活服务监管人员可以审核和处理加盟企业', 403)
    const body = await readBody(req)
    const errors: FieldError[] = []
    const action = textField(body.fields, 'action', errors, 40)
    const note = textField(body.fields, 'note', errors, 2000)
    assertWellFormed(errors)
    if (!isProviderAction(action) || PROVIDER_ACTIONS[action].by !== 'city') throw new RequestError('UNKNOWN_ACTION', '没有这个加盟企业操作', 400)
    const id = String(req.routeParams?.id ?? '')
    if (!(await inStaffScope(req, id))) throw new RequestError('NOT_FOUND', '没有找到这家企业，或它不在您负责的辖区内', 404)
    const updated = await withTransaction(
      req.payload,
      async (tx) => {
        const current = (await tx.payload.findByID({ collection: PROVIDERS, id, depth: 0, overrideAccess: true, req: tx })) as Provider
        return takeProviderAction(tx, current, action, { side: 'city' }, note)
      },
      req,
    )
    return answer(req, { id: updated.id, status: updated.status, statusLabel: PROVIDER_STATUS_LABELS[updated.status] })
  }),
}
