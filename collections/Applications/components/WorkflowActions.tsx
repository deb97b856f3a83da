import type { Payload, TypedUser } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { DueDate } from '../../CalendarDays/components/DueDate'
import { hasRole } from '../../access'
import { departmentSystemOf } from '../../DepartmentSystems/lib/systems'
import { actionButton, CaseStatusBox } from '../../casework/components/CaseStatusBox'
import { HANDLING_ROLES } from '../access'
import { CLOCK_RUNNING_STATUSES, STATUS_LABELS } from '../states'
import { ACTIONS, staffActionsFor } from '../workflow'

type Props = { data?: Partial<Application>; payload: Payload; user?: null | TypedUser }

/**
 * Top of an application in the admin (casework's status box), with a bad
 * rating's follow-up deadline. A department that hands its applications to
 * its own system instead of reviewers gets no buttons here, but the
 * system's name (the action endpoint refuses them anyway: 409).
 */
export async function WorkflowActions({ data, payload, user }: Props) {
  if (!data?.id || !data.status) return null
  const system = data.department ? await departmentSystemOf(payload, data.department) : undefined
  const handledElsewhere = system?.mode === 'instead'
  const actions = hasRole(user, ...HANDLING_ROLES) && !handledElsewhere
    ? staffActionsFor({ status: data.status, followUp: data.followUp, commitmentCheck: data.commitmentCheck }).map((action) => actionButton(action, ACTIONS[action], '说明（选填，申请人可以看到）'))
    : []
  return (
    <CaseStatusBox
      headingId="workflow-heading"
      statusLabel={STATUS_LABELS[data.status]}
      clock={{ running: CLOCK_RUNNING_STATUSES.includes(data.status), dueDate: data.dueDate, provisional: data.dueDateProvisional }}
      actions={actions}
      endpoint={`/api/applications/${data.id}/actions`}
      emptyText={handledElsewhere ? `这件申请由“${system.name}”办理，请在该系统中操作。` : '这件申请没有可以进行的操作。'}
    >
      {data.followUp?.status === 'open' ? (
        <>
          <dt>差评整改期限</dt>
          <dd>{data.followUp.dueDate ? <DueDate date={data.followUp.dueDate} provisional={data.followUp.dueDateProvisional} /> : null}</dd>
        </>
      ) : null}
      {data.commitmentCheck?.status === 'pending' ? (
        <>
          <dt>告知承诺核查期限</dt>
          <dd>{data.commitmentCheck.dueDate ? <DueDate date={data.commitmentCheck.dueDate} provisional={data.commitmentCheck.dueDateProvisional} /> : null}</dd>
        </>
      ) : null}
    </CaseStatusBox>
  )
}
