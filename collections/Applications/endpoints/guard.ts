import type { PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { clientAddress } from '../../../cms/lib/clientAddress'
import { attemptCountingFailures, clearRequests, type RateLimit, rateLimitFromEnv, takeRequest } from '../../../cms/lib/rateLimit'
import { RequestError } from '../../errors'
import { QUERY_CODE, queryCodeMatches, TRACKING_NUMBER } from '../lib/codes'
import { invalid } from '../../endpoints/respond'
import { relationId } from '../../relations'
import { optionalResident } from '../../Residents/lib/accounts'

/** Wrong query codes allowed per tracking number in each window of LOCK_SECONDS. */
const QUERY_CODE_ATTEMPTS = 5
const LOCK_SECONDS = 15 * 60
const queryCodeLimit = { limit: QUERY_CODE_ATTEMPTS, windowSeconds: LOCK_SECONDS }
const LOCKED_MESSAGE = '查询码错误次数太多，请15分钟后再试，或重新获取查询码，或拨打12345'

/** Per-client limits on the public endpoints (`APPLY_SUBMIT_LIMIT=20/600` style overrides). */
export const limits = {
  submit: () => rateLimitFromEnv('APPLY_SUBMIT_LIMIT', { limit: 20, windowSeconds: 600 }),
  lookup: () => rateLimitFromEnv('APPLY_LOOKUP_LIMIT', { limit: 60, windowSeconds: 60 }),
  /** Web requests to the hotline (网上12345) a client may file. */
  hotlineWeb: () => rateLimitFromEnv('HOTLINE_WEB_LIMIT', { limit: 10, windowSeconds: 600 }),
  /** 这个页面对您有帮助吗 and 我要纠错 on the guides. */
  guideFeedback: () => rateLimitFromEnv('GUIDE_FEEDBACK_LIMIT', { limit: 20, windowSeconds: 600 }),
  /** Searches that found nothing, reported by the portal's search page. */
  searchMiss: () => rateLimitFromEnv('SEARCH_MISS_LIMIT', { limit: 30, windowSeconds: 600 }),
  /** Checks of result documents' verification numbers at /verify/. */
  verify: () => rateLimitFromEnv('RESULT_VERIFY_LIMIT', { limit: 30, windowSeconds: 600 }),
  /** Open311 reads without an api_key (clients with a key count against their own per-minute limit). */
  open311Read: () => rateLimitFromEnv('OPEN311_PUBLIC_READ_LIMIT', { limit: 120, windowSeconds: 60 }),
}

/** Count this request against the client's limit for `kind`, or refuse it with 429. */
export const limitClient = (req: PayloadRequest, kind: keyof typeof limits): Promise<void> => limitClientTo(req, kind, limits[kind]())

/** Count this request against the client address's `limit` for `kind` (shared by every server process), or refuse it with 429. */
export async function limitClientTo(req: PayloadRequest, kind: string, limit: RateLimit): Promise<void> {
  const decision = await takeRequest(req.payload, `rate:${kind}:${clientAddress(req.headers)}`, limit)
  if (!decision.allowed) {
    throw new RequestError('RATE_LIMITED', '操作太频繁，请稍后再试', 429, {
      retryAfterSeconds: decision.retryAfterSeconds,
    })
  }
}

/** The rate-limit key of a case number's query-code attempts (an application's, a joint case's). */
export const queryCodeKey = (trackingNumber: string): string => `query-code:${trackingNumber}`

/** Lift the lock on a tracking number (a fresh query code was sent to the applicant). */
export const unlockQueryCode = (req: PayloadRequest, trackingNumber: string): Promise<void> =>
  clearRequests(req.payload, queryCodeKey(trackingNumber), req)

/** How a refusal words a wrong secret (a query code, a phone) and the lock after too many. */
export type SecretWords = { wrong: (remaining: number) => string; locked: string }

export const QUERY_CODE_WORDS: SecretWords = {
  wrong: (remaining) =>
    remaining > 0 ? `受理编号或查询码不正确，还可以再试${remaining}次` : '受理编号或查询码不正确，错误次数已用完，请15分钟后再试，或重新获取查询码',
  locked: LOCKED_MESSAGE,
}

/**
 * Check the secret that opens a case to a resident without an account. Every
 * attempt takes one of the case number's five places in its 15-minute window
 * before the secret is compared (whether or not the number exists, so the
 * answer reveals nothing); a right secret gives its place back (see
 * attemptCountingFailures). So five wrong secrets are compared per window
 * however many requests race, and the rest are refused as locked until the
 * window ends. `matches` runs while the place is held: quick, no reading.
 */
export async function openWithSecret<T>(req: PayloadRequest, key: string, found: T | undefined, matches: (found: T) => boolean, words: SecretWords): Promise<T> {
  const attempt = await attemptCountingFailures(req.payload, key, queryCodeLimit, () => (found !== undefined && matches(found) ? found : null))
  if (!attempt.allowed) throw new RequestError('LOCKED', words.locked, 429, { retryAfterSeconds: attempt.retryAfterSeconds })
  if (attempt.result) return attempt.result
  throw new RequestError('NOT_FOUND', words.wrong(attempt.remaining), 404)
}

/** The application a resident names by tracking number and query code (five wrong codes per number per 15 minutes). */
export async function findWithQueryCode(req: PayloadRequest, trackingNumber: string, queryCode: string): Promise<Application> {
  const number = trackingNumber.trim().toUpperCase()
  const code = queryCode.trim()
  if (!TRACKING_NUMBER.test(number)) {
    throw invalid([{ field: 'trackingNumber', code: 'TRACKING_NUMBER_FORMAT', message: '受理编号应为 YZ 加14位数字' }], 400)
  }
  const application = await applicationNumbered(req, number)
  return openWithSecret(
    req,
    queryCodeKey(number),
    application,
    (found) => QUERY_CODE.test(code) && queryCodeMatches(req.payload.secret, number, code, found.queryCodeHash ?? ''),
    QUERY_CODE_WORDS,
  )
}

/**
 * The application a resident's action names: by tracking number and query
 * code, or, without a code, by tracking number alone when it is in the
 * signed-in resident's own account (anyone else's is not found).
 */
export async function findForResident(req: PayloadRequest, trackingNumber: string, queryCode: string): Promise<Application> {
  const owner = queryCode.trim() ? null : await optionalResident(req)
  if (!owner) return findWithQueryCode(req, trackingNumber, queryCode)
  const application = await ownedApplication(req, owner.id, trackingNumber)
  if (application) return application
  throw new RequestError('NOT_FOUND', NOT_OWNED.message, 404)
}

/** The refusal for an application that is not in the signed-in resident's account (whether or not it exists). */
export const NOT_OWNED = { code: 'NOT_FOUND', message: '没有找到这件申请' } as const

/** The application with this number in the account of resident `ownerId`; anyone else's, like a missing one, is undefined. */
export async function ownedApplication(req: PayloadRequest, ownerId: string, trackingNumber: string): Promise<Application | undefined> {
  const application = await applicationNumbered(req, trackingNumber.trim().toUpperCase())
  return application && relationId(application.resident) === ownerId ? application : undefined
}

/** The application with this tracking number, if any. */
export async function applicationNumbered(req: PayloadRequest, trackingNumber: string): Promise<Application | undefined> {
  const { docs } = await req.payload.find({
    collection: 'applications',
    where: { trackingNumber: { equals: trackingNumber } },
    limit: 1,
    depth: 0,
    joins: false,
    pagination: false,
  })
  return docs[0]
}
