import type { Payload, TypedUser, Where } from 'payload'

import { stringify } from 'qs-esm'

import { hasRole } from '../../access'
import { chinaDate } from '../../CalendarDays/workingDays'
import { countQueues, overdueWhere, type Queue } from '../../casework/queues'
import '../../../cms/components/dashboardPanel.css'

type Props = { payload: Payload; user?: null | TypedUser }

const PENDING: Where = { status: { equals: 'pending' } }

/** The editor's corrections waiting for an answer, and those past their 3 working days. */
const correctionQueues = (today: string): Queue[] => [
  { key: 'pending', label: '待处理的纠错', where: PENDING, sort: 'dueDate' },
  { key: 'overdue', label: '已超过答复期限', where: overdueWhere(PENDING, today), sort: 'dueDate', alert: true },
]

/**
 * Dashboard panel: 待处理的纠错, counted with the editor's own access, so each
 * editor sees the corrections of their own department's guides only.
 */
export async function CorrectionsPanel({ payload, user }: Props) {
  if (!user || !hasRole(user, 'admin', 'editor')) return null
  const [pending, overdue] = await countQueues(payload, 'guide-corrections', user, correctionQueues(chinaDate()))
  const adminRoute = payload.config.routes.admin
  const listUrl = (queue: Queue) => `${adminRoute}/collections/guide-corrections?${stringify({ where: queue.where, sort: queue.sort })}`
  return (
    <section aria-labelledby="corrections-heading" className="dashboard-panel">
      <h2 id="corrections-heading">待处理的纠错</h2>
      {pending!.count === 0 ? (
        <p>没有待处理的指南纠错。</p>
      ) : (
        <p>
          <a href={listUrl(pending!)}>共 {pending!.count} 条待处理</a>
          {overdue!.count > 0 && (
            <>
              ，其中{' '}
              <a className="dashboard-panel__warning" href={listUrl(overdue!)}>
                {overdue!.count} 条已超过3个工作日的答复期限
              </a>
            </>
          )}
          。请核实后答复，或说明不采纳的理由。
        </p>
      )}
      <p>
        <a href={`${adminRoute}/collections/search-misses?${stringify({ where: { handled: { equals: false } }, sort: '-count' })}`}>未找到的搜索（缺少或不清楚的指南）</a>
      </p>
    </section>
  )
}
