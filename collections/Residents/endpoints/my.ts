import { jointStatusAnswers } from '../../BundleCases/lib/jointCase'
import type { Endpoint, PayloadRequest } from 'payload'

import type { Application, Ticket } from '../../../cms/payload-types'
import type { StatusAnswer } from '../../Applications/states'
import { residentKey } from '../../Applications/endpoints/resident'
import { findForResident } from '../../Applications/endpoints/guard'
import { claimJointCase } from '../../BundleCases/lib/claim'
import { isJointNumber, type JointStatusAnswer } from '../../BundleCases/states'
import { WORKFLOW_CONTEXT } from '../../Applications/hooks/refuseEditsOutsideWorkflow'
import { historyOf, statusAnswer, statusAnswerWith } from '../../Applications/lib/statusAnswer'
import { visitTime } from '../../LifeOrders/lib/messages'
import { lifeOrderPage } from '../../LifeOrders/lib/pages'
import { LIFE_ORDER_STATUS_LABELS, LIFE_ORDERS } from '../../LifeOrders/states'
import { resultsOf } from '../../ResultDocuments/lib/answers'
import { resultFilesOf } from '../../ResultDocuments/lib/heldDocuments'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { answer, handled } from '../../endpoints/respond'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import { TICKET_KIND_LABELS, TICKET_STATUS_LABELS } from '../../Tickets/states'
import { PUBLIC_ORDERS } from '../../Tickets/web/similar'
import { publicSummary } from '../../Tickets/web/similarity'
import { ticketEventsOf, trackAnswerWith } from '../../Tickets/web/track'
import { optionalResident, signedInResident } from '../lib/accounts'
import { overviewPage } from '../lib/overviewPage'
import type { MyCases, MyFollowed, MyLifeOrder, MyRating, MyTicket } from '../myCases'
import { accountView, portalPath } from './signIn'

/** More than any resident files; the list is one page. */
const MAX_CASES = 500
const MAX_MESSAGES = 100

/** Rows by the case they belong to. */
function groupBy<T>(rows: T[], caseOf: (row: T) => number | string | undefined): Map<number | string | undefined, T[]> {
  const groups = new Map<number | string | undefined, T[]>()
  for (const row of rows) {
    const key = caseOf(row)
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return groups
}

/** The resident's own records of `collection`, newest submitted first (at most MAX_CASES). */
async function newestOwn<S extends 'applications' | 'bundle-cases'>(req: PayloadRequest, collection: S, residentId: string) {
  const { docs } = await req.payload.find({
    collection,
    where: { resident: { equals: residentId } },
    sort: '-submittedAt',
    limit: MAX_CASES,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs
}

/** The resident's applications, newest first, each with its timeline and what they can do next (two queries). */
async function myApplications(req: PayloadRequest, residentId: string) {
  const docs = await newestOwn(req, 'applications', residentId)
  const ids = docs.map((doc) => doc.id)
  const [history, results, files] = await Promise.all([historyOf(req, ids), resultsOf(req, ids), resultFilesOf(req, ids)])
  const byApplication = groupBy(history, (event) => relationId(event.application))
  return { ids, answers: docs.map((doc) => statusAnswerWith(doc, byApplication.get(doc.id) ?? [], results, files)) }
}

/** The resident's 一件事 applied for as one, newest first, each with its members' status and the joint state. */
async function myBundleCases(req: PayloadRequest, residentId: string): Promise<JointStatusAnswer[]> {
  return jointStatusAnswers(req, await newestOwn(req, 'bundle-cases', residentId))
}

/** The resident's 12345 requests, each with the public view the tracking page gives (two queries). */
async function myTickets(req: PayloadRequest, residentId: string): Promise<{ ids: string[]; answers: MyTicket[] }> {
  const { docs } = await req.payload.find({
    collection: 'tickets',
    where: { resident: { equals: residentId } },
    sort: '-receivedAt',
    limit: MAX_CASES,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { number: true, kind: true, status: true, summary: true, receivedAt: true, dueDate: true, dueDateProvisional: true, closedAt: true, reply: true, satisfaction: true },
    req,
  })
  const events = await ticketEventsOf(req, docs.map((ticket) => ticket.id))
  const byTicket = groupBy(events, (event) => relationId(event.ticket))
  return {
    ids: docs.map((ticket) => ticket.id),
    answers: docs.map((ticket) => ({ ...trackAnswerWith(ticket as Ticket, byTicket.get(ticket.id) ?? []), summary: ticket.summary })),
  }
}

/**
 * The orders the resident follows, newest follow first (two queries): the
 * similar list's public facts, 办结 when closed. An order whose caller has
 * since asked for confidentiality drops out.
 */
async function myFollowed(req: PayloadRequest, residentId: string): Promise<MyFollowed[]> {
  const { docs: follows } = await req.payload.find({
    collection: 'ticket-followers',
    where: { resident: { equals: residentId } },
    sort: '-createdAt',
    limit: MAX_CASES,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { ticket: true, createdAt: true },
    req,
  })
  if (!follows.length) return []
  const { docs } = await req.payload.find({
    collection: 'tickets',
    where: { and: [{ id: { in: follows.map((follow) => relationId(follow.ticket)) } }, PUBLIC_ORDERS] },
    limit: MAX_CASES,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { number: true, kind: true, status: true, summary: true, receivedAt: true, closedAt: true },
    req,
  })
  const tickets = new Map(docs.map((ticket) => [String(ticket.id), ticket]))
  return follows.flatMap((follow) => {
    const ticket = tickets.get(String(relationId(follow.ticket)))
    if (!ticket) return []
    return [
      {
        number: ticket.number!,
        kindLabel: TICKET_KIND_LABELS[ticket.kind],
        status: ticket.status,
        statusLabel: TICKET_STATUS_LABELS[ticket.status],
        summary: publicSummary(ticket.summary),
        receivedAt: ticket.receivedAt!,
        closedAt: ticket.closedAt ?? null,
        followedAt: follow.createdAt,
      },
    ]
  })
}

/** The life-service orders the resident booked, newest first. */
async function myLifeOrders(req: PayloadRequest, residentId: string): Promise<MyLifeOrder[]> {
  const { docs } = await req.payload.find({
    collection: LIFE_ORDERS,
    where: { resident: { equals: residentId } },
    sort: '-createdAt',
    limit: MAX_CASES,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { number: true, itemName: true, date: true, period: true, status: true },
    req,
  })
  return docs.map((order) => ({
    number: order.number,
    itemName: order.itemName ?? '',
    visit: visitTime(order),
    status: order.status,
    statusLabel: LIFE_ORDER_STATUS_LABELS[order.status],
    page: lifeOrderPage(order.number),
  }))
}

/**
 * Messages sent to the account or about its cases, newest first. A message
 * about one of its orders that went to another account (someone following
 * it) is that account's, not the caller's.
 */
async function myMessages(req: PayloadRequest, residentId: string, about: { applications: string[]; tickets: string[] }) {
  const { docs } = await req.payload.find({
    collection: 'notifications',
    where: {
      or: [
        { resident: { equals: residentId } },
        ...(about.applications.length ? [{ application: { in: about.applications } }] : []),
        ...(about.tickets.length ? [{ and: [{ ticket: { in: about.tickets } }, { resident: { exists: false } }] }] : []),
      ],
    },
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

/** What the resident rated, applications and work orders together, newest first. */
function myRatings(applications: StatusAnswer[], tickets: MyTicket[]): MyRating[] {
  const rated: MyRating[] = [
    ...applications.flatMap(({ rating, service, trackingNumber }) => (rating ? [{ ...rating, kind: 'application' as const, number: trackingNumber, title: service.title }] : [])),
    ...tickets.flatMap(({ kindLabel, number, rating, summary }) => (rating ? [{ ...rating, kind: 'ticket' as const, number, title: `${kindLabel}：${summary}` }] : [])),
  ]
  return rated.sort((a, b) => b.ratedAt.localeCompare(a.ratedAt))
}

/** Everything on 我的, for the script's JSON and the page without JavaScript alike. */
export async function myCases(req: PayloadRequest, residentId: string): Promise<MyCases> {
  const [applications, tickets, followed, bundleCases, lifeOrders] = await Promise.all([
    myApplications(req, residentId),
    myTickets(req, residentId),
    myFollowed(req, residentId),
    myBundleCases(req, residentId),
    myLifeOrders(req, residentId),
  ])
  const messages = await myMessages(req, residentId, { applications: applications.ids, tickets: tickets.ids })
  const inBundles = new Set(bundleCases.flatMap((each) => each.members.map((member) => member.trackingNumber)))
  return {
    applications: applications.answers.filter((application) => !inBundles.has(application.trackingNumber)),
    bundleCases,
    tickets: tickets.answers,
    followed,
    lifeOrders,
    ratings: myRatings(applications.answers, tickets.answers),
    messages,
  }
}

/**
 * `GET /api/my/cases`: everything on 我的 — the resident's applications
 * (each with its timeline, rating and next steps), 12345 requests (the same
 * public view as tracking by number and phone), life-service orders, ratings and messages. Only
 * the signed-in resident's own: nothing here takes an id.
 */
export const myCasesEndpoint: Endpoint = {
  path: '/my/cases',
  method: 'get',
  handler: handled(async (req) => {
    const resident = await signedInResident(req)
    return answer(req, await myCases(req, resident.id))
  }),
}

/**
 * `GET /api/my/overview`: 我的 as a page, for a browser without
 * JavaScript — the same cases as `/api/my/cases`, with the forms to rate and
 * to say "没有解决". Not signed in: to the sign-in page.
 */
export const myOverviewEndpoint: Endpoint = {
  path: '/my/overview',
  method: 'get',
  handler: handled(async (req) => {
    const resident = await optionalResident(req)
    if (!resident) return new Response(null, { status: 303, headers: { Location: portalPath(PORTAL_PATHS.mySignIn()), 'Cache-Control': 'no-store' } })
    return overviewPage(accountView(resident), await myCases(req, resident.id))
  }),
}

/** The page a browser's own post of the claim form is answered with. */
const claimedPage = (what: string): Promise<Response> =>
  htmlPage({ title: '已添加到我的', body: html`<h1>已添加到我的</h1><p class="lead">${what}已添加到“我的”。</p><p><a href="${portalPath(PORTAL_PATHS.my())}">返回“我的”</a></p>` })

/** Link one application to the resident, unless it is already another account's. */
async function claimApplication(req: PayloadRequest, residentId: string, application: Application): Promise<Response> {
  const owner = relationId(application.resident)
  if (owner && owner !== residentId) throw new RequestError('CLAIMED_ELSEWHERE', '这件申请已经关联到另一个账号', 409)
  const claimed: Application = owner
    ? application
    : await req.payload.update({ collection: 'applications', id: application.id, data: { resident: residentId }, depth: 0, overrideAccess: true, context: { [WORKFLOW_CONTEXT]: true } })
  if (wantsHtmlPage(req)) return claimedPage(`申请 ${claimed.trackingNumber}（${claimed.serviceTitle}）`)
  return answer(req, await statusAnswer(req, claimed))
}

/** Link a 一件事 and all its member applications to the resident; answered with the joint status. */
async function claimBundle(req: PayloadRequest, residentId: string, number: string, queryCode: string): Promise<Response> {
  const joint = await claimJointCase(req, residentId, number, queryCode)
  if (wantsHtmlPage(req)) return claimedPage(`一件事 ${joint.number}（${joint.bundle.title}，共${joint.members.length}项申请）`)
  return answer(req, joint)
}

/**
 * `POST /api/my/claim` {trackingNumber, queryCode}: add an application
 * submitted before signing in (or without an account) to 我的 — or, with a
 * joint number (YJ…), a 一件事 and all its member applications. The query
 * code proves it is the resident's (the same lock as status look-ups); an
 * application already in another account stays there, and so does a 一件事
 * any of whose members is.
 */
export const claimEndpoint: Endpoint = {
  path: '/my/claim',
  method: 'post',
  handler: handled(async (req) => {
    const resident = await signedInResident(req)
    const { queryCode, trackingNumber } = await residentKey(req)
    if (isJointNumber(trackingNumber)) return claimBundle(req, resident.id, trackingNumber, queryCode)
    return claimApplication(req, resident.id, await findForResident(req, trackingNumber, queryCode))
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

export const myEndpoints: Endpoint[] = [myCasesEndpoint, myOverviewEndpoint, claimEndpoint, prefillEndpoint]
