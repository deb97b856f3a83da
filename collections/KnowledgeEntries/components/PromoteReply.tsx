import type { Payload, TypedUser } from 'payload'

import type { Ticket } from '../../../cms/payload-types'
import { isInUserScope } from '../../access'
import { isDesk } from '../../Tickets/access'
import { PromoteButton } from './PromoteButton'

type Props = { data?: Partial<Ticket>; payload: Payload; user?: null | TypedUser }

/**
 * In a work order's sidebar, for desk staff covering it once it has a reply:
 * 转为知识条目 (a draft entry from the reply, POST
 * /api/knowledge-entries/from-ticket/:id), or the entry it already became.
 */
export async function PromoteReply({ data, payload, user }: Props) {
  if (!data?.id || !data.reply || !isDesk(user) || !isInUserScope(user, data.scope)) return null
  const adminRoute = payload.config.routes.admin
  const { docs } = await payload.find({ collection: 'knowledge-entries', where: { fromTicket: { equals: data.id } }, draft: true, depth: 0, limit: 1, pagination: false, select: { title: true } })
  return (
    <div className="field-type">
      <h3>热线知识库</h3>
      {docs[0] ? (
        <a href={`${adminRoute}/collections/knowledge-entries/${docs[0].id}`}>答复已转为知识条目：{docs[0].title}</a>
      ) : (
        <PromoteButton adminRoute={adminRoute} ticketId={String(data.id)} />
      )}
    </div>
  )
}
