import { type PayloadRequest, ValidationError, type Where } from 'payload'

import type { Board, BoardMember, Person, Resident } from '../../../cms/payload-types'
import { addToCounterRow } from '../../../cms/lib/counterRow'
import { invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { queueMessage } from '../../Notifications/queue'
import { deliverOnCommit } from '../../Notifications/deliver'
import { renderMessage } from '../../Notifications/templates'
import { lookupKey } from '../../privacy/lookupKey'
import { verifiedPerson } from '../../Residents/lib/realName'
import { memberOf } from '../membership'
import type { SupportChannel } from '../words'
import { addTimelineEntry, type ProposalOnBoard } from './timeline'

/**
 * 支持 a proposal: one per person (the keyed hash of the ID number, unique
 * per proposal), online by a verified resident of the board's community or
 * entered by staff from a paper signature or a call. The count is kept in
 * one atomic step; the support that reaches the board's threshold records
 * it on the public timeline and tells the community's staff.
 */

/** Supports are gathered until the proposal is answered. */
const GATHERING = new Set(['collecting', 'agenda'])

/** Whether the person lives in the board's community (or, on a street's board, the street). */
const livesOn = (person: Pick<Person, 'scope'>, board: Pick<Board, 'code' | 'level'>): boolean =>
  (board.level === 'street' ? person.scope?.street : person.scope?.community) === board.code

const closed = () => new RequestError('PROPOSAL_CLOSED', '这个提议已经答复，不再征集支持', 409)

type Supporter = { channel: SupportChannel; member?: BoardMember['id']; person: Person; recordedBy?: string }

/** Record one support in the caller's transaction; returns the proposal's new count. */
async function recordSupport(req: PayloadRequest, proposal: ProposalOnBoard, { person, ...support }: Supporter): Promise<number> {
  const { board, thread } = proposal
  if (thread.status !== 'published') throw new RequestError('PROPOSAL_NOT_PUBLISHED', '这个提议还没有公开或已被屏蔽，不能支持', 409)
  if (!GATHERING.has(thread.proposal?.status ?? '')) throw closed()
  const personKey = lookupKey(req.payload.secret, 'idNumber', person.idNumber)
  const taken = await req.payload.count({ collection: 'proposal-supports', where: { and: [{ thread: { equals: thread.id } }, { personKey: { equals: personKey } }] }, overrideAccess: true, req })
  if (taken.totalDocs) throw new RequestError('ALREADY_SUPPORTED', '这位居民已经支持过这个提议，每人只能支持一次', 409)
  try {
    await req.payload.create({ collection: 'proposal-supports', data: { thread: thread.id, board: board.id, person: person.id, personKey, ...support }, overrideAccess: true, depth: 0, req })
  } catch (error) {
    // Two requests for the same person at once: the unique index keeps one.
    if (error instanceof ValidationError) throw new RequestError('ALREADY_SUPPORTED', '这位居民已经支持过这个提议，每人只能支持一次', 409)
    throw error
  }
  // Counted only while the proposal still gathers supports: an answer committed since the read above closes it.
  const gathering: Where = { and: [{ id: { equals: thread.id } }, { 'proposal.status': { in: [...GATHERING] } }] }
  const count = await addToCounterRow(req.payload, { collection: 'board-threads', field: 'proposal.supports', where: gathering }, 1, req)
  if (count === null) throw closed()
  if (count >= (thread.proposal?.threshold ?? board.proposalThreshold)) await markReached(req, proposal, count)
  return count
}

/** The first time the count reaches the threshold: the date, the timeline entry, and the community's staff told by SMS. */
async function markReached(req: PayloadRequest, proposal: ProposalOnBoard, count: number): Promise<void> {
  const { thread } = proposal
  const reachedAt = new Date().toISOString()
  const { docs } = await req.payload.update({
    collection: 'board-threads',
    where: { and: [{ id: { equals: thread.id } }, { 'proposal.reachedAt': { exists: false } }] },
    data: { proposal: { reachedAt } },
    overrideAccess: true,
    depth: 0,
    req,
  })
  if (!docs.length) return
  await addTimelineEntry(req, proposal, thread.proposal!.status!, `支持人数达到${count}人，达到上会人数，等待列入居民议事会议程`)
  await tellStaff(req, proposal, count)
}

/** SMS to the community workers of the board's own division who left a phone. */
async function tellStaff(req: PayloadRequest, { board, thread }: ProposalOnBoard, count: number): Promise<void> {
  const { docs: staff } = await req.payload.find({
    collection: 'users',
    where: { and: [{ division: { equals: board.division } }, { roles: { in: ['communityWorker'] } }, { active: { equals: true } }, { phone: { exists: true } }] },
    depth: 0,
    pagination: false,
    select: { phone: true },
    overrideAccess: true,
    req,
  })
  const { subject, text } = await renderMessage(req, 'community.proposalReached', { title: thread.title, supports: count })
  let deliver = false
  for (const { phone } of staff) if (phone) deliver = (await queueMessage(req, { boardThread: thread.id, scope: board.scope }, { subject, message: text, phone }, 'staff')) || deliver
  if (deliver) deliverOnCommit(req)
}

/** A signed-in resident supports online: real name verified, living in the board's community. */
export async function supportOnline(req: PayloadRequest, resident: Resident, proposal: ProposalOnBoard): Promise<number> {
  const person = await verifiedPerson(req, resident, '支持居民提议须先完成实名核验')
  if (!livesOn(person, proposal.board)) throw new RequestError('OTHER_COMMUNITY', '只有本社区的居民可以支持这个提议', 403)
  const member = await memberOf(req, resident.id)
  return recordSupport(req, proposal, { channel: 'online', person, member: member?.id })
}

/** Staff enter a support given on paper or by phone: the person found in the community's population base by name and ID number. */
export async function supportOnBehalf(req: PayloadRequest, proposal: ProposalOnBoard, { channel, idNumber, name }: { channel: SupportChannel; idNumber: string; name: string }): Promise<number> {
  // Read unmasked (access bypassed, hidden fields shown): the name is compared and the ID number keyed.
  const { docs } = await req.payload.find({ collection: 'persons', where: { idNumber: { equals: idNumber } }, depth: 0, limit: 1, pagination: false, overrideAccess: true, showHiddenFields: true, req })
  const person = docs[0]
  if (!person || person.name !== name || !livesOn(person, proposal.board)) {
    throw invalid([{ field: 'idNumber', code: 'PERSON_NOT_FOUND', message: '本社区人口库中没有这位居民，请核对姓名和身份证号' }])
  }
  return recordSupport(req, proposal, { channel, person, recordedBy: String(req.user!.id) })
}
