import type { Payload } from 'payload'

import { chinaDate } from '../../CalendarDays/workingDays'
import { DECISION_KIND_LABELS } from '../../DemandGroups/labels'
import { relationId } from '../../relations'
import { withoutPersonalNumbers } from '../../Tickets/web/similarity'

/** One decision on a group of similar demands as the portal shows it (/answers/decisions/): nothing any resident wrote. */
export type PublicDecision = {
  decidedOn: string
  /** How many demands the group holds. */
  demands: number
  district: null | string
  kind: string
  note: string
  /** The service or guide changed, when it is published (then linked). */
  service: null | { code: string; title: string }
  summary: string
}

const PAGE = 500

/**
 * Every decision on a group of similar demands, newest first: the line
 * staff wrote for the public about what was asked (never a resident's own
 * words), the decision, its reasons, the district and how many demands the
 * group holds, and the published service or guide it changed.
 */
export async function publishedDecisions(payload: Payload): Promise<PublicDecision[]> {
  const districts = new Map(
    (
      await payload.find({
        collection: 'divisions',
        where: { level: { in: ['city', 'district'] } },
        pagination: false,
        depth: 0,
        select: { code: true, name: true },
      })
    ).docs.map((doc) => [doc.code, doc.name]),
  )
  const decisions: { decision: PublicDecision; serviceId: null | string }[] = []
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'demand-groups',
      where: {
        and: [{ 'decision.kind': { exists: true } }, { 'decision.publicSummary': { exists: true } }],
      },
      sort: '-decision.decidedAt',
      page,
      limit: PAGE,
      depth: 0,
      overrideAccess: true,
      select: { decision: true, size: true, scope: true },
    })
    for (const group of docs) {
      const decision = group.decision!
      const service = relationId(decision.service)
      decisions.push({
        serviceId: service == null ? null : String(service),
        decision: {
          decidedOn: chinaDate(new Date(decision.decidedAt ?? 0)),
          demands: group.size ?? 0,
          district: districts.get(group.scope?.district ?? group.scope?.city ?? '') ?? null,
          kind: DECISION_KIND_LABELS[decision.kind!],
          note: withoutPersonalNumbers(decision.note ?? ''),
          service: null,
          summary: withoutPersonalNumbers(decision.publicSummary ?? ''),
        },
      })
    }
    if (!hasNextPage) break
  }
  const serviceIds = [...new Set(decisions.flatMap(({ serviceId }) => (serviceId ? [serviceId] : [])))]
  const { docs: services } = serviceIds.length
    ? await payload.find({
        collection: 'services',
        where: {
          and: [{ id: { in: serviceIds } }, { _status: { equals: 'published' } }],
        },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { code: true, title: true },
      })
    : { docs: [] }
  const published = new Map(services.map((doc) => [String(doc.id), { code: doc.code, title: doc.title }]))
  return decisions.map(({ decision, serviceId }) => ({
    ...decision,
    service: (serviceId && published.get(serviceId)) || null,
  }))
}
