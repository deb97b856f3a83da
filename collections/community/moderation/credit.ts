import type { PayloadRequest } from 'payload'

import type { BoardMember } from '../../../cms/payload-types'
import { countsInTransaction, type RateLimit, returnRequest, takeRequest } from '../../../cms/lib/rateLimit'
import { onRollback } from '../../../cms/lib/withTransaction'
import { RequestError } from '../../errors'
import type { ModerationAction } from '../words'

/**
 * A member's credit (信用分, 0–100, starting at 100) as data: what each
 * moderation outcome costs, the grade a score falls in, and how many posts
 * and replies a member of that grade may write a day.
 */

/** Points a moderation outcome takes from the author's score; restoring a hidden post gives the hide's points back. */
export const CREDIT_CHANGES = { reject: -5, hide: -10 } as const satisfies Partial<Record<ModerationAction, number>>

/** The change to the author's score when `action` moves a post out of `from`. */
export function creditChange(action: ModerationAction, from: null | string | undefined): number {
  if (action === 'restore') return from === 'hidden' ? -CREDIT_CHANGES.hide : 0
  return action === 'approve' ? 0 : CREDIT_CHANGES[action]
}

export const CREDIT_MAX = 100

/** Grades from the best down: the lowest score of each, and the posts and replies allowed a day. */
export const CREDIT_GRADES = [
  { grade: 'good', label: '良好', from: 90, postsPerDay: 30 },
  { grade: 'fair', label: '一般', from: 70, postsPerDay: 10 },
  { grade: 'poor', label: '较差', from: 50, postsPerDay: 3 },
  { grade: 'bad', label: '很差', from: 0, postsPerDay: 1 },
] as const
export type CreditGrade = (typeof CREDIT_GRADES)[number]

export const gradeOf = (score: null | number | undefined): CreditGrade => CREDIT_GRADES.find((each) => (score ?? CREDIT_MAX) >= each.from)!

/** The score after a change, within 0–100. */
export const changedScore = (score: null | number | undefined, change: number): number => Math.min(CREDIT_MAX, Math.max(0, (score ?? CREDIT_MAX) + change))

const DAY_SECONDS = 86_400
/** Days run from Beijing's midnight. */
const BEIJING_OFFSET_SECONDS = 8 * 3600

/**
 * Count one post or reply against the member's daily allowance for their
 * grade (days from Beijing's midnight); 429 once it is used up. Taken once
 * the text has passed screening, in the caller's transaction: a post that
 * fails after it gives its place back (on MongoDB, where counts stay
 * outside transactions, by an explicit return on rollback).
 */
export async function takePostingAllowance(req: PayloadRequest, member: BoardMember): Promise<void> {
  const grade = gradeOf(member.credit?.score)
  const limit: RateLimit = { limit: grade.postsPerDay, windowSeconds: DAY_SECONDS, offsetSeconds: BEIJING_OFFSET_SECONDS }
  const key = `board-posts:${member.id}`
  const decision = await takeRequest(req.payload, key, limit, req)
  if (!decision.allowed) {
    throw new RequestError('POSTING_LIMIT', `您的论坛信用为“${grade.label}”，每天最多发帖和回复${grade.postsPerDay}条，今天的次数已用完，请明天再来`, 429, { retryAfterSeconds: decision.retryAfterSeconds })
  }
  if (!countsInTransaction(req.payload, req)) onRollback(req, () => returnRequest(req.payload, key, limit))
}
