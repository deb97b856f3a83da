import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { PayloadRequest } from 'payload'

import type { BoardThread, Demand, Ticket } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { type PreparedFile, storedFiles } from '../../Applications/lib/attachments'
import { hasRole, isInUserScope, outOfScopeError } from '../../access'
import { writeAudit } from '../../AuditLog/record'
import { boardById } from '../../Boards/lookup'
import { registerDemand } from '../../Demands/register'
import type { DemandKind } from '../../Demands/sources'
import { isUniqueClash, RequestError } from '../../errors'
import { relationId } from '../../relations'
import { MAX_TICKET_CONTENT, type TicketKind } from '../../Tickets/states'
import { COMMUNITY_STAFF_ROLES } from '../access'
import { threadAuthors } from './authors'
import type { ThreadCategory } from '../words'

/**
 * 转办: community staff (and hotline agents, who take orders from every
 * channel of their division) turn a resident's post or proposal into a
 * 12345 work order or a demand in the register, once per thread. The work
 * order is the author's (their 我的, the order's own messages to their
 * phone); both are linked to the thread and the thread to them.
 */

/** Who may turn a post into work: those who run the board, and the hotline desk. */
export const CONVERTING_ROLES = [...COMMUNITY_STAFF_ROLES, 'agent'] as const

/** The kinds a post may become: a consultation is a work order but not a demand. */
export const CONVERTIBLE_TICKET_KINDS = ['suggestion', 'complaint', 'helpRequest', 'consultation'] as const satisfies readonly TicketKind[]
export const CONVERTIBLE_DEMAND_KINDS = ['suggestion', 'complaint', 'helpRequest'] as const satisfies readonly DemandKind[]

/** What a thread asks for when staff do not say: help for help and lost property, a suggestion otherwise (proposals too). */
export const defaultKindOf = (thread: Pick<BoardThread, 'category' | 'kind'>): 'helpRequest' | 'suggestion' =>
  thread.kind === 'post' && (['help', 'lostFound'] as (null | ThreadCategory | undefined)[]).includes(thread.category) ? 'helpRequest' : 'suggestion'

/** Posts removed by moderation stay removed: they are not turned into work. */
const REMOVED = new Set<BoardThread['status']>(['hidden', 'rejected'])

/**
 * The thread this staff member may convert, or the refusal: 403 for other
 * roles and other divisions, 404 for a thread they may not read, 422 for
 * 居务公开, 409 for a removed or already converted thread.
 */
export async function threadToConvert(req: PayloadRequest, id: string): Promise<BoardThread> {
  const { user } = req
  if (!hasRole(user, ...CONVERTING_ROLES)) throw new RequestError('FORBIDDEN', '只有社区工作者、热线坐席和管理员可以把帖子转为工单或诉求', 403)
  const { docs } = await req.payload.find({ collection: 'board-threads', where: { id: { equals: id } }, depth: 0, limit: 1, pagination: false, overrideAccess: false, user, req })
  const thread = docs[0]
  if (!thread) throw new RequestError('NOT_FOUND', '没有找到这个帖子', 404)
  if (!isInUserScope(user, thread.scope)) throw outOfScopeError()
  if (thread.kind === 'official') throw new RequestError('OFFICIAL_POST', '居务公开不是居民的诉求，不能转办', 422)
  if (REMOVED.has(thread.status)) throw new RequestError('THREAD_REMOVED', '这个帖子已被屏蔽或未通过审核，不能转办', 409)
  assertNotConverted(thread)
  return thread
}

function assertNotConverted(thread: Pick<BoardThread, 'demand' | 'ticket'>): void {
  if (thread.ticket) throw new RequestError('ALREADY_CONVERTED', '这个帖子已经转为12345工单，不能重复转办', 409)
  if (thread.demand) throw new RequestError('ALREADY_CONVERTED', '这个帖子已经登记为诉求，不能重复转办', 409)
}

/**
 * Link the thread to what it became, in one atomic step that finds it still
 * unconverted: of two staff converting it at once, the second gets 409 and
 * their transaction (with its order or demand) rolls back.
 */
async function claimThread(tx: PayloadRequest, thread: BoardThread, link: { demand: string } | { ticket: string }): Promise<void> {
  const claimed = await tx.payload.db.updateOne({
    collection: 'board-threads',
    where: { and: [{ id: { equals: thread.id } }, { ticket: { exists: false } }, { demand: { exists: false } }] },
    data: link,
    options: { atomic: true },
    req: tx,
  })
  if (claimed) return
  assertNotConverted(await tx.payload.findByID({ collection: 'board-threads', id: thread.id, depth: 0, overrideAccess: true, select: { ticket: true, demand: true }, req: tx }))
}

/** One order per thread (`externalId` is unique): a conversion that raced this one made it first. */
function racedOrder(error: unknown): never {
  if (isUniqueClash(error, 'externalId')) assertNotConverted({ ticket: 'raced', demand: null })
  throw error
}

const CUT_NOTE = '……（全文见社区论坛原帖）'

/** The post as an order's content: its title and text, cut to the order's limit with a note saying so. */
export function ticketContentOf(thread: Pick<BoardThread, 'body' | 'title'>): string {
  const whole = `${thread.title}\n${thread.body}`
  return whole.length <= MAX_TICKET_CONTENT ? whole : whole.slice(0, MAX_TICKET_CONTENT - CUT_NOTE.length) + CUT_NOTE
}

/** The post's photos, as they were stored (already checked and re-encoded), to copy to its order. */
async function threadPhotos(req: PayloadRequest, thread: BoardThread): Promise<PreparedFile[]> {
  const ids = (thread.photos ?? []).map((photo) => relationId(photo)!)
  if (!ids.length) return []
  const { docs } = await req.payload.find({ collection: 'board-photos', where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: true, req })
  const dir = req.payload.collections['board-photos'].config.upload.staticDir!
  return Promise.all(
    docs.map(async (photo) => {
      const data = await readFile(path.join(dir, photo.filename!))
      return { data, mimetype: photo.mimeType!, name: photo.filename!, size: data.length, upload: -1 }
    }),
  )
}

/**
 * The work order of a post, as the hotline's other channels make one
 * (channel 社区论坛): the author is the caller, under their nickname, with
 * their account's phone, so the order's own messages (受理, 办结, 回访)
 * reach them and it shows in their 我的. The division is the board's. The
 * post's photos are copied to the order's own (private) photos: they stay
 * with it whatever later becomes of the post.
 */
export async function threadToTicket(req: PayloadRequest, thread: BoardThread, kind: TicketKind): Promise<Ticket> {
  const board = await boardById(req, relationId(thread.board)!)
  if (!board) throw new RequestError('NOT_FOUND', '没有找到这个帖子所在的论坛', 404)
  const author = (await threadAuthors(req, [thread])).get(String(thread.id))!
  const [photos, stored] = [await threadPhotos(req, thread), storedFiles(req.payload, 'ticket-photos')]
  return withTransaction(
    req.payload,
    async (tx) => {
      const ticket = await tx.payload.create({
        collection: 'tickets',
        data: {
          channel: 'board',
          kind,
          caller: { name: author.nickname, phone: author.phone, confidential: false },
          summary: thread.title,
          content: ticketContentOf(thread),
          division: String(relationId(board.division)),
          externalId: `board:${thread.id}`,
          boardThread: thread.id,
          resident: author.resident,
          // The number, state and dates come from the order's own hooks (as for every channel).
        } as never,
        depth: 0,
        req: tx,
      }).catch(racedOrder)
      await claimThread(tx, thread, { ticket: ticket.id })
      await stored.store(tx, photos, () => ({ ticket: ticket.id, scope: ticket.scope }))
      await writeAudit(tx, { action: 'to-ticket', targetCollection: 'board-threads', targetId: thread.id, scope: thread.scope, summary: `帖子“${thread.title}”转为12345工单 ${ticket.number}` })
      return ticket
    },
    req,
  ).catch(async (error: unknown) => {
    await stored.discard()
    throw error
  })
}

/** The demand of a post, registered as the other sources register theirs (its case is the thread). */
export async function threadToDemand(req: PayloadRequest, thread: BoardThread, kind: DemandKind): Promise<Demand> {
  return withTransaction(
    req.payload,
    async (tx) => {
      const demand = await registerDemand(tx, {
        sourceKey: `board-threads:${thread.id}`,
        source: 'board',
        kind,
        case: { relationTo: 'board-threads', value: thread.id },
        sourceNumber: null,
        summary: thread.title,
        text: `${thread.title}\n${thread.body}`,
        scope: thread.scope,
        receivedAt: thread.createdAt,
      })
      await claimThread(tx, thread, { demand: demand.id })
      await writeAudit(tx, { action: 'to-demand', targetCollection: 'board-threads', targetId: thread.id, scope: thread.scope, summary: `帖子“${thread.title}”登记为诉求` })
      return demand
    },
    req,
  )
}
