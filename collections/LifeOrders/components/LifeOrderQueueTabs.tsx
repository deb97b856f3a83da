import type { Payload, TypedUser } from 'payload'

import { hasRole } from '../../access'
import { CaseQueueTabs } from '../../casework/components/CaseQueueTabs'
import { LIFE_ORDER_STAFF_ROLES } from '../access'
import { lifeOrderQueues } from '../lib/queues'
import { LIFE_ORDERS } from '../states'

/** The order queues with their counts in the viewer's division, above the orders list, for desk staff. */
export async function LifeOrderQueueTabs({ payload, user }: { payload: Payload; user?: null | TypedUser }) {
  if (!user || !hasRole(user, ...LIFE_ORDER_STAFF_ROLES)) return null
  return <CaseQueueTabs payload={payload} user={user} collection={LIFE_ORDERS} label="订单队列" allLabel="全部订单" queues={lifeOrderQueues()} />
}
