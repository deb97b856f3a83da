import type { PayloadRequest } from 'payload'

import type { Board, BoardMember, Resident } from '../../cms/payload-types'
import { withTransaction } from '../../cms/lib/withTransaction'
import { boardByCode, boardById } from '../Boards/lookup'
import { blacklistEntry, identityKeys, memberOf } from '../community/membership'
import { screenText } from '../community/screening'
import { compactWord } from '../community/screening/normalise'
import type { FieldError } from '../endpoints/refusal'
import { invalid } from '../endpoints/respond'
import { RequestError } from '../errors'
import { relationId } from '../relations'
import { verifiedPerson } from '../Residents/lib/realName'
import { BOARD_MEMBERS, NICKNAME_LENGTH } from '.'
import { PLEDGE_VERSION } from './pledge'

/** What a resident sends to join: their community's 12-digit code, a nickname, the pledge ticked, and whether to ask the 居委会 instead of the population base. */
export type JoinRequest = { askCommittee: boolean; community: string; nickname: string; pledge: boolean }

/** Letters (any script), digits, and a few joiners people use in names: no spaces, no symbols that imitate staff or links. */
const NICKNAME_CHARACTERS = /^[\p{L}\p{N}_\-·]+$/u
/** Six digits in a row already look like part of a phone or ID number. */
const NUMBER_LIKE = /\d{6,}/
/** Words that would pass a resident off as the 居委会, staff or the government (checked in the folded form, so 居 委 会 and 居委會 count too). */
const OFFICIAL_WORDS = ['居委会', '居民委员会', '社区工作', '网格员', '管理员', '街道办', '办事处', '政府', '官方', '一站通', '12345']

/** A nickname as it is stored and compared: full-width letters and digits made plain, so Ａlice and Alice are one name. */
export const plainNickname = (nickname: string): string => nickname.normalize('NFKC')

const nicknameError = (code: string, message: string): FieldError => ({ field: 'nickname', code, message })

/** The nickname's own rules: length, characters, no phone or ID number, not official-looking, no listed word (even a masked one), not taken. */
async function nicknameErrors(req: PayloadRequest, nickname: string): Promise<FieldError[]> {
  const plain = plainNickname(nickname)
  if (plain.length < NICKNAME_LENGTH.min || plain.length > NICKNAME_LENGTH.max) return [nicknameError('NICKNAME_LENGTH', `昵称请用${NICKNAME_LENGTH.min}到${NICKNAME_LENGTH.max}个字`)]
  if (!NICKNAME_CHARACTERS.test(plain)) return [nicknameError('NICKNAME_CHARACTERS', '昵称只能用汉字、字母、数字和 _ - ·，不能有空格和其他符号')]
  if (NUMBER_LIKE.test(plain)) return [nicknameError('NICKNAME_NUMBER', '昵称里不能有电话号码、证件号码这样的长串数字')]
  const folded = compactWord(plain)
  if (OFFICIAL_WORDS.some((word) => folded.includes(word))) return [nicknameError('NICKNAME_OFFICIAL', '昵称不能像居委会、社区工作人员或政府部门的名称，请换一个')]
  if ((await screenText(req, nickname)).outcome !== 'pass') return [nicknameError('NICKNAME_NOT_ALLOWED', '这个昵称含有不宜使用的词语，请换一个')]
  const taken = await req.payload.count({ collection: BOARD_MEMBERS, where: { nickname: { equals: plain } }, overrideAccess: true, req })
  return taken.totalDocs ? [nicknameError('NICKNAME_TAKEN', '这个昵称已经有人用了，请换一个')] : []
}

/** A resident who already joined: asked again, or a board elsewhere (moving house is not handled online yet). */
async function refuseSecondMembership(req: PayloadRequest, member: BoardMember, board: Board): Promise<never> {
  if (relationId(member.board) === board.id) {
    throw member.status === 'pending'
      ? new RequestError('ALREADY_ASKED', '您已经申请加入本社区论坛，请等待居委会确认', 409)
      : new RequestError('ALREADY_MEMBER', '您已经是本社区论坛的成员', 409)
  }
  const home = await boardById(req, relationId(member.board)!)
  throw new RequestError('MEMBER_ELSEWHERE', `您已经加入了${home?.name ?? '其他社区的论坛'}。每人只能加入一个社区论坛；搬家后请联系新住址的社区居委会办理`, 409)
}

/**
 * How the resident's residence is confirmed: the population base when their
 * verified person lives in the community (they join at once), else the
 * 居委会 when they ask for it (they wait as `pending`). Anyone else is told
 * both ways.
 */
async function verificationFor(req: PayloadRequest, resident: Resident, board: Board, askCommittee: boolean): Promise<'committee' | 'population'> {
  const person = await verifiedPerson(req, resident, '请先在“我的”中完成实名核验，再加入社区论坛').catch((error: unknown) => {
    if (askCommittee && resident.realName?.name) return undefined
    throw error
  })
  if (person?.scope?.community === board.code) return 'population'
  if (askCommittee) return 'committee'
  throw new RequestError('NOT_RESIDENT_HERE', '人口库登记的您的居住社区不是这个社区。如果您确实住在这里，可以申请由社区居委会确认', 403)
}

/**
 * A resident joins their community's board (one membership each): checked
 * first — the pledge, the nickname, the board, the blacklist, the
 * residence — then written in one transaction. Joined at once when the
 * population base places them there; else waiting for the 居委会 to confirm.
 */
export async function joinBoard(req: PayloadRequest, resident: Resident, request: JoinRequest): Promise<BoardMember> {
  const errors: FieldError[] = []
  if (!request.pledge) errors.push({ field: 'pledge', code: 'PLEDGE_REQUIRED', message: '请阅读并同意论坛公约' })
  const board = await boardByCode(req, request.community)
  if (!board || board.level !== 'community') errors.push({ field: 'community', code: 'UNKNOWN_COMMUNITY', message: '请选择您居住的社区' })
  errors.push(...(await nicknameErrors(req, request.nickname)))
  if (errors.length) throw invalid(errors)
  const earlier = await memberOf(req, resident.id)
  if (earlier) await refuseSecondMembership(req, earlier, board!)
  const keys = identityKeys(req, resident)
  if (await blacklistEntry(req, keys)) throw new RequestError('BLACKLISTED', '您已被列入论坛黑名单，不能加入论坛', 403)
  const verification = await verificationFor(req, resident, board!, request.askCommittee)
  return withTransaction(
    req.payload,
    (tx) =>
      tx.payload.create({
        collection: BOARD_MEMBERS,
        data: {
          nickname: plainNickname(request.nickname),
          resident: resident.id,
          board: board!.id,
          verification,
          status: verification === 'population' ? 'active' : 'pending',
          pledge: { acceptedAt: new Date().toISOString(), version: PLEDGE_VERSION },
          ...keys,
        },
        overrideAccess: true,
        depth: 0,
        req: tx,
      }),
    req,
  )
}
