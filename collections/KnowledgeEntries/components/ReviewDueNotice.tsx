import type { Payload, TypedUser } from 'payload'

import { stringify } from 'qs-esm'

import { hasRole } from '../../access'
import { REVIEW_WARNING_DAYS, reviewHorizon } from '../../Services/review'
import '../../../cms/components/dashboardPanel.css'

type Props = { payload: Payload; user?: null | TypedUser }

/**
 * Above the knowledge base's list, for editors: how many of the entries they
 * keep are due for review within REVIEW_WARNING_DAYS (the guides' horizon),
 * with a link listing them, earliest first. Read with the editor's own access.
 */
export async function ReviewDueNotice({ payload, user }: Props) {
  if (!hasRole(user, 'admin', 'editor')) return null
  const where = { reviewDue: { less_than_equal: reviewHorizon(REVIEW_WARNING_DAYS) } }
  const { totalDocs } = await payload.count({ collection: 'knowledge-entries', where, overrideAccess: false, user })
  if (totalDocs === 0) return null
  const listUrl = `${payload.config.routes.admin}/collections/knowledge-entries?${stringify({ where: { and: [where] }, sort: 'reviewDue' })}`
  return (
    <p className="dashboard-panel">
      共 {totalDocs} 条知识已到复核日期或将在 {REVIEW_WARNING_DAYS} 天内到期，<a href={listUrl}>查看待复核的条目</a>。核对后请把复核日期往后调。
    </p>
  )
}
