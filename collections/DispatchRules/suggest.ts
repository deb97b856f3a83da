import type { Endpoint, PayloadRequest } from 'payload'

import type { DispatchRule, Ticket } from '../../cms/payload-types'
import { DIVISION_LEVELS, type DivisionLevel, parseDivisionCode } from '../Divisions/code'
import { divisionById } from '../Divisions/lookup'
import { RequestError } from '../errors'
import { handled } from '../endpoints/respond'
import { relationId } from '../relations'
import { publishedService } from '../Services/publishedService'
import { isDesk } from '../Tickets/access'
import { dueDateFor } from '../Tickets/lib/dueDate'
import { TICKET_KIND_LABELS, type TicketKind } from '../Tickets/states'
import { bestRule } from './match'

/** What the catalogue suggests for an order, as stored on it (`dispatchSuggestion`). */
export type DispatchSuggestion = NonNullable<Ticket['dispatchSuggestion']>

/** The order as the catalogue reads it: its community or street, guide, topic, words and kind. */
type OrderToSuggestFor = { division: number | string; kind: TicketKind; service?: null | number | string; text: string; topic?: null | number | string }

/** The active rules of the order's division and every division above it. */
async function rulesAbove(req: PayloadRequest, divisionCode: string): Promise<DispatchRule[]> {
  const { path } = parseDivisionCode(divisionCode)
  const ancestors = DIVISION_LEVELS.map((level) => path[level]).filter((code): code is string => Boolean(code))
  const { docs } = await req.payload.find({
    collection: 'dispatch-rules',
    where: { and: [{ active: { equals: true } }, { divisionCode: { in: ancestors } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs
}

/** A guide's topic, when the order names a guide but no topic. */
async function topicOfService(req: PayloadRequest, service: number | string): Promise<null | number | string> {
  const found = await req.payload.findByID({ collection: 'services', id: service, depth: 0, select: { topic: true }, overrideAccess: true, disableErrors: true, req })
  return relationId(found?.topic) ?? null
}

/**
 * The catalogue's suggestion for an order received at `receivedAt`: the most
 * specific fitting rule's handler and the due date by its time limit (the
 * kind's when it sets none). Null when no rule fits.
 */
export async function suggestDispatch(req: PayloadRequest, order: OrderToSuggestFor, receivedAt: Date): Promise<DispatchSuggestion | null> {
  const division = await divisionById(req, order.division)
  if (!division) return null
  const topic = order.topic ?? (order.service ? await topicOfService(req, order.service) : null)
  const rules = (await rulesAbove(req, division.code)).map((rule) => ({ ...rule, divisionLevel: rule.divisionLevel as DivisionLevel }))
  const rule = bestRule(rules, { service: order.service, topic, text: order.text })
  if (!rule) return null
  const { dueDate, dueDateProvisional } = await dueDateFor(req, order.kind, receivedAt, rule.timeLimitDays)
  return {
    rule: rule.id,
    department: relationId(rule.department) ?? null,
    division: relationId(rule.handlerDivision) ?? null,
    automatic: Boolean(rule.automatic),
    dueDate,
    dueDateProvisional,
  } as DispatchSuggestion
}

/** Whether dispatching to this department or street is what the suggestion said (then the rule answers for it). */
export const followsSuggestion = (suggestion: DispatchSuggestion | null | undefined, assignee: { department?: unknown; division?: unknown }): boolean =>
  Boolean(
    suggestion?.rule &&
      (suggestion.department
        ? String(relationId(suggestion.department as never)) === String(relationId(assignee.department as never))
        : String(relationId(suggestion.division as never)) === String(relationId(assignee.division as never))),
  )

/** Count one dispatch by a rule, or one return of an order it sent, in one atomic update. */
export async function countForRule(req: PayloadRequest, rule: unknown, field: 'dispatched' | 'returned'): Promise<void> {
  const id = relationId(rule as never)
  if (id == null) return
  await req.payload.db.updateOne({ collection: 'dispatch-rules', where: { id: { equals: id } }, data: { [field]: { $inc: 1 } }, options: { atomic: true }, req })
}

/** The handler a suggestion names, in words for the desk. */
async function handlerName(req: PayloadRequest, suggestion: DispatchSuggestion): Promise<string> {
  if (suggestion.department) {
    const department = await req.payload.findByID({ collection: 'departments', id: relationId(suggestion.department as never)!, depth: 0, select: { name: true }, req })
    return department.name
  }
  const division = await divisionById(req, relationId(suggestion.division as never)!)
  return division?.name ?? ''
}

const param = (req: PayloadRequest, name: string): string => String(req.searchParams.get(name) ?? '').trim()

/**
 * `GET /api/dispatch-rules/suggest?division=<id>&kind=&serviceCode=&text=`:
 * the desk asks as the agent types and chooses; answers `{ suggestion }`,
 * null when no rule fits, else the rule, the handler (department or street
 * or community, with its name), the due date and whether the platform will
 * dispatch by itself.
 */
export const dispatchSuggestEndpoint: Endpoint = {
  path: '/suggest',
  method: 'get',
  handler: handled(async (req) => {
    if (!isDesk(req.user)) throw new RequestError('FORBIDDEN', '只有热线坐席可以查询派单建议', 403)
    const kind = param(req, 'kind') || 'consultation'
    if (!Object.hasOwn(TICKET_KIND_LABELS, kind)) throw new RequestError('UNKNOWN_KIND', '没有这个诉求类型', 400)
    const division = param(req, 'division')
    if (!division) throw new RequestError('DIVISION_REQUIRED', '请先选择诉求所在区划', 400)
    const serviceCode = param(req, 'serviceCode')
    const service = serviceCode ? await publishedService(req, serviceCode) : null
    const suggestion = await suggestDispatch(req, { division, kind: kind as TicketKind, service: service?.id, text: param(req, 'text').slice(0, 4100) }, new Date())
    if (!suggestion) return Response.json({ suggestion: null }, { headers: { 'Cache-Control': 'no-store' } })
    const rule = await req.payload.findByID({ collection: 'dispatch-rules', id: suggestion.rule as never, depth: 0, select: { name: true }, overrideAccess: true, req })
    return Response.json(
      { suggestion: { ...suggestion, ruleName: rule.name, handlerName: await handlerName(req, suggestion) } },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  }),
}
