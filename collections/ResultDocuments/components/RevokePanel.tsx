import type { Payload, TypedUser } from 'payload'

import type { ResultDocument } from '../../../cms/payload-types'
import { hasRole } from '../../access'
import { HANDLING_ROLES } from '../../Applications/access'
import { CaseStatusBox } from '../../casework/components/CaseStatusBox'
import { RESULT_STATUS_LABELS } from '../states'

type Props = { data?: Partial<ResultDocument>; payload: Payload; user?: null | TypedUser }

/** Top of a result document in the admin: whether it holds, and 撤销 (with the reason /verify/ will show) for a case worker. */
export function RevokePanel({ data, user }: Props) {
  if (!data?.id || !data.status) return null
  const actions =
    data.status === 'valid' && hasRole(user, ...HANDLING_ROLES)
      ? [{ action: 'revoke', label: '撤销结果文件', noteLabel: '撤销理由（核验页面会显示）', noteRequired: true }]
      : []
  return (
    <CaseStatusBox
      headingId="result-status-heading"
      statusLabel={RESULT_STATUS_LABELS[data.status]}
      clock={{ running: false }}
      actions={actions}
      endpoint={`/api/result-documents/${data.id}/revoke`}
      emptyText={data.status === 'revoked' ? '这份结果文件已撤销，核验时显示“已撤销”和撤销理由。' : '只有审核人员可以撤销结果文件。'}
    />
  )
}
