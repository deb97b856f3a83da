import type { TypedUser } from 'payload'

import type { LifeOrder } from '../../../cms/payload-types'
import { hasRole, isInUserScope, type StaffUser } from '../../access'
import type { ActionInput } from '../../casework/components/ActionButtons'
import { actionButton, CaseStatusBox } from '../../casework/components/CaseStatusBox'
import { RATING_LABELS } from '../../casework/satisfaction'
import { LIFE_ORDER_STAFF_ROLES } from '../access'
import { LIFE_ORDER_STATUS_LABELS } from '../states'
import { LIFE_ORDER_ACTIONS, type LifeOrderAction, type LifeOrderActionDefinition, lifeOrderActionsFor } from '../workflow'

type Props = { data?: Partial<LifeOrder>; user?: null | TypedUser }

const ratingOptions = Object.entries(RATING_LABELS)
  .reverse()
  .map(([value, label]) => ({ value, label }))

/** The call-back's two ratings (the worker's only when the order had one, as the endpoint asks) and the caller's words. */
const ratingInputs = (order: Partial<LifeOrder>): ActionInput[] => [
  { kind: 'select', name: 'level', label: '来电人对服务的评价', required: true, options: ratingOptions },
  ...(order.worker ? [{ kind: 'select', name: 'workerLevel', label: '来电人对服务人员的评价', required: true, options: ratingOptions } as const] : []),
  { kind: 'text', name: 'comment', label: '来电人的评价意见' },
]

/**
 * Top of a life-service order in the admin: where it stands and, for desk
 * staff in its division, the desk's steps (回访, 代为取消) as buttons. The
 * endpoint checks the side and the division again; the history is below.
 */
export function LifeOrderWorkflow({ data, user }: Props) {
  if (!data?.id || !data.status) return null
  const desk = hasRole(user, ...LIFE_ORDER_STAFF_ROLES) && isInUserScope(user as StaffUser, data.scope)
  const button = (action: LifeOrderAction) => {
    const definition: LifeOrderActionDefinition = LIFE_ORDER_ACTIONS[action]
    return actionButton(action, definition, '说明', definition.needs === 'satisfaction' ? ratingInputs(data) : undefined)
  }
  const actions = desk ? lifeOrderActionsFor('desk', data.status).map(button) : []
  return (
    <CaseStatusBox
      headingId="life-order-workflow-heading"
      statusLabel={LIFE_ORDER_STATUS_LABELS[data.status]}
      clock={{ running: false }}
      actions={actions}
      endpoint={`/api/life-orders/${data.id}/actions`}
      groupLabel="订单操作"
      emptyText="这张订单没有您可以进行的操作。"
    />
  )
}
