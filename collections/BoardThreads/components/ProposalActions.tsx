import type { Payload, TypedUser } from 'payload'

import type { BoardThread } from '../../../cms/payload-types'
import { isCommunityStaff } from '../../community/access'
import { PROPOSAL_DECISIONS } from '../../community/proposals/answers'
import { PROPOSAL_STATUSES, SUPPORT_CHANNELS } from '../../community/words'
import { ProposalActionsForm } from './ProposalActionsForm'

type Props = { data?: Partial<BoardThread>; payload: Payload; user?: null | TypedUser }

/**
 * On a proposal's page, for community staff: 录入线下支持, 答复 and 落实进展,
 * through the proposal endpoints (which check the staff member's scope).
 */
export function ProposalActions({ data, user }: Props) {
  if (!data?.id || data.kind !== 'proposal' || !isCommunityStaff(user as never)) return null
  const status = data.proposal?.status ?? 'collecting'
  return (
    <div className="field-type proposal-actions">
      <ProposalActionsForm
        id={String(data.id)}
        status={status}
        channels={Object.entries(SUPPORT_CHANNELS).filter(([value]) => value !== 'online').map(([value, label]) => ({ value, label }))}
        decisions={PROPOSAL_DECISIONS.map((value) => ({ value, label: PROPOSAL_STATUSES[value] }))}
      />
    </div>
  )
}
