import type { PayloadRequest, Where } from 'payload'

import type { BoardMember, BoardReply, BoardThread } from '../../../cms/payload-types'
import { writeAudit } from '../../AuditLog/record'
import type { AuditAction } from '../../AuditLog/actions'
import { invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { assertWritableScope } from '../../fields/divisionScope'
import { relationId } from '../../relations'
import { tellResident } from '../tellResident'
import { MODERATION_ACTIONS, type ModerationAction, POST_STATUSES, type PostStatus, REPORT_STATUSES, type ReportStatus } from '../words'
import { changedScore, creditChange } from './credit'

/**
 * Moderation of one post (a thread or a reply): the status, the decision
 * with its reason, the photos' public flag in step, the reports on it
 * resolved, the author's credit, the messages to the author and the
 * reporters, and the audit log — all in the caller's transaction. Nothing
 * is ever deleted.
 */

export const POST_COLLECTIONS = ['board-threads', 'board-replies'] as const
export type PostCollection = (typeof POST_COLLECTIONS)[number]
export type Post = BoardReply | BoardThread

export const isPostCollection = (value: unknown): value is PostCollection => POST_COLLECTIONS.includes(value as PostCollection)

/** The statuses each action moves a post from, and where to; approving a published post keeps it, dismissing its reports. */
const STEPS: Record<ModerationAction, { from: PostStatus[]; to: PostStatus }> = {
  approve: { from: ['pending', 'published'], to: 'published' },
  reject: { from: ['pending'], to: 'rejected' },
  hide: { from: ['published', 'held'], to: 'hidden' },
  restore: { from: ['hidden', 'held'], to: 'published' },
}

/** Actions whose reason the author must be told. */
export const NEEDS_REASON: ReadonlySet<ModerationAction> = new Set(['reject', 'hide'])

const AUDIT_ACTIONS: Record<ModerationAction, AuditAction> = { approve: 'post-approve', reject: 'post-reject', hide: 'post-hide', restore: 'post-restore' }

/** What a report's outcome is once its post was decided: upheld when it is taken down, dismissed when it stays. */
const REPORT_OUTCOMES: Record<ModerationAction, ReportStatus> = { approve: 'dismissed', restore: 'dismissed', reject: 'upheld', hide: 'upheld' }

/** A thread's title, or a reply's opening words, as the messages and the audit log name the post. */
export const postName = (post: Post): string => ('title' in post && post.title ? post.title : post.body.length > 20 ? `${post.body.slice(0, 20)}…` : post.body)

/** The post, read as the platform; 404 when there is none. */
export async function findPost(req: PayloadRequest, collection: PostCollection, id: number | string): Promise<Post> {
  const { docs } = await req.payload.find({ collection, where: { id: { equals: id } }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
  if (!docs[0]) throw new RequestError('NOT_FOUND', '没有找到这条内容', 404)
  return docs[0] as Post
}

/** Reports on exactly this post: a thread's own (not its replies'), or the reply's. */
export const reportsOn = (collection: PostCollection, post: Post): Where =>
  collection === 'board-replies' ? { reply: { equals: post.id } } : { and: [{ thread: { equals: post.id } }, { reply: { exists: false } }] }

/** Public or not: a post's photos follow its status. */
async function showPhotos(req: PayloadRequest, post: Post, shown: boolean): Promise<void> {
  const ids = (post.photos ?? []).map((each) => relationId(each)).filter((each) => each !== undefined)
  if (!ids.length) return
  await req.payload.update({ collection: 'board-photos', where: { id: { in: ids } }, data: { shown }, overrideAccess: true, depth: 0, req })
}

/** Resolve the post's pending reports with the decision, tell each reporter, and log it. */
async function resolveReports(req: PayloadRequest, collection: PostCollection, post: Post, decision: ModerationAction, outcome: string): Promise<number> {
  const { docs } = await req.payload.find({ collection: 'board-reports', where: { and: [reportsOn(collection, post), { status: { equals: 'pending' } }] }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  if (!docs.length) return 0
  const status = REPORT_OUTCOMES[decision]
  const handledBy = req.user?.collection === 'users' ? req.user.id : undefined
  await req.payload.update({ collection: 'board-reports', where: { id: { in: docs.map((each) => each.id) } }, data: { status, outcome, handledAt: new Date().toISOString(), handledBy }, overrideAccess: true, depth: 0, req })
  for (const reporter of new Set(docs.map((each) => relationId(each.reporter)!))) {
    await tellResident(req, reporter, 'community.reportHandled', { post: postName(post), result: REPORT_STATUSES[status], outcome })
  }
  await writeAudit(req, { action: 'report-handle', targetCollection: collection, targetId: post.id, scope: post.scope, summary: `处理举报${docs.length}件：${REPORT_STATUSES[status]}` })
  return docs.length
}

/** Change the author's credit score by `change` points (within 0–100), audited. */
export async function changeCredit(req: PayloadRequest, memberId: number | string, change: number, why: string): Promise<void> {
  if (!change) return
  const member = (await req.payload.findByID({ collection: 'board-members', id: memberId, depth: 0, overrideAccess: true, req })) as BoardMember
  const score = changedScore(member.credit?.score, change)
  await req.payload.update({ collection: 'board-members', id: member.id, data: { credit: { score } }, overrideAccess: true, depth: 0, req })
  await writeAudit(req, {
    action: 'credit-change',
    targetCollection: 'board-members',
    targetId: member.id,
    scope: member.scope,
    summary: `信用分${change > 0 ? '+' : ''}${change}：${why}`,
    changes: [{ field: 'credit.score', label: '信用分', from: member.credit?.score ?? null, to: score }],
  })
}

/**
 * A moderator's decision on a post, in `tx` (whose user is the moderator):
 * 403 outside their subtree, 409 when the post's status does not allow it,
 * 422 without the reason reject and hide need.
 */
export async function moderatePost(tx: PayloadRequest, collection: PostCollection, id: number | string, action: ModerationAction, reason: string): Promise<Post> {
  const post = await findPost(tx, collection, id)
  assertWritableScope(tx, post.scope ?? {})
  const step = STEPS[action]
  if (!step.from.includes(post.status as PostStatus)) {
    throw new RequestError('WRONG_STATUS', `这条内容现在是“${POST_STATUSES[post.status as PostStatus]}”，不能${MODERATION_ACTIONS[action]}`, 409)
  }
  if (NEEDS_REASON.has(action) && !reason) throw invalid([{ field: 'reason', code: 'REQUIRED', message: `请填写${MODERATION_ACTIONS[action]}的理由，理由会告诉发帖人` }])
  const updated = (await tx.payload.update({
    collection,
    id: post.id,
    data: { status: step.to, moderation: { reason: reason || null, decidedAt: new Date().toISOString(), decidedBy: tx.user?.id } },
    overrideAccess: true,
    depth: 0,
    req: tx,
  })) as Post
  await showPhotos(tx, post, step.to === 'published')
  await writeAudit(tx, {
    action: AUDIT_ACTIONS[action],
    targetCollection: collection,
    targetId: post.id,
    scope: post.scope,
    summary: `${MODERATION_ACTIONS[action]}《${postName(post)}》${reason ? `，理由：${reason}` : ''}`,
    changes: [{ field: 'status', label: '状态', from: POST_STATUSES[post.status as PostStatus], to: POST_STATUSES[step.to] }],
  })
  const outcome = `${MODERATION_ACTIONS[action]}${reason ? `：${reason}` : ''}`
  await resolveReports(tx, collection, post, action, outcome)
  const author = relationId(post.author)
  if (author !== undefined) await changeCredit(tx, author, creditChange(action, post.status), `${MODERATION_ACTIONS[action]}《${postName(post)}》`)
  // A published post kept as it is (its reports dismissed) is no news to its author.
  if (author !== undefined && post.status !== step.to) {
    const member = (await tx.payload.findByID({ collection: 'board-members', id: author, depth: 0, overrideAccess: true, select: { resident: true }, req: tx })) as BoardMember
    await tellResident(tx, relationId(member.resident)!, 'community.postModerated', { post: postName(post), result: MODERATION_ACTIONS[action], reasonNote: reason ? `，理由：${reason}` : '' })
  }
  return updated
}

/**
 * Hold a published post for review (待复核) once its pending reports reach
 * the board's threshold, in the report's transaction; audited as the
 * platform's own step. Whether it was held.
 */
export async function holdIfReported(tx: PayloadRequest, collection: PostCollection, post: Post, threshold: number): Promise<boolean> {
  if (post.status !== 'published') return false
  const pending = await tx.payload.count({ collection: 'board-reports', where: { and: [reportsOn(collection, post), { status: { equals: 'pending' } }] }, overrideAccess: true, req: tx })
  if (pending.totalDocs < threshold) return false
  await tx.payload.update({ collection, id: post.id, data: { status: 'held' }, overrideAccess: true, depth: 0, req: tx })
  await showPhotos(tx, post, false)
  await writeAudit(tx, {
    action: 'post-hold',
    targetCollection: collection,
    targetId: post.id,
    scope: post.scope,
    summary: `《${postName(post)}》被举报${pending.totalDocs}次，暂停显示待复核`,
    changes: [{ field: 'status', label: '状态', from: POST_STATUSES.published, to: POST_STATUSES.held }],
  })
  return true
}
