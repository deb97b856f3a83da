import type { Endpoint, PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { residentRequest } from '../../Applications/endpoints/resident'
import { WORKFLOW_CONTEXT } from '../../Applications/hooks/refuseEditsOutsideWorkflow'
import { historyOf, statusAnswerWith } from '../../Applications/lib/statusAnswer'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { answer, handled } from '../../endpoints/respond'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import { TICKET_KIND_LABELS, TICKET_STATUS_LABELS } from '../../Tickets/states'
import { signedInResident } from '../lib/accounts'
import { portalPath } from './signIn'

/** More than any resident files; the list is one page. */
const MAX_CASES = 500
const MAX_MESSAGES = 100

/** The resident's applications, newest first, each with its timeline and what they can do next (two queries). */
async function myApplications(req: PayloadRequest, residentId: string) {
  const { docs } = await req.payload.find({
    collection: 'applications',
    where: { resident: { equals: residentId } },
    sort: '-submittedAt',
    limit: MAX_CASES,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const events = await historyOf(req, docs.map((doc) => doc.id))
  const byApplication = new Map<number | string | undefined, typeof events>()
  for (const event of events) {
    const key = relationId(event.application)
    byApplication.set(key, [...(byApplication.get(key) ?? []), event])
  }
  return { ids: docs.map((doc) => doc.id), answers: docs.map((doc) => statusAnswerWith(doc, byApplication.get(doc.id) ?? [])) }
}

/** The resident's 12345 requests, with the reply once there is one. */
async function myTickets(req: PayloadRequest, residentId: string) {
  const { docs } = await req.payload.find({
    collection: 'tickets',
    where: { resident: { equals: residentId } },
    sort: '-receivedAt',
    limit: MAX_CASES,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { number: true, kind: true, status: true, summary: true, receivedAt: true, dueDate: true, reply: true },
    req,
  })
  return docs.map((ticket) => ({
    number: ticket.number,
    kind: ticket.kind,
    kindLabel: TICKET_KIND_LABELS[ticket.kind],
    status: ticket.status,
    statusLabel: TICKET_STATUS_LABELS[ticket.status],
    summary: ticket.summary,
    receivedAt: ticket.receivedAt,
    dueDate: ticket.dueDate ?? null,
    reply: ticket.reply ?? null,
  }))
}

/** Messages sent to the account or about its applications, newest first. */
async function myMessages(req: PayloadRequest, residentId: string, applicationIds: string[]) {
  const { docs } = await req.payload.find({
    collection: 'notifications',
    where: { or: [{ resident: { equals: residentId } }, ...(applicationIds.length ? [{ application: { in: applicationIds } }] : [])] },
    sort: '-createdAt',
    limit: MAX_MESSAGES,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { createdAt: true, channel: true, subject: true, message: true },
    req,
  })
  return docs.map(({ channel, createdAt, message, subject }) => ({ at: createdAt, channel, subject, message }))
}

/**
 * `GET /api/my/cases`: everything on 我的 — the resident's applications
 * (each with its timeline, rating and next steps), 12345 requests and
 * messages. Only the signed-in resident's own: nothing here takes an id.
 */
export const myCasesEndpoint: Endpoint = {
  path: '/my/cases',
  method: 'get',
  handler: handled(async (req) => {
    const resident = await signedInResident(req)
    const [applications, tickets] = await Promise.all([myApplications(req, resident.id), myTickets(req, resident.id)])
    const messages = await myMessages(req, resident.id, applications.ids)
    return answer(req, { applications: applications.answers, tickets, messages })
  }),
}

/**
 * `POST /api/my/claim` {trackingNumber, queryCode}: add an application
 * submitted before signing in (or without an account) to 我的. The query
 * code proves it is the resident's (the same lock as status look-ups); an
 * application already in another account stays there.
 */
export const claimEndpoint: Endpoint = {
  path: '/my/claim',
  method: 'post',
  handler: handled(async (req) => {
    const resident = await signedInResident(req)
    const { application } = await residentRequest(req)
    const owner = relationId(application.resident)
    if (owner && owner !== resident.id) throw new RequestError('CLAIMED_ELSEWHERE', '这件申请已经关联到另一个账号', 409)
    const claimed: Application = owner
      ? application
      : await req.payload.update({ collection: 'applications', id: application.id, data: { resident: resident.id }, depth: 0, overrideAccess: true, context: { [WORKFLOW_CONTEXT]: true } })
    if (wantsHtmlPage(req)) {
      return htmlPage({ title: '已添加到我的', body: html`<h1>已添加到我的</h1><p class="lead">申请 ${claimed.trackingNumber}（${claimed.serviceTitle}）已添加到“我的”。</p><p><a href="${portalPath(PORTAL_PATHS.my())}">返回“我的”</a></p>` })
    }
    return answer(req, statusAnswerWith(claimed, await historyOf(req, [claimed.id])))
  }),
}

/** The community the linked person lives in, as its 12-digit code. */
async function communityOf(req: PayloadRequest, personId: string | undefined): Promise<null | string> {
  if (!personId) return null
  const person = await req.payload.findByID({ collection: 'persons', id: personId, depth: 1, overrideAccess: true, select: { division: true }, disableErrors: true })
  const division = person?.division
  return division && typeof division === 'object' ? division.code : null
}

/**
 * `GET /api/my/prefill`: what an application form fills in for the
 * signed-in resident — name and ID number (once given), the phone, and the
 * community of the person the real name matched in the population base.
 */
export const prefillEndpoint: Endpoint = {
  path: '/my/prefill',
  method: 'get',
  handler: handled(async (req) => {
    const resident = await signedInResident(req)
    const realName = resident.realName
    return answer(req, {
      name: realName?.name ?? '',
      idNumber: realName?.idNumber ?? '',
      phone: resident.phone ?? '',
      divisionCode: await communityOf(req, relationId(realName?.person) as string | undefined),
    })
  }),
}

export const myEndpoints: Endpoint[] = [myCasesEndpoint, claimEndpoint, prefillEndpoint]
