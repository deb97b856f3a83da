import type { Payload, TypedUser } from 'payload'

import { CaseQueueTabs } from '../../casework/components/CaseQueueTabs'
import { handlesComplaints } from '../access'
import { lifeComplaintQueues } from '../lib/queues'
import { LIFE_COMPLAINTS } from '../states'

/** The complaint queues with their counts, above the complaints list, for life-services staff. */
export async function LifeComplaintQueueTabs({ payload, user }: { payload: Payload; user?: null | TypedUser }) {
  if (!user || !handlesComplaints(user)) return null
  return <CaseQueueTabs payload={payload} user={user} collection={LIFE_COMPLAINTS} label="投诉队列" allLabel="全部投诉" queues={lifeComplaintQueues()} />
}
