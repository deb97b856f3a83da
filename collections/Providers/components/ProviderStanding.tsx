import type { TypedUser } from 'payload'

import type { Provider } from '../../../cms/payload-types'
import { hasRole } from '../../access'
import { actionButton, CaseStatusBox } from '../../casework/components/CaseStatusBox'
import { actionsOpenTo } from '../../casework/workflow'
import { LIFE_MANAGER_ROLES } from '../../lifeServices/access'
import { PROVIDER_STATUS_LABELS } from '../states'
import { PROVIDER_ACTIONS } from '../workflow'

type Props = { data?: Partial<Provider>; user?: null | TypedUser }

/**
 * Top of a provider in the admin: its standing and, for life-services staff,
 * the steps open from it (审核通过, 暂停接单, …) as buttons. The endpoint
 * checks the staff member's division again; the history is below.
 */
export function ProviderStanding({ data, user }: Props) {
  if (!data?.id || !data.status) return null
  const actions = hasRole(user, ...LIFE_MANAGER_ROLES) ? actionsOpenTo(PROVIDER_ACTIONS, 'city', data.status).map((action) => actionButton(action, PROVIDER_ACTIONS[action], '说明')) : []
  return (
    <CaseStatusBox
      headingId="provider-standing-heading"
      statusLabel={PROVIDER_STATUS_LABELS[data.status]}
      clock={{ running: false }}
      actions={actions}
      endpoint={`/api/providers/${data.id}/actions`}
      groupLabel="审核和处理"
      emptyText="这家企业没有可以进行的操作。"
      notice={data.statusNote ? <p>{data.statusNote}</p> : null}
    />
  )
}
