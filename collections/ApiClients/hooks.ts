import type { CollectionAfterErrorHook, CollectionAfterOperationHook, CollectionBeforeOperationHook, Payload, PayloadRequest } from 'payload'

import { countsInTransaction, type RateDecision, takeRequest } from '../../cms/lib/rateLimit'
import { isActiveClient } from '../access'
import { writeAudit } from '../AuditLog/record'
import { tooManyRequests } from '../errors'
import { whereForLog } from '../privacy/personalFields'

/** The operation an API client's request asked for (hooks may run others inside it). */
const FIRST_OPERATION = 'apiClientOperation'
/** The call was counted inside the operation's transaction, which a refusal rolls back. */
const COUNTED_IN_TRANSACTION = 'apiClientCountedInTransaction'

/**
 * Count one call by an API client against its per-minute limit (shared by
 * every server process). `req` when the call runs inside a write's transaction.
 */
export const countApiCall = (payload: Payload, client: { id: number | string; rateLimitPerMinute?: null | number }, req?: PayloadRequest): Promise<RateDecision> =>
  takeRequest(payload, `rate:api:${String(client.id)}`, { limit: client.rateLimitPerMinute ?? 600, windowSeconds: 60 }, req)

/**
 * Count an API client's request against its per-minute limit, once per
 * request however many operations the request runs inside, and remember
 * which operation it was.
 */
export const limitApiClient: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!isActiveClient(req.user) || req.context[FIRST_OPERATION]) return args
  req.context[FIRST_OPERATION] = `${collection.slug}:${operation}`
  // Payload has already opened the transaction of a create or update (see countRolledBackApiCall).
  req.context[COUNTED_IN_TRANSACTION] = countsInTransaction(req.payload, req)
  const decision = await countApiCall(req.payload, req.user, req)
  if (!decision.allowed) throw tooManyRequests(req, 'RATE_LIMITED', '调用太频繁，请稍后再试', decision.retryAfterSeconds)
  return args
}

/**
 * A refused or failed write rolls back its transaction, and with it the count
 * made inside it (on SQLite): count the call again, now outside, so failing
 * calls use up the limit like any other.
 */
export const countRolledBackApiCall: CollectionAfterErrorHook = async ({ req }) => {
  if (!isActiveClient(req.user) || req.context[COUNTED_IN_TRANSACTION] !== true) return
  req.context[COUNTED_IN_TRANSACTION] = false
  await countApiCall(req.payload, req.user)
}

/** Log each read an API client makes: which collection, how many records, which filter. */
export const auditApiRead: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  if (!isActiveClient(req.user) || (operation !== 'find' && operation !== 'findByID')) return result
  // Payload names the operation "read" before it runs and find/findByID after.
  if (req.context[FIRST_OPERATION] !== `${collection.slug}:read`) return result
  req.context[FIRST_OPERATION] = 'logged'
  const docs = operation === 'find' ? (result as { docs: { id: string }[] }).docs : [result as { id: string }]
  const where = (args as { where?: unknown }).where
  await writeAudit(req, {
    action: 'api-read',
    targetCollection: collection.slug,
    targetId: operation === 'findByID' ? docs[0]?.id : undefined,
    summary: `读取 ${docs.length} 条`,
    detail: where && Object.keys(where).length > 0 ? `筛选条件：${JSON.stringify(whereForLog(req.payload, collection.slug, where)).slice(0, 1000)}` : undefined,
    scope: req.user.scope,
  })
  return result
}
