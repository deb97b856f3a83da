import type { PayloadRequest } from 'payload'

import type { BoardBlacklist, BoardMember, Resident } from '../../../cms/payload-types'
import { writeAudit } from '../../AuditLog/record'
import { RequestError } from '../../errors'
import { assertWritableScope } from '../../fields/divisionScope'
import { relationId } from '../../relations'
import { chinaTime } from '../../Tickets/web/trackPage'
import { blacklistEntry, identityKeys } from '../membership'
import { tellResident } from '../tellResident'

/**
 * Staff measures against a member, in the caller's transaction (whose user
 * is the staff member), each audited and told to the resident by SMS: a mute for some days, the blacklist
 * (by the keyed hashes of the person's phone and ID number, so a new
 * account is refused too) and lifting it. Nothing is deleted.
 */

/** Longest mute, in days. */
export const MUTE_MAX_DAYS = 365

const DAY_MS = 86_400_000

/** The member, within the staff member's subtree (403 outside, 404 when none). */
async function memberInScope(tx: PayloadRequest, id: number | string): Promise<BoardMember> {
  const { docs } = await tx.payload.find({ collection: 'board-members', where: { id: { equals: id } }, depth: 0, limit: 1, pagination: false, overrideAccess: true, showHiddenFields: true, req: tx })
  if (!docs[0]) throw new RequestError('NOT_FOUND', '没有找到这位论坛成员', 404)
  assertWritableScope(tx, docs[0].scope ?? {})
  return docs[0]
}

/** A member still waiting for the 居委会 has not spoken yet: the 居委会 confirms or refuses them first. */
function assertConfirmed(member: BoardMember): void {
  if (member.status === 'pending') throw new RequestError('MEMBER_PENDING', '这位居民的入坛申请还在等待居委会确认，请先确认或不予确认', 409)
}

/** Where a member stands once nothing bars them any more: muted while a mute runs, else active. */
const statusAfterBar = (member: BoardMember): BoardMember['status'] => (member.mutedUntil && Date.parse(member.mutedUntil) > Date.now() ? 'muted' : 'active')

const staffId = (tx: PayloadRequest) => (tx.user?.collection === 'users' ? tx.user.id : undefined)

/** 禁言: the member may not post until `days` from now. */
export async function muteMember(tx: PayloadRequest, id: number | string, days: number, reason: string): Promise<BoardMember> {
  const member = await memberInScope(tx, id)
  assertConfirmed(member)
  const mutedUntil = new Date(Date.now() + days * DAY_MS).toISOString()
  // A blacklisted member stays blacklisted; the mute still runs when the entry is lifted.
  const status = member.status === 'blacklisted' ? 'blacklisted' : 'muted'
  const updated = await tx.payload.update({ collection: 'board-members', id: member.id, data: { status, mutedUntil }, overrideAccess: true, depth: 0, req: tx })
  await writeAudit(tx, { action: 'member-mute', targetCollection: 'board-members', targetId: member.id, scope: member.scope, summary: `禁言${days}天：${reason}` })
  await tellResident(tx, relationId(member.resident)!, 'community.memberBarred', { measure: `禁言${days}天`, reason })
  return updated
}

/** 列入黑名单: the person behind the member, by phone and ID number, until `until` (or for good). */
export async function blacklistMember(tx: PayloadRequest, id: number | string, reason: string, until?: string): Promise<BoardBlacklist> {
  const member = await memberInScope(tx, id)
  assertConfirmed(member)
  const resident = (await tx.payload.findByID({ collection: 'residents', id: relationId(member.resident)!, depth: 0, overrideAccess: true, showHiddenFields: true, req: tx })) as Resident
  const keys = identityKeys(tx, resident)
  // The live entries decide, as for posting: one that has ended does not stand in the way of a new one.
  if (await blacklistEntry(tx, { phoneKey: keys.phoneKey ?? member.phoneKey ?? null, idKey: keys.idKey ?? member.idKey ?? null })) {
    throw new RequestError('ALREADY_BLACKLISTED', '这位居民已在黑名单中', 409)
  }
  const entry = await tx.payload.create({
    collection: 'board-blacklist',
    data: { board: relationId(member.board) as string, member: member.id, nickname: member.nickname, phoneKey: keys.phoneKey ?? member.phoneKey, idKey: keys.idKey ?? member.idKey, reason, until, addedBy: staffId(tx) },
    overrideAccess: true,
    depth: 0,
    req: tx,
  })
  await tx.payload.update({ collection: 'board-members', id: member.id, data: { status: 'blacklisted' }, overrideAccess: true, depth: 0, req: tx })
  const term = until ? `（至${chinaTime(until).slice(0, 10)}）` : '（长期）'
  await writeAudit(tx, { action: 'member-blacklist', targetCollection: 'board-blacklist', targetId: entry.id, scope: member.scope, summary: `列入黑名单${term}：${reason}` })
  await tellResident(tx, resident.id, 'community.memberBarred', { measure: `列入论坛黑名单${term}`, reason })
  return entry
}

/** 解除黑名单: the entry stays, marked lifted; its member may post again (once a mute still running ends). */
export async function liftBlacklist(tx: PayloadRequest, id: number | string, reason: string): Promise<BoardBlacklist> {
  const { docs } = await tx.payload.find({ collection: 'board-blacklist', where: { id: { equals: id } }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req: tx })
  const entry = docs[0]
  if (!entry) throw new RequestError('NOT_FOUND', '没有找到这条黑名单记录', 404)
  assertWritableScope(tx, entry.scope ?? {})
  if (entry.liftedAt) throw new RequestError('ALREADY_LIFTED', '这条黑名单记录已经解除', 409)
  const lifted = await tx.payload.update({ collection: 'board-blacklist', id: entry.id, data: { liftedAt: new Date().toISOString(), liftedBy: staffId(tx), liftReason: reason }, overrideAccess: true, depth: 0, req: tx })
  const memberId = relationId(entry.member)
  const member = memberId === undefined ? null : await tx.payload.findByID({ collection: 'board-members', id: memberId, depth: 0, overrideAccess: true, disableErrors: true, req: tx })
  if (member?.status === 'blacklisted') await tx.payload.update({ collection: 'board-members', id: member.id, data: { status: statusAfterBar(member) }, overrideAccess: true, depth: 0, req: tx })
  await writeAudit(tx, { action: 'blacklist-lift', targetCollection: 'board-blacklist', targetId: entry.id, scope: entry.scope, summary: `解除黑名单：${reason}` })
  return lifted
}
