import type { PayloadRequest, Where } from 'payload'

import type { BoardThread } from '../../../cms/payload-types'
import { portalOrigin } from '../../catalogue/portalUrl'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { RequestError } from '../../errors'
import { deliverOnCommit } from '../../Notifications/deliver'
import { queueMessage } from '../../Notifications/queue'
import { renderMessage } from '../../Notifications/templates'
import { relationId } from '../../relations'
import { PROPOSAL_STATUSES } from '../words'
import { addTimelineEntry, type ProposalOnBoard } from './timeline'

/**
 * 答复 and 落实: every proposal gets an answer with its reasons (采纳,
 * 不采纳 or 研究中), told by SMS to its author and every supporter with an
 * account; an adopted proposal then gets progress entries until it is done.
 * Each step is a public timeline entry, in the caller's transaction.
 */

export const PROPOSAL_DECISIONS = ['adopted', 'declined', 'studying'] as const
export type ProposalDecision = (typeof PROPOSAL_DECISIONS)[number]

/** Still open to an answer: gathering, on an agenda, or being studied. */
const ANSWERABLE = new Set(['collecting', 'agenda', 'studying'])

const proposalLink = ({ board, thread }: ProposalOnBoard): string => `${portalOrigin()}${PORTAL_PATHS.communityProposal(board.code!, thread.id)}`

/**
 * Change these fields of the proposal's own record, and only these (its
 * support count moves meanwhile, by an atomic counter), provided it still
 * stands in one of the `from` statuses: of two staff acting at once, the
 * second changes nothing and gets the caller's refusal.
 */
async function updateProposal(req: PayloadRequest, thread: BoardThread, from: Iterable<string>, proposal: Partial<NonNullable<BoardThread['proposal']>>, refusal: () => RequestError): Promise<BoardThread> {
  const { docs } = await req.payload.update({
    collection: 'board-threads',
    where: { and: [{ id: { equals: thread.id } }, { 'proposal.status': { in: [...from] } }] },
    data: { proposal },
    overrideAccess: true,
    depth: 0,
    req,
  })
  if (!docs[0]) throw refusal()
  return docs[0]
}

/** The phones of the author and of every supporter whose verified account is theirs, each once. */
async function followersPhones(req: PayloadRequest, thread: BoardThread): Promise<Set<string>> {
  const phones = new Set<string>()
  const authorMember = relationId(thread.author)
  const residentIds: (number | string)[] = []
  if (authorMember !== undefined) {
    const member = await req.payload.findByID({ collection: 'board-members', id: authorMember, depth: 0, overrideAccess: true, disableErrors: true, req })
    const id = relationId(member?.resident)
    if (id !== undefined) residentIds.push(id)
  }
  const { docs: supports } = await req.payload.find({ collection: 'proposal-supports', where: { thread: { equals: thread.id } }, depth: 0, pagination: false, select: { person: true }, overrideAccess: true, req })
  const persons = supports.map((support) => relationId(support.person)).filter((id) => id !== undefined)
  const or: Where[] = [...(residentIds.length ? [{ id: { in: residentIds } }] : []), ...(persons.length ? [{ and: [{ 'realName.person': { in: persons } }, { 'realName.status': { equals: 'verified' } }] }] : [])]
  if (!or.length) return phones
  const { docs } = await req.payload.find({ collection: 'residents', where: { or }, depth: 0, pagination: false, select: { phone: true }, overrideAccess: true, showHiddenFields: true, req })
  for (const { phone } of docs) if (phone) phones.add(phone)
  return phones
}

/** Answer a proposal with reasons; tell its author and supporters. */
export async function answerProposal(req: PayloadRequest, proposal: ProposalOnBoard, decision: ProposalDecision, reasons: string): Promise<BoardThread> {
  const { board, thread } = proposal
  if (thread.status !== 'published') throw new RequestError('PROPOSAL_NOT_PUBLISHED', '这个提议还没有公开或已被屏蔽，不能答复', 409)
  const answered = () => new RequestError('PROPOSAL_ANSWERED', '这个提议已经答复过', 409)
  if (!ANSWERABLE.has(thread.proposal?.status ?? '')) throw answered()
  const updated = await updateProposal(req, thread, ANSWERABLE, { status: decision, answer: reasons, answeredAt: new Date().toISOString(), answeredBy: String(req.user!.id) }, answered)
  await addTimelineEntry(req, proposal, decision, reasons)
  const { subject, text } = await renderMessage(req, 'community.proposalAnswered', { title: thread.title, decision: PROPOSAL_STATUSES[decision], link: proposalLink(proposal) })
  let deliver = false
  for (const phone of await followersPhones(req, thread)) deliver = (await queueMessage(req, { boardThread: thread.id, scope: board.scope }, { subject, message: text, phone }, 'staff')) || deliver
  if (deliver) deliverOnCommit(req)
  return updated
}

/** A step in carrying out an adopted proposal; `done` closes it as 已落实. */
export async function recordProgress(req: PayloadRequest, proposal: ProposalOnBoard, note: string, done: boolean): Promise<void> {
  const { thread } = proposal
  const notAdopted = () => new RequestError('NOT_ADOPTED', '只有已采纳、尚未落实的提议可以记录落实进展', 409)
  if (thread.proposal?.status !== 'adopted') throw notAdopted()
  if (done) await updateProposal(req, thread, ['adopted'], { status: 'done' }, notAdopted)
  await addTimelineEntry(req, proposal, done ? 'done' : 'adopted', note)
}

/** A proposal put on a meeting's agenda: its status, its meeting and a timeline entry (once per meeting). */
export async function putOnAgenda(req: PayloadRequest, proposal: ProposalOnBoard, meeting: { id: number | string; title: string }): Promise<void> {
  const { thread } = proposal
  if (!['collecting', 'agenda'].includes(thread.proposal?.status ?? '') || String(relationId(thread.proposal?.meeting)) === String(meeting.id)) return
  const gathering = ['collecting', 'agenda']
  await updateProposal(req, thread, gathering, { status: 'agenda', meeting: String(meeting.id) }, () => new RequestError('PROPOSAL_ANSWERED', '这个提议已经答复，不能再列入议程', 409))
  await addTimelineEntry(req, proposal, 'agenda', `列入“${meeting.title}”议程`)
}
