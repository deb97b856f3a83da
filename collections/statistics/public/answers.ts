import type { Endpoint, Field, Payload } from 'payload'

import type { Ticket } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { queuePortalRebuild } from '../../catalogue/hooks/queuePortalRebuild'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import { handled, invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { scopeWhere } from '../../access'
import { relationId } from '../../relations'
import { isDesk } from '../../Tickets/access'
import { TICKET_WORKFLOW_CONTEXT } from '../../Tickets/hooks/recordEdits'
import { chinaDate } from '../../CalendarDays/workingDays'
import { appendTicketEvent } from '../../Tickets/lib/events'
import { TICKET_KIND_LABELS, type TicketKind } from '../../Tickets/states'
import { withoutPersonalNumbers } from '../../Tickets/web/similarity'
import { workflowOnly } from '../../Tickets/fields'

/**
 * Published answers (/answers/ on the portal): a 建议 or 咨询 whose sender
 * agreed to it (`caller.answerConsent`, ticked on the web form or by the
 * agent at the desk; never by SMS, email or Open311), answered, and marked
 * publishable by an agent after checking the public wording of the question
 * and the reply. The portal shows the dates, the answering department and
 * those two texts, with personal numbers taken out once more.
 */
export const PUBLISHABLE_KINDS: readonly TicketKind[] = ['suggestion', 'consultation']
const MAX_PUBLIC_TEXT = 2000

/** The sender's consent, in the caller group: off unless they ticked it. */
export const answerConsentField: Field = {
  name: 'answerConsent',
  type: 'checkbox',
  defaultValue: false,
  label: { zh: '同意公开答复（不含个人信息）', en: 'Agrees to the answer being published (without personal data)' },
}

/** What the portal publishes of an order: written only through the public-answer endpoint. */
export const publicAnswerField: Field = {
  name: 'publicAnswer',
  type: 'group',
  access: workflowOnly,
  label: { zh: '公开答复', en: 'Published answer' },
  admin: {
    readOnly: true,
    condition: (data) => Boolean(data?.publicAnswer?.published),
    description: { zh: '门户网站“答复公开”栏目显示的内容，由坐席核对后公开。', en: 'Shown on the portal’s /answers/ after an agent checked it.' },
  },
  fields: [
    { name: 'published', type: 'checkbox', defaultValue: false, index: true, label: { zh: '已公开', en: 'Published' } },
    { name: 'question', type: 'textarea', label: { zh: '公开的问题', en: 'Question as published' } },
    { name: 'reply', type: 'textarea', label: { zh: '公开的答复', en: 'Reply as published' } },
    { name: 'publishedAt', type: 'date', label: { zh: '公开时间', en: 'Published' } },
  ],
}

/** Why this order's answer cannot be published, or null. */
export function unpublishableReason(ticket: Pick<Ticket, 'caller' | 'kind' | 'reply'>): null | string {
  if (!PUBLISHABLE_KINDS.includes(ticket.kind)) return '只有建议和咨询的答复可以公开'
  if (ticket.caller?.answerConsent !== true) return '来电人没有同意公开答复'
  if (!ticket.reply?.trim()) return '工单还没有答复，不能公开'
  return null
}

/**
 * `POST /api/tickets/:id/public-answer` with `{ publish, question, reply }`:
 * an agent or administrator whose division covers the order publishes its
 * answer (texts edited for the public; empty ones start from the order's
 * summary and reply) or withdraws it. Personal numbers are taken out of
 * both texts; the step goes into the order's history and the portal is
 * rebuilt.
 */
export const publicAnswerEndpoint: Endpoint = {
  path: '/:id/public-answer',
  method: 'post',
  handler: handled(async (req) => {
    const body = await readBody(req)
    const errors: Parameters<typeof textField>[2] = []
    const publish = ['true', 'on', '1', 'yes'].includes(String(body.fields.publish ?? '').toLowerCase()) || body.fields.publish === true
    const question = textField(body.fields, 'question', errors, MAX_PUBLIC_TEXT).trim()
    const reply = textField(body.fields, 'reply', errors, MAX_PUBLIC_TEXT).trim()
    assertWellFormed(errors)
    const rule = isDesk(req.user) ? scopeWhere(req.user) : false
    const id = String(req.routeParams?.id ?? '')
    const { docs } = rule
      ? await req.payload.find({ collection: 'tickets', where: { and: [{ id: { equals: id } }, rule] }, depth: 0, limit: 1, pagination: false, select: { status: true } })
      : { docs: [] }
    if (!docs[0]) throw new RequestError('NOT_FOUND', '没有找到这张工单，或它不在您负责的辖区内', 404)
    const updated = await withTransaction(
      req.payload,
      async (tx) => {
        const ticket = await tx.payload.findByID({ collection: 'tickets', id, depth: 0, showHiddenFields: true, overrideAccess: true, req: tx })
        const reason = publish ? unpublishableReason(ticket) : null
        if (reason) throw invalid([{ field: 'publish', code: 'ANSWER_NOT_PUBLISHABLE', message: reason }])
        const publicAnswer = publish
          ? {
              published: true,
              question: withoutPersonalNumbers(question || ticket.summary),
              reply: withoutPersonalNumbers(reply || ticket.reply!),
              publishedAt: new Date().toISOString(),
            }
          : { published: false, question: null, reply: null, publishedAt: null }
        await appendTicketEvent(tx, ticket, {
          action: publish ? 'publishAnswer' : 'withdrawAnswer',
          actionLabel: publish ? '公开答复' : '撤回公开答复',
          fromStatus: ticket.status,
          toStatus: ticket.status,
          note: publish ? `公开的问题：${publicAnswer.question}\n公开的答复：${publicAnswer.reply}` : null,
        })
        const saved = await tx.payload.update({
          collection: 'tickets',
          id,
          data: { publicAnswer },
          depth: 0,
          overrideAccess: true,
          context: { [TICKET_WORKFLOW_CONTEXT]: true },
          req: tx,
        })
        await queuePortalRebuild(tx, `工单答复${publish ? '公开' : '撤回公开'}`)
        return saved
      },
      req,
    )
    return Response.json({ id: updated.id, publicAnswer: updated.publicAnswer }, { headers: { 'Cache-Control': 'no-store' } })
  }),
}

/** One published answer as the portal shows it: no number, name, phone or address; dates are China dates (YYYY-MM-DD). */
export type PublicAnswer = {
  answeredAt: null | string
  department: string
  kind: string
  question: string
  receivedAt: string
  reply: string
}

const PAGE = 500

/**
 * Every published answer whose sender agreed, newest first, read page by
 * page with only the fields shown (consent checked again here, so an order
 * without it never reaches the portal, whatever was stored).
 */
export async function publishedAnswers(payload: Payload): Promise<PublicAnswer[]> {
  const departments = new Map(
    (await payload.find({ collection: 'departments', pagination: false, depth: 0, select: { name: true } })).docs.map((doc) => [String(doc.id), doc.name]),
  )
  const answers: PublicAnswer[] = []
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'tickets',
      where: {
        and: [
          { 'publicAnswer.published': { equals: true } },
          { 'caller.answerConsent': { equals: true } },
          { kind: { in: PUBLISHABLE_KINDS } },
        ],
      },
      sort: '-receivedAt',
      page,
      limit: PAGE,
      depth: 0,
      overrideAccess: true,
      select: { kind: true, receivedAt: true, closedAt: true, assignee: true, answeredDirectly: true, publicAnswer: true },
    })
    for (const ticket of docs) {
      const department = departments.get(String(relationId(ticket.assignee?.department) ?? ''))
      answers.push({
        receivedAt: chinaDate(new Date(ticket.receivedAt ?? 0)),
        answeredAt: ticket.closedAt ? chinaDate(new Date(ticket.closedAt)) : null,
        department: department ?? '12345热线',
        kind: TICKET_KIND_LABELS[ticket.kind],
        question: withoutPersonalNumbers(ticket.publicAnswer?.question ?? ''),
        reply: withoutPersonalNumbers(ticket.publicAnswer?.reply ?? ''),
      })
    }
    if (!hasNextPage) return answers
  }
}
