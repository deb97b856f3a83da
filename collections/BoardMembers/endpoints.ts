import type { Endpoint, PayloadRequest, Where } from 'payload'

import { rateLimitFromEnv } from '../../cms/lib/rateLimit'
import { withTransaction } from '../../cms/lib/withTransaction'
import type { StaffUser } from '../access'
import { limitClientTo } from '../Applications/endpoints/guard'
import { writeAudit } from '../AuditLog/record'
import { boardById } from '../Boards/lookup'
import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { isCommunityStaff } from '../community/access'
import { tellResident } from '../community/tellResident'
import { MEMBER_STATUSES } from '../community/words'
import { wantsHtmlPage } from '../endpoints/htmlAnswer'
import { assertWellFormed, readBody, textField } from '../endpoints/readBody'
import type { FieldError } from '../endpoints/refusal'
import { seeOther } from '../endpoints/redirects'
import { answer, handled } from '../endpoints/respond'
import { RequestError } from '../errors'
import { relationId } from '../relations'
import { ticked } from '../Residents/endpoints/signIn'
import { signedInResident } from '../Residents/lib/accounts'
import { BOARD_MEMBERS } from '.'
import { joinBoard } from './join'

/** Requests to join one client address may send per window (`COMMUNITY_JOIN_LIMIT`, 10/600): nicknames are tried one by one. */
const limitJoins = (req: PayloadRequest): Promise<void> => limitClientTo(req, 'community-join', rateLimitFromEnv('COMMUNITY_JOIN_LIMIT', { limit: 10, windowSeconds: 600 }))

/**
 * `POST /api/community/join` {community, nickname, pledge, askCommittee}: a
 * signed-in resident joins their community's board (201 with where they
 * stand), or asks the 居委会 to confirm them; a browser's form post goes on
 * to the board, or back to the join page that says they wait.
 */
const joinEndpoint: Endpoint = {
  path: '/community/join',
  method: 'post',
  handler: handled(async (req) => {
    await limitJoins(req)
    const resident = await signedInResident(req)
    const { fields } = await readBody(req)
    const errors: FieldError[] = []
    const request = {
      community: textField(fields, 'community', errors, 20).trim(),
      nickname: textField(fields, 'nickname', errors, 100).trim(),
      pledge: ticked(fields.pledge),
      askCommittee: ticked(fields.askCommittee),
    }
    assertWellFormed(errors)
    const member = await joinBoard(req, resident, request)
    const boardPath = PORTAL_PATHS.communityBoard(request.community)
    if (wantsHtmlPage(req)) return seeOther(member.status === 'active' ? boardPath : PORTAL_PATHS.communityJoin())
    return answer(req, { nickname: member.nickname, status: member.status, statusLabel: MEMBER_STATUSES[member.status!], boardPath }, 201)
  }),
}

const DECISIONS = { confirm: '居委会确认入坛', refuse: '居委会不予确认入坛' } as const

/** What the resident is told of each decision. */
const DECISION_MESSAGES = { confirm: '居委会已确认您是本社区居民，现在可以发帖和回复', refuse: '居委会未能确认您是本社区居民，如有疑问请联系居委会，也可以完成实名核验后重新申请' } as const

/**
 * `POST /api/community/members/:id/decision` {decision: confirm | refuse}:
 * community staff answer a resident who asked the 居委会 to confirm them, in
 * their subtree. Confirmed, the member may speak (verification 居委会确认,
 * by whom); refused, the request is withdrawn and the resident may ask
 * again. Either way the resident is told by SMS and the audit log keeps
 * who decided.
 */
const notPending = () => new RequestError('NOT_PENDING', '这位成员不在等待确认', 409)

const decisionEndpoint: Endpoint = {
  path: '/community/members/:id/decision',
  method: 'post',
  handler: handled(async (req) => {
    const user = req.user as null | StaffUser
    if (!isCommunityStaff(user)) throw new RequestError('FORBIDDEN', '只有社区工作者可以确认论坛成员', 403)
    const { fields } = await readBody(req)
    const decision = String(fields.decision ?? '')
    if (!Object.hasOwn(DECISIONS, decision)) throw new RequestError('UNKNOWN_DECISION', '请选择确认或不予确认', 400)
    const id = String(req.routeParams?.id ?? '')
    // Staff read members of their subtree only: anyone else's is not found.
    const member = await req.payload.findByID({ collection: BOARD_MEMBERS, id, depth: 0, overrideAccess: false, user, disableErrors: true, req })
    if (!member) throw new RequestError('NOT_FOUND', '没有找到这个论坛成员', 404)
    if (member.status !== 'pending') throw notPending()
    const board = await boardById(req, relationId(member.board)!)
    await withTransaction(
      req.payload,
      async (tx) => {
        // Only while still pending: of a confirm and a refusal sent at once, the second finds nothing to decide.
        const stillPending: Where = { and: [{ id: { equals: id } }, { status: { equals: 'pending' } }] }
        const { docs } =
          decision === 'confirm'
            ? await tx.payload.update({ collection: BOARD_MEMBERS, where: stillPending, data: { status: 'active', verification: 'committee', confirmedBy: String(user!.id) }, overrideAccess: true, depth: 0, req: tx })
            : await tx.payload.delete({ collection: BOARD_MEMBERS, where: stillPending, overrideAccess: true, depth: 0, req: tx })
        if (!docs.length) throw notPending()
        await writeAudit(tx, { action: decision === 'confirm' ? 'update' : 'delete', targetCollection: BOARD_MEMBERS, targetId: id, scope: board?.scope, summary: DECISIONS[decision as keyof typeof DECISIONS] })
        await tellResident(tx, relationId(member.resident)!, 'community.memberDecided', { board: board?.name ?? '社区', result: DECISION_MESSAGES[decision as keyof typeof DECISIONS] })
      },
      req,
    )
    return answer(req, { decision, summary: DECISIONS[decision as keyof typeof DECISIONS] })
  }),
}

export const boardMemberEndpoints: Endpoint[] = [joinEndpoint, decisionEndpoint]
