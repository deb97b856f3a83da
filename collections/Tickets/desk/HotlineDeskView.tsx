import type { AdminViewServerProps } from 'payload'

import { adminPage } from '../../../cms/components/adminPage'
import { scopeWhere, type StaffUser } from '../../access'
import { relationId } from '../../relations'
import { isDesk } from '../access'
import { dispatchTargets } from '../lib/dispatchTargets'
import { TICKET_CHANNEL_LABELS, TICKET_KIND_LABELS } from '../states'
import { AgentDesk } from './AgentDesk'
import { applicableBundles } from './bundles'
import type { DeskOptions } from './OrderForm'
import { HOTLINE_DESK_PATH } from './index'
import './desk.css'

const TITLE = '热线坐席台'

/** What the desk's form offers: the districts, streets and communities in the agent's subtree (by full name), where to dispatch, kinds and channels, and the 一件事 that can be filed as one. */
async function deskOptions(props: AdminViewServerProps, user: StaffUser & { division?: unknown }): Promise<DeskOptions> {
  const { req } = props.initPageResult
  const { payload } = req
  const [divisions, departments, targets, bundles] = await Promise.all([
    payload.find({
      collection: 'divisions',
      where: { and: [scopeWhere(user) || { id: { exists: false } }, { level: { in: ['district', 'street', 'community'] } }] },
      sort: 'code',
      pagination: false,
      depth: 0,
      select: { fullName: true },
    }),
    payload.find({ collection: 'departments', sort: 'code', pagination: false, depth: 0, select: { name: true } }),
    dispatchTargets(payload, user),
    applicableBundles(req),
  ])
  const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }))
  return {
    divisions: divisions.docs.map((doc) => ({ value: String(doc.id), label: doc.fullName ?? '' })),
    departments: departments.docs.map((doc) => ({ value: String(doc.id), label: doc.name })),
    dispatchTargets: targets,
    bundles: bundles.map((bundle) => ({ value: bundle.code, label: bundle.title })),
    kinds: options(TICKET_KIND_LABELS),
    channels: options(TICKET_CHANNEL_LABELS),
    ownDivision: String(relationId(user.division as never) ?? ''),
  }
}

/**
 * 热线坐席台 (/admin/hotline/desk): the agent's one screen while on a call —
 * the caller's history by their number, the guides as the portal finds them,
 * and a new order answered directly or dispatched in one step.
 */
export async function HotlineDeskView(props: AdminViewServerProps) {
  const { adminRoute, frame, user } = adminPage(props, { className: 'hotline-desk', path: HOTLINE_DESK_PATH, title: TITLE })
  const agent = user as StaffUser
  if (!isDesk(agent)) {
    return frame(
      <>
        <h1>{TITLE}</h1>
        <p>只有热线坐席和系统管理员可以使用坐席台。</p>
      </>,
    )
  }
  return frame(<AgentDesk adminRoute={adminRoute} options={await deskOptions(props, agent)} />)
}
