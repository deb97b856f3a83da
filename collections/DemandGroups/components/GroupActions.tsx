import type { Payload, TypedUser } from 'payload'

import type { DemandGroup } from '../../../cms/payload-types'
import { dateTimeText } from '../../../site/lib/dates'
import { DEMAND_SOURCE_LABELS } from '../../Demands/sources'
import { groupingWhere } from '../endpoints'
import { DECISION_KIND_LABELS } from '../labels'
import { GroupActionsForm, type CurrentDecision } from './GroupActionsForm'

type Props = { data?: Partial<DemandGroup>; payload: Payload; user?: null | TypedUser }

/** The group's decision as staff read it, with the linked service's title. */
async function currentDecision(payload: Payload, decision: DemandGroup['decision']): Promise<CurrentDecision | null> {
  if (!decision?.kind) return null
  const serviceId = typeof decision.service === 'object' ? decision.service?.id : decision.service
  const service = serviceId ? await payload.findByID({ collection: 'services', id: serviceId, draft: true, depth: 0, select: { title: true, code: true } }).catch(() => null) : null
  return {
    kind: decision.kind,
    label: DECISION_KIND_LABELS[decision.kind],
    publicSummary: decision.publicSummary ?? '',
    note: decision.note ?? '',
    service: service?.code ?? '',
    serviceTitle: service?.title ?? '',
    decidedAt: decision.decidedAt ? dateTimeText(decision.decidedAt) : '',
    notifiedAt: decision.notifiedAt ? dateTimeText(decision.notifiedAt) : '',
  }
}

/**
 * On a group's page, for the staff the group endpoints let change it
 * (groupingWhere): 并入其他分组, 拆分 and 作出决定, through those endpoints.
 */
export async function GroupActions({ data, payload, user }: Props) {
  const rule = user ? groupingWhere(user) : false
  if (!data?.id || !rule) return null
  const { docs } = await payload.find({ collection: 'demand-groups', where: { and: [{ id: { equals: data.id } }, rule] }, depth: 0, limit: 1, pagination: false })
  const group = docs[0]
  if (!group || group.status !== 'active') return null
  const [others, members, services] = await Promise.all([
    payload.find({
      collection: 'demand-groups',
      where: { and: [rule, { bucket: { equals: group.bucket } }, { status: { equals: 'active' } }, { id: { not_equals: group.id } }] },
      sort: 'title',
      pagination: false,
      depth: 0,
      select: { title: true, size: true },
    }),
    payload.find({ collection: 'demands', where: { group: { equals: group.id } }, sort: '-receivedAt', pagination: false, depth: 0, select: { summary: true, receivedAt: true, source: true } }),
    payload.find({ collection: 'services', sort: 'title', pagination: false, draft: true, depth: 0, select: { title: true, code: true } }),
  ])
  return (
    <div className="field-type demand-group-actions">
      <GroupActionsForm
        adminRoute={payload.config.routes.admin}
        group={{ id: group.id, title: group.title }}
        others={others.docs.map(({ id, title, size }) => ({ id, title, size: size ?? 0 }))}
        members={members.docs.map(({ id, summary, receivedAt, source }) => ({ id, summary, receivedAt: dateTimeText(receivedAt), source: DEMAND_SOURCE_LABELS[source] }))}
        services={services.docs.filter((service) => service.code).map(({ title, code }) => ({ title, code }))}
        decision={await currentDecision(payload, group.decision)}
      />
    </div>
  )
}
