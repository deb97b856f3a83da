import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { countQueues, type Queue } from '../queues'
import { QueueNav } from './QueueNav'

type Props = {
  /** The last tab, to the whole list. */
  allLabel: string
  collection: CollectionSlug
  label: string
  payload: Payload
  queues: Queue[]
  user: TypedUser
}

/** A kind's queue tabs with their counts above its list: the kind decides who sees them and which queues there are. */
export async function CaseQueueTabs({ allLabel, collection, label, payload, queues, user }: Props) {
  const counted = await countQueues(payload, collection, user, queues)
  return <QueueNav label={label} listUrl={`${payload.config.routes.admin}/collections/${collection}`} queues={[...counted, { key: 'all', label: allLabel }]} />
}
