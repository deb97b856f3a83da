import type { PayloadRequest, Where } from 'payload'

import type { Board, BoardMember, Resident } from '../../cms/payload-types'
import { boardById } from '../Boards/lookup'
import { parseDivisionCode } from '../Divisions/code'
import { RequestError } from '../errors'
import { lookupKey } from '../privacy/lookupKey'
import { relationId } from '../relations'
import { phoneKeyOf } from '../Residents/lib/accounts'

/**
 * Who may speak on a board: a member (a resident whose real name and
 * community were confirmed, who accepted the pledge) on their community's
 * board and their street's; not blacklisted (by phone or ID number, whatever
 * the account), not muted, on an open board. Every resident route that
 * writes to a board goes through `postingMember`.
 */

/** The keyed hashes a person is recognised by across accounts: their phone, and their ID number once given. */
export function identityKeys(req: PayloadRequest, resident: Pick<Resident, 'phone' | 'realName'>): { idKey: null | string; phoneKey: null | string } {
  return {
    phoneKey: resident.phone ? phoneKeyOf(req, resident.phone) : null,
    idKey: resident.realName?.idNumber ? lookupKey(req.payload.secret, 'idNumber', resident.realName.idNumber) : null,
  }
}

/** The resident's membership, if they joined a board. */
export async function memberOf(req: PayloadRequest, residentId: number | string): Promise<BoardMember | undefined> {
  const { docs } = await req.payload.find({ collection: 'board-members', where: { resident: { equals: residentId } }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
  return docs[0]
}

/** The live blacklist entry for these keys (phone or ID number), if any. */
export async function blacklistEntry(req: PayloadRequest, keys: { idKey: null | string; phoneKey: null | string }) {
  const matches: Where[] = []
  if (keys.phoneKey) matches.push({ phoneKey: { equals: keys.phoneKey } })
  if (keys.idKey) matches.push({ idKey: { equals: keys.idKey } })
  if (!matches.length) return undefined
  const now = new Date().toISOString()
  const { docs } = await req.payload.find({
    collection: 'board-blacklist',
    where: { and: [{ or: matches }, { liftedAt: { exists: false } }, { or: [{ until: { exists: false } }, { until: { greater_than: now } }] }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

/** Whether a member of `home` (their community's board) may post on `board`: their own, or their street's. */
export function speaksOn(home: Pick<Board, 'code' | 'id'>, board: Pick<Board, 'code' | 'id' | 'level'>): boolean {
  if (home.id === board.id) return true
  return board.level === 'street' && Boolean(home.code) && parseDivisionCode(home.code!).path.street === board.code
}

/**
 * The resident's membership if they may post on `board` now, or the refusal
 * (403 with a code the portal explains, 409 for a closed board). The daily
 * allowance is counted once the text has passed screening (posting.ts).
 */
export async function postingMember(req: PayloadRequest, resident: Resident, board: Board): Promise<BoardMember> {
  if (!board.open) throw new RequestError('BOARD_CLOSED', '本论坛暂停发帖', 409)
  const member = await memberOf(req, resident.id)
  if (!member) throw new RequestError('NOT_A_MEMBER', '请先完成实名核验并同意论坛公约，加入本社区论坛后再发言', 403)
  if (member.status === 'pending') throw new RequestError('MEMBER_PENDING', '您的入坛申请正在等待居委会确认，确认后即可发言', 403)
  const home = await boardById(req, relationId(member.board)!)
  if (!home || !speaksOn(home, board)) throw new RequestError('OTHER_COMMUNITY', '您只能在自己所在社区和街道的论坛发言', 403)
  // The live entry decides, not the member's status: an entry may end (`until`) or be lifted.
  if (await blacklistEntry(req, identityKeys(req, resident))) {
    throw new RequestError('BLACKLISTED', '您已被列入论坛黑名单，不能发言', 403)
  }
  if (member.status === 'muted' && member.mutedUntil && Date.parse(member.mutedUntil) > Date.now()) {
    throw new RequestError('MUTED', '您已被禁言，禁言期满后可以发言', 403, { until: member.mutedUntil })
  }
  return member
}
