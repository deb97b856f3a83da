import type { PayloadRequest } from 'payload'

import type { Resident, Ticket } from '../../../cms/payload-types'
import { relationId } from '../../relations'

type OrderOwner = Pick<Ticket, 'caller' | 'resident'>

/** Filed by this resident: linked to the account, or from the account's own number. */
export const isOwnOrder = (ticket: OrderOwner, resident: Pick<Resident, 'id' | 'phone'>): boolean =>
  String(relationId(ticket.resident) ?? '') === String(resident.id) || Boolean(resident.phone && ticket.caller?.phone === resident.phone)

const residentsById = async (req: PayloadRequest, ids: string[]): Promise<Pick<Resident, 'id' | 'phone'>[]> =>
  ids.length
    ? (await req.payload.find({ collection: 'residents', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, showHiddenFields: true, select: { phone: true }, req })).docs
    : []

/**
 * 合并: a duplicate's followers now follow the order it was merged into, and
 * so does the signed-in resident who filed the duplicate — they hear at
 * that order's 办结 instead of never. Nobody follows their own order or the
 * same order twice (the unique index is never tried inside the step's
 * transaction, which MongoDB would abort). Runs in the merge's transaction.
 */
export async function moveFollowersOnMerge(req: PayloadRequest, duplicate: Ticket, target: Ticket): Promise<void> {
  const followsOf = async (ticket: Ticket) =>
    (await req.payload.find({ collection: 'ticket-followers', where: { ticket: { equals: ticket.id } }, depth: 0, pagination: false, select: { resident: true }, req })).docs
  const [moving, staying] = await Promise.all([followsOf(duplicate), followsOf(target)])
  const already = new Set(staying.map((follow) => String(relationId(follow.resident))))
  const filer = relationId(duplicate.resident)
  const candidates = [...new Set([...moving.map((follow) => String(relationId(follow.resident))), ...(filer ? [String(filer)] : [])])]
  const welcome = new Set((await residentsById(req, candidates.filter((id) => !already.has(id)))).filter((resident) => !isOwnOrder(target, resident)).map((resident) => String(resident.id)))
  for (const follow of moving) {
    const resident = String(relationId(follow.resident))
    if (welcome.delete(resident)) await req.payload.update({ collection: 'ticket-followers', id: follow.id, data: { ticket: target.id, scope: target.scope }, depth: 0, req })
    else await req.payload.delete({ collection: 'ticket-followers', id: follow.id, depth: 0, req })
  }
  // What is left to welcome is the duplicate's own filer.
  for (const resident of welcome) await req.payload.create({ collection: 'ticket-followers', data: { ticket: target.id, resident, scope: target.scope }, depth: 0, req })
}
