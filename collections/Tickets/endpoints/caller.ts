import type { Endpoint } from 'payload'

import { scopeWhere } from '../../access'
import { STATUS_LABELS } from '../../Applications/states'
import { RequestError } from '../../errors'
import { handled } from '../../endpoints/respond'
import { isPhoneNumber } from '../../Persons/options'
import { isDesk } from '../access'
import { TICKET_KIND_LABELS, TICKET_STATUS_LABELS } from '../states'

/** How many earlier orders and applications the desk shows. */
const SHOWN = 20

/**
 * `GET /api/tickets/caller?phone=13800138000`: the caller's earlier work
 * orders and applications, newest first, within the agent's division —
 * enough to pick up where the last call left off, nothing more.
 */
export const callerEndpoint: Endpoint = {
  path: '/caller',
  method: 'get',
  handler: handled(async (req) => {
    if (!isDesk(req.user)) throw new RequestError('FORBIDDEN', '只有热线坐席可以查询来电人', 403)
    const phone = String(req.searchParams.get('phone') ?? '').replace(/\s/g, '')
    if (!isPhoneNumber(phone)) throw new RequestError('PHONE_FORMAT', '请输入11位手机号码或带区号的固定电话', 400)
    const [tickets, applications] = await Promise.all([
      req.payload.find({
        collection: 'tickets',
        where: { 'caller.phone': { equals: phone } },
        sort: '-receivedAt',
        limit: SHOWN,
        depth: 0,
        user: req.user,
        overrideAccess: false,
        select: { number: true, kind: true, status: true, summary: true, receivedAt: true, dueDate: true, dueDateProvisional: true, reply: true },
      }),
      // Agents are not case workers: they see an application's progress, not its content.
      req.payload.find({
        collection: 'applications',
        where: { and: [{ 'applicant.phone': { equals: phone } }, scopeWhere(req.user) || { id: { exists: false } }] },
        sort: '-submittedAt',
        limit: SHOWN,
        depth: 0,
        select: { trackingNumber: true, serviceTitle: true, status: true, submittedAt: true, dueDate: true, dueDateProvisional: true },
      }),
    ])
    return Response.json(
      {
        tickets: {
          total: tickets.totalDocs,
          docs: tickets.docs.map((doc) => ({ ...doc, kindLabel: TICKET_KIND_LABELS[doc.kind], statusLabel: TICKET_STATUS_LABELS[doc.status] })),
        },
        applications: {
          total: applications.totalDocs,
          docs: applications.docs.map((doc) => ({ ...doc, statusLabel: STATUS_LABELS[doc.status] })),
        },
      },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  }),
}
