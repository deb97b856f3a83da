import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Demand, DemandGroup, Service } from '../../cms/payload-types'
import { nameOf } from '../casework/actorWords'
import { deliverOnCommit } from '../Notifications/deliver'
import { queueMessage } from '../Notifications/queue'
import { renderMessage } from '../Notifications/templates'
import { authorsOfThreads } from '../community/demands/authors'
import { relationId } from '../relations'
import { CATALOGUE_DECISIONS, DECISION_KIND_LABELS, type DecisionKind } from './labels'

/**
 * When a group's decision changes the catalogue, publishing the linked
 * service or guide tells every resident who raised one of its demands and
 * left a number (the caller of a work order, the sender of a correction, the
 * applicant who rated, the author of a board post) — once per number, once per group (`notifiedAt`),
 * in the publication's transaction.
 */

/** What a message is filed under: the case the number came from (so the case's readers see it was sent). */
type About = { application: string } | { correction: string } | { resident: string } | { ticket: string }

/** The numbers to reach the residents behind these demands, each once, with the case each came from. */
async function contactsOf(req: PayloadRequest, demands: Pick<Demand, 'case'>[]): Promise<Map<string, About>> {
  const idsOf = (collection: string) => demands.filter((demand) => demand.case.relationTo === collection).map((demand) => String(relationId(demand.case.value)))
  const contacts = new Map<string, About>()
  const add = (phone: null | string | undefined, about: About) => {
    if (phone && !contacts.has(phone)) contacts.set(phone, about)
  }
  const read = { depth: 0, pagination: false, req, overrideAccess: true, showHiddenFields: true } as const
  const tickets = idsOf('tickets')
  if (tickets.length) for (const doc of (await req.payload.find({ collection: 'tickets', where: { id: { in: tickets } }, select: { caller: true }, ...read })).docs) add(doc.caller?.phone, { ticket: doc.id })
  const corrections = idsOf('guide-corrections')
  if (corrections.length) for (const doc of (await req.payload.find({ collection: 'guide-corrections', where: { id: { in: corrections } }, select: { phone: true }, ...read })).docs) add(doc.phone, { correction: doc.id })
  const applications = idsOf('applications')
  if (applications.length) for (const doc of (await req.payload.find({ collection: 'applications', where: { id: { in: applications } }, select: { applicant: true }, ...read })).docs) add(doc.applicant?.phone, { application: doc.id })
  // A board post's author is reached through their resident account (the post shows only a nickname).
  const threads = idsOf('board-threads')
  if (threads.length) for (const author of await authorsOfThreads(req, threads)) if (author.resident) add(author.phone, { resident: author.resident })
  return contacts
}

/** Tell the residents of one decided group, and mark it told. */
async function tellGroup(req: PayloadRequest, group: DemandGroup, service: Pick<Service, 'title'>): Promise<void> {
  const { docs } = await req.payload.find({ collection: 'demands', where: { group: { equals: group.id } }, pagination: false, depth: 0, select: { case: true }, req })
  const contacts = await contactsOf(req, docs)
  const kind = group.decision!.kind as DecisionKind
  const { subject, text } = await renderMessage(req, 'demand.decided', { decision: DECISION_KIND_LABELS[kind], serviceTitle: service.title, note: group.decision?.note ?? '' })
  let deliver = false
  for (const [phone, about] of contacts) deliver = (await queueMessage(req, { ...about, scope: group.scope }, { subject, message: text, phone }, 'staff')) || deliver
  if (deliver) deliverOnCommit(req)
  const at = new Date().toISOString()
  const entry = { at, action: 'notify' as const, actorName: nameOf(null), actorUnit: null, note: `“${service.title}”已发布，已通知 ${contacts.size} 位居民` }
  await req.payload.update({ collection: 'demand-groups', id: group.id, data: { decision: { ...group.decision, notifiedAt: at }, history: [...(group.history ?? []), entry] }, req, depth: 0 })
}

/** afterChange on services: a published version answers the groups whose decision waits for it. */
export const tellResidentsOnPublish: CollectionAfterChangeHook<Service> = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  const { docs } = await req.payload.find({
    collection: 'demand-groups',
    where: { and: [{ 'decision.service': { equals: doc.id } }, { 'decision.kind': { in: CATALOGUE_DECISIONS } }, { 'decision.notifiedAt': { exists: false } }] },
    pagination: false,
    depth: 0,
    req,
  })
  for (const group of docs) await tellGroup(req, group, doc)
  return doc
}
