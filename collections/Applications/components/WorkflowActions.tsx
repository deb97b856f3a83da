import type { Payload, TypedUser } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { DueDate } from '../../CalendarDays/components/DueDate'
import { chinaDate } from '../../CalendarDays/workingDays'
import { hasRole } from '../../access'
import { HANDLING_ROLES } from '../access'
import { CLOCK_RUNNING_STATUSES, STATUS_LABELS } from '../states'
import { ACTIONS, type ActionDefinition, staffActionsFor } from '../workflow'
import { ActionButtons } from '../../../cms/components/casework/ActionButtons'
import '../../../cms/components/casework/casework.css'

type Props = { data?: Partial<Application>; payload: Payload; user?: null | TypedUser }

/**
 * Top of an application in the admin: where it stands, and the actions the
 * workflow allows from here as buttons. The state is never edited directly.
 */
export function WorkflowActions({ data, user }: Props) {
  if (!data?.id || !data.status) return null
  const today = chinaDate()
  const overdue = CLOCK_RUNNING_STATUSES.includes(data.status) && Boolean(data.dueDate && data.dueDate < today)
  const actions = hasRole(user, ...HANDLING_ROLES)
    ? staffActionsFor({ status: data.status, followUp: data.followUp }).map((action) => ({
        action,
        label: ACTIONS[action].label,
        noteLabel: (ACTIONS[action] as ActionDefinition).noteLabel ?? '说明（选填，申请人可以看到）',
        noteRequired: ACTIONS[action].noteRequired,
      }))
    : []
  return (
    <section aria-labelledby="workflow-heading" className="casework-box">
      <h3 id="workflow-heading">
        当前状态：{STATUS_LABELS[data.status]}
        {overdue ? <span className="casework-overdue">（已超期）</span> : null}
      </h3>
      <dl>
        {data.dueDate ? (
          <>
            <dt>应办结日期</dt>
            <dd>
              <DueDate date={data.dueDate} provisional={data.dueDateProvisional} />
            </dd>
          </>
        ) : null}
        {data.followUp?.status === 'open' ? (
          <>
            <dt>差评整改期限</dt>
            <dd>{data.followUp.dueDate ? <DueDate date={data.followUp.dueDate} provisional={data.followUp.dueDateProvisional} /> : null}</dd>
          </>
        ) : null}
      </dl>
      {actions.length > 0 ? <ActionButtons endpoint={`/api/applications/${data.id}/actions`} actions={actions} /> : <p>这件申请没有可以进行的操作。</p>}
    </section>
  )
}
