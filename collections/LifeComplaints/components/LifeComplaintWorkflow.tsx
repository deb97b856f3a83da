import type { TypedUser } from 'payload'

import type { LifeComplaint } from '../../../cms/payload-types'
import type { ActionInput } from '../../casework/components/ActionButtons'
import { actionButton, CaseStatusBox } from '../../casework/components/CaseStatusBox'
import { selectOptions } from '../../fields/selectOptions'
import { handlesComplaints } from '../access'
import { LIFE_COMPLAINT_STATUS_LABELS, OPEN_COMPLAINT_STATUSES, REMEDY_KIND_LABELS, SANCTION_LABELS } from '../states'
import { LIFE_COMPLAINT_ACTIONS, type LifeComplaintAction, type LifeComplaintActionDefinition, lifeComplaintActionsFor } from '../workflow'

type Props = { data?: Partial<LifeComplaint>; user?: null | TypedUser }

/** A remedy's fields, as the endpoint reads them in `remedy`: each kind needs only its own (the endpoint says which is missing). */
const REMEDY_INPUTS: ActionInput[] = [
  { kind: 'select', name: 'remedy.kind', label: '处理措施', required: true, options: selectOptions(REMEDY_KIND_LABELS) },
  { kind: 'text', name: 'remedy.amount', label: '退款或赔偿金额（元）' },
  { kind: 'text', name: 'remedy.reworkDate', label: '返工日期（年-月-日）' },
  { kind: 'select', name: 'remedy.sanction', label: '对企业的处理方式', options: selectOptions(SANCTION_LABELS) },
  { kind: 'text', name: 'remedy.suspendedUntil', label: '暂停服务人员上岗至（年-月-日）' },
]

/**
 * Top of a complaint in the admin: where it stands, its due date and, for
 * life-services staff, the staff steps (请企业说明, 记录处理措施, 办结) as
 * buttons. The endpoint checks the staff member's division again.
 */
export function LifeComplaintWorkflow({ data, user }: Props) {
  if (!data?.id || !data.status) return null
  const button = (action: LifeComplaintAction) => {
    const definition: LifeComplaintActionDefinition = LIFE_COMPLAINT_ACTIONS[action]
    return actionButton(action, definition, '说明', definition.needs === 'remedy' ? REMEDY_INPUTS : undefined)
  }
  const actions = handlesComplaints(user) ? lifeComplaintActionsFor('staff', data.status).map(button) : []
  return (
    <CaseStatusBox
      headingId="life-complaint-workflow-heading"
      statusLabel={LIFE_COMPLAINT_STATUS_LABELS[data.status]}
      clock={{ running: OPEN_COMPLAINT_STATUSES.includes(data.status), dueDate: data.dueDate, provisional: data.dueDateProvisional }}
      actions={actions}
      endpoint={`/api/life-complaints/${data.id}/action`}
      groupLabel="投诉处理"
      emptyText="这件投诉没有您可以进行的操作。"
    />
  )
}
