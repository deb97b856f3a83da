import type { Endpoint, PayloadRequest } from 'payload'

import { clientAddress } from '../../../cms/lib/clientAddress'
import { type RateLimit, rateLimitFromEnv, takeRequest } from '../../../cms/lib/rateLimit'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { html, htmlPage, wantsHtmlPage } from '../../endpoints/htmlAnswer'
import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import type { FieldError } from '../../endpoints/refusal'
import { answer, handled, invalid } from '../../endpoints/respond'
import { boardById } from '../../Boards/lookup'
import { RequestError } from '../../errors'
import { relationId } from '../../relations'
import { signedInResident } from '../../Residents/lib/accounts'
import { portalPath } from '../../Residents/endpoints/signIn'
import { isCommunityStaff } from '../access'
import { MODERATION_ACTIONS, type ModerationAction, POST_STATUSES, type PostStatus, REPORT_REASONS, type ReportReason } from '../words'
import { blacklistMember, liftBlacklist, MUTE_MAX_DAYS, muteMember } from './members'
import { MODERATION_QUEUE_PATH } from './adminViews'
import { isPostCollection, moderatePost, postName } from './posts'
import { MODERATION_TABS } from './queue'
import { fileReport } from './reports'

/**
 * The moderation endpoints: residents' 举报 (JSON, or a plain form post
 * answered with a page), and the staff's decisions on posts and measures
 * against members, each in one transaction.
 */

export const REPORTS_PATH = '/api/community/reports'

const REASON_MAX = 500
export const DETAILS_MAX = 500

/** Reports one client address may send (`COMMUNITY_REPORTS_PER_CLIENT=30/3600`) and one resident (`COMMUNITY_REPORTS_PER_RESIDENT=20/86400`). */
const reportLimits = {
  perClient: (): RateLimit => rateLimitFromEnv('COMMUNITY_REPORTS_PER_CLIENT', { limit: 30, windowSeconds: 3600 }),
  perResident: (): RateLimit => rateLimitFromEnv('COMMUNITY_REPORTS_PER_RESIDENT', { limit: 20, windowSeconds: 86_400 }),
}

async function limitReports(req: PayloadRequest, residentId: number | string): Promise<void> {
  for (const [key, limit] of [[`rate:communityReport:${clientAddress(req.headers)}`, reportLimits.perClient()], [`rate:communityReport:resident:${residentId}`, reportLimits.perResident()]] as const) {
    const decision = await takeRequest(req.payload, key, limit)
    if (!decision.allowed) throw new RequestError('TOO_MANY_REPORTS', '举报太频繁，请稍后再试', 429, { retryAfterSeconds: decision.retryAfterSeconds })
  }
}

/** The staff member acting: 401 signed out, 403 without the community role. */
function communityStaff(req: PayloadRequest): void {
  if (!req.user) throw new RequestError('UNAUTHENTICATED', '请先登录', 401)
  if (req.user.collection !== 'users' || !isCommunityStaff(req.user as never)) throw new RequestError('FORBIDDEN', '只有社区工作者可以处理论坛内容', 403)
}

const oneOf = <T extends string>(words: Record<T, string>, value: string, field: string, message: string): T => {
  if (!Object.hasOwn(words, value)) throw invalid([{ field, code: 'UNKNOWN_VALUE', message }])
  return value as T
}

/** A record id from a route or a field: a UUID (SQLite), a Mongo object id, or digits. */
const recordId = (value: string, field: string): string => {
  if (!/^[0-9A-Za-z-]{1,36}$/.test(value)) throw invalid([{ field, code: 'MALFORMED_ID', message: '编号格式不正确' }], 400)
  return value
}

/** The body's text fields, a 400 naming any of the wrong type. */
async function textFields(req: PayloadRequest, limits: Record<string, number>): Promise<Record<string, string>> {
  const { fields } = await readBody(req)
  const errors: FieldError[] = []
  const read = Object.fromEntries(Object.entries(limits).map(([name, max]) => [name, textField(fields, name, errors, max).trim()]))
  assertWellFormed(errors)
  return read
}

const required = (value: string, field: string, message: string): string => {
  if (!value) throw invalid([{ field, code: 'REQUIRED', message }])
  return value
}

const reportedPage = (held: boolean, back: string) =>
  htmlPage({
    title: '举报已收到',
    body: html`<h1>举报已收到</h1><p>谢谢您。社区工作者会尽快核查这条内容${held ? '；被多位居民举报的内容已暂停显示，等待复核' : ''}。处理后我们会用短信告诉您结果，也可以在“我的论坛”里查看。</p><p><a href="${portalPath(back)}">返回帖子</a> · <a href="${portalPath(PORTAL_PATHS.communityMine())}">我的论坛</a></p>`,
  })

/**
 * - `POST /api/community/reports` {thread, reply?, reason, details?}: a
 *   signed-in resident's 举报, 201 (a page for a form post); 409 when they
 *   already have one pending on the post; 429 over the limits.
 * - `POST /api/community/moderation/:collection/:id` {action, reason}:
 *   approve, reject, hide or restore a thread (`board-threads`) or reply
 *   (`board-replies`) in the staff member's subtree.
 * - `POST /api/community/members/:id/mute` {days, reason},
 *   `POST /api/community/members/:id/blacklist` {reason, until?},
 *   `POST /api/community/blacklist/:id/lift` {reason}.
 */
export const moderationEndpoints: Endpoint[] = [
  {
    path: '/community/reports',
    method: 'post',
    handler: handled(async (req) => {
      const resident = await signedInResident(req)
      const input = await textFields(req, { thread: 36, reply: 36, reason: 20, details: DETAILS_MAX })
      const thread = recordId(required(input.thread!, 'thread', '请说明举报哪个帖子'), 'thread')
      const reply = input.reply ? recordId(input.reply, 'reply') : undefined
      const reason = oneOf<ReportReason>(REPORT_REASONS, input.reason!, 'reason', '请选择举报理由')
      await limitReports(req, resident.id)
      // The platform acts: the hold it may cause is the platform's step, not the reporter's.
      const { held, report, thread: reported } = await withTransaction(req.payload, (tx) => fileReport(tx, resident, { thread, reply, reason, details: input.details! }))
      if (wantsHtmlPage(req)) return reportedPage(held, PORTAL_PATHS.communityThread((await boardById(req, relationId(reported.board)!))!.code!, reported.id))
      return answer(req, { id: report.id, status: report.status, held, message: '举报已收到，处理后会告诉您结果' }, 201)
    }),
  },
  {
    path: '/community/moderation/:collection/:id',
    method: 'post',
    handler: handled(async (req) => {
      communityStaff(req)
      const collection = String(req.routeParams?.collection ?? '')
      if (!isPostCollection(collection)) throw new RequestError('NOT_FOUND', '没有这种论坛内容', 404)
      const id = recordId(String(req.routeParams?.id ?? ''), 'id')
      const input = await textFields(req, { action: 20, reason: REASON_MAX, back: 10 })
      const action = oneOf<ModerationAction>(MODERATION_ACTIONS, input.action!, 'action', '请选择审核操作')
      const post = await withTransaction(req.payload, (tx) => moderatePost(tx, collection, id, action, input.reason!), req)
      if (wantsHtmlPage(req)) return backToQueue(req, input.back!, `已${MODERATION_ACTIONS[action]}《${postName(post)}》`)
      return answer(req, { id: post.id, status: post.status, statusLabel: POST_STATUSES[post.status as PostStatus], message: `已${MODERATION_ACTIONS[action]}` })
    }),
  },
  {
    path: '/community/members/:id/mute',
    method: 'post',
    handler: handled(async (req) => {
      communityStaff(req)
      const id = recordId(String(req.routeParams?.id ?? ''), 'id')
      const input = await textFields(req, { days: 3, reason: REASON_MAX })
      const days = Number(input.days)
      if (!Number.isInteger(days) || days < 1 || days > MUTE_MAX_DAYS) throw invalid([{ field: 'days', code: 'OUT_OF_RANGE', message: `禁言天数应为1到${MUTE_MAX_DAYS}天` }])
      const reason = required(input.reason!, 'reason', '请填写禁言理由')
      const member = await withTransaction(req.payload, (tx) => muteMember(tx, id, days, reason), req)
      return answer(req, { id: member.id, status: member.status, mutedUntil: member.mutedUntil, message: `已禁言${days}天` })
    }),
  },
  {
    path: '/community/members/:id/blacklist',
    method: 'post',
    handler: handled(async (req) => {
      communityStaff(req)
      const id = recordId(String(req.routeParams?.id ?? ''), 'id')
      const input = await textFields(req, { reason: REASON_MAX, until: 10 })
      const reason = required(input.reason!, 'reason', '请填写列入黑名单的理由')
      const until = input.until ? untilDate(input.until) : undefined
      const entry = await withTransaction(req.payload, (tx) => blacklistMember(tx, id, reason, until), req)
      return answer(req, { id: entry.id, until: entry.until ?? null, message: '已列入黑名单' }, 201)
    }),
  },
  {
    path: '/community/blacklist/:id/lift',
    method: 'post',
    handler: handled(async (req) => {
      communityStaff(req)
      const id = recordId(String(req.routeParams?.id ?? ''), 'id')
      const input = await textFields(req, { reason: REASON_MAX })
      const reason = required(input.reason!, 'reason', '请填写解除理由')
      const entry = await withTransaction(req.payload, (tx) => liftBlacklist(tx, id, reason), req)
      return answer(req, { id: entry.id, liftedAt: entry.liftedAt, message: '已解除黑名单' })
    }),
  },
]

/** After a decision posted from the admin's queue (no script): back to the tab it came from, saying what was done. */
function backToQueue(req: PayloadRequest, back: string, done: string): Response {
  const tab = Object.hasOwn(MODERATION_TABS, back) ? back : 'pending'
  const location = `${req.payload.config.routes.admin}${MODERATION_QUEUE_PATH}?tab=${tab}&done=${encodeURIComponent(done)}`
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })
}

/** A blacklist's last day (YYYY-MM-DD, Beijing time), as the moment it ends: the next Beijing midnight. */
function untilDate(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00+08:00`) : Number.NaN
  if (Number.isNaN(day) || day <= Date.now()) throw invalid([{ field: 'until', code: 'INVALID_DATE', message: '期限应为今天以后的日期，例如2027-06-30' }])
  return new Date(day + 86_400_000).toISOString()
}
