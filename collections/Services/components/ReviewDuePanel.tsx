import type { Payload, TypedUser } from 'payload'

import { stringify } from 'qs-esm'

import { hasRole } from '../../access'
import { REVIEW_WARNING_DAYS, reviewHorizon } from '../review'
import '../../../cms/components/dashboardPanel.css'

type Props = { payload: Payload; user?: null | TypedUser }

const SHOWN = 15

const formatDate = (iso: string) => iso.slice(0, 10)

/**
 * Dashboard panel: the guides an editor must check soon, overdue first. It
 * reads with the editor's own access, so a district editor sees the guides
 * of their district's departments only.
 */
export async function ReviewDuePanel({ payload, user }: Props) {
  if (!hasRole(user, 'admin', 'editor')) return null
  const horizon = reviewHorizon(REVIEW_WARNING_DAYS)
  const where = { reviewDue: { less_than_equal: horizon } }
  const { docs, totalDocs } = await payload.find({
    collection: 'services',
    where,
    sort: 'reviewDue',
    limit: SHOWN,
    depth: 0,
    draft: true,
    overrideAccess: false,
    user,
    select: { title: true, code: true, reviewDue: true },
  })
  const today = reviewHorizon(0)
  const overdue = docs.filter((doc) => doc.reviewDue && doc.reviewDue <= today).length
  const adminRoute = payload.config.routes.admin
  const listUrl = `${adminRoute}/collections/services?${stringify({ where: { and: [where] }, sort: 'reviewDue' })}`

  return (
    <section aria-labelledby="review-due-heading" className="dashboard-panel">
      <h2 id="review-due-heading">待复核的办事指南</h2>
      {totalDocs === 0 ? (
        <p>未来 {REVIEW_WARNING_DAYS} 天内没有需要复核的指南。</p>
      ) : (
        <>
          <p>
            共 {totalDocs} 份指南已到期或将在 {REVIEW_WARNING_DAYS} 天内到期
            {overdue > 0 ? `，其中前 ${SHOWN} 份里有 ${overdue} 份已经到期` : ''}。请核对后把复核日期往后调。
          </p>
          <ul>
            {docs.map((doc) => (
              <li key={doc.id}>
                <a href={`${adminRoute}/collections/services/${doc.id}`}>
                  {doc.code} {doc.title}
                </a>{' '}
                <span className={doc.reviewDue && doc.reviewDue <= today ? 'dashboard-panel__warning' : undefined}>
                  {doc.reviewDue ? formatDate(doc.reviewDue) : ''}
                  {doc.reviewDue && doc.reviewDue <= today ? '（已到期）' : ''}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <a href={listUrl}>查看全部待复核指南</a>
          </p>
        </>
      )}
    </section>
  )
}
