import type { TypedUser } from 'payload'

import type { Ticket } from '../../../../cms/payload-types'
import { isInUserScope } from '../../../access'
import { isDesk } from '../../../Tickets/access'
import { withoutPersonalNumbers } from '../../../Tickets/web/similarity'
import { PUBLISHABLE_KINDS, unpublishableReason } from '../answers'
import { PublishAnswerForm } from './PublishAnswerForm'

type Props = { data?: Partial<Ticket>; user?: null | TypedUser }

/**
 * In the sidebar of a 建议 or 咨询, for desk staff covering it: 答复公开 —
 * why it cannot be published yet, or the public wording of the question and
 * the reply to check (names and places a sender wrote are only taken out by
 * reading them) and publish on the portal's /answers/, or withdraw.
 */
export function PublishAnswer({ data, user }: Props) {
  if (!data?.id || !data.kind || !PUBLISHABLE_KINDS.includes(data.kind) || !isDesk(user) || !isInUserScope(user, data.scope)) return null
  const reason = unpublishableReason(data as Ticket)
  const published = data.publicAnswer?.published === true
  return (
    <div className="field-type publish-answer">
      <h3>答复公开</h3>
      {reason && !published ? (
        <p>{reason}。</p>
      ) : (
        <PublishAnswerForm
          ticketId={String(data.id)}
          published={published}
          question={data.publicAnswer?.question ?? withoutPersonalNumbers(data.summary ?? '')}
          reply={data.publicAnswer?.reply ?? withoutPersonalNumbers(data.reply ?? '')}
        />
      )}
    </div>
  )
}
