import type { PayloadRequest } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { clientAddress } from '../../../cms/lib/clientAddress'
import { rateLimitFromEnv, takeRequest } from '../../../cms/lib/rateLimit'
import { RequestError } from '../../errors'
import { QUERY_CODE, queryCodeMatches, TRACKING_NUMBER } from '../lib/codes'
import { invalid } from './respond'

/** Wrong query codes allowed per tracking number before it is locked. */
export const QUERY_CODE_ATTEMPTS = 5
const LOCK_SECONDS = 15 * 60

type Lock = { failures: number; lockedUntil: number }

/** Per-client limits on the public endpoints (`APPLY_SUBMIT_LIMIT=20/600` style overrides). */
export const limits = {
  submit: () => rateLimitFromEnv('APPLY_SUBMIT_LIMIT', { limit: 20, windowSeconds: 600 }),
  lookup: () => rateLimitFromEnv('APPLY_LOOKUP_LIMIT', { limit: 60, windowSeconds: 60 }),
}

/** Count this request against the client's limit for `kind`, or refuse it with 429. */
export async function limitClient(req: PayloadRequest, kind: keyof typeof limits): Promise<void> {
  const decision = await takeRequest(req.payload, `rate:${kind}:${clientAddress(req.headers)}`, limits[kind]())
  if (!decision.allowed) {
    throw new RequestError('RATE_LIMITED', '操作太频繁，请稍后再试', 429, {
      retryAfterSeconds: decision.retryAfterSeconds,
    })
  }
}

/**
 * The application a resident names by tracking number and query code. Wrong
 * codes count against the tracking number (whether or not it exists, so the
 * answer reveals nothing); after five it is locked for fifteen minutes.
 */
export async function findWithQueryCode(req: PayloadRequest, trackingNumber: string, queryCode: string): Promise<Application> {
  const number = trackingNumber.trim().toUpperCase()
  const code = queryCode.trim()
  if (!TRACKING_NUMBER.test(number)) {
    throw invalid([{ field: 'trackingNumber', code: 'TRACKING_NUMBER_FORMAT', message: '受理编号应为 YZ 加14位数字' }], 400)
  }
  const lockKey = `application-lock:${number}`
  const lock = await req.payload.kv.get<Lock>(lockKey)
  const now = Date.now()
  if (lock && lock.lockedUntil > now) {
    throw new RequestError('LOCKED', '查询码错误次数太多，请15分钟后再试，或拨打12345', 429, {
      retryAfterSeconds: Math.ceil((lock.lockedUntil - now) / 1000),
    })
  }
  const { docs } = await req.payload.find({
    collection: 'applications',
    where: { trackingNumber: { equals: number } },
    limit: 1,
    depth: 0,
    joins: false,
    pagination: false,
  })
  const application = docs[0]
  if (application && QUERY_CODE.test(code) && queryCodeMatches(req.payload.secret, number, code, application.queryCodeHash ?? '')) {
    if (lock) await req.payload.kv.delete(lockKey)
    return application
  }
  const failures = (lock && lock.lockedUntil !== 0 ? 0 : (lock?.failures ?? 0)) + 1
  const locked = failures >= QUERY_CODE_ATTEMPTS
  await req.payload.kv.set(lockKey, { failures, lockedUntil: locked ? now + LOCK_SECONDS * 1000 : 0 })
  if (locked) {
    throw new RequestError('LOCKED', '查询码错误次数太多，请15分钟后再试，或拨打12345', 429, {
      retryAfterSeconds: LOCK_SECONDS,
    })
  }
  throw new RequestError('NOT_FOUND', `受理编号或查询码不正确，还可以再试${QUERY_CODE_ATTEMPTS - failures}次`, 404)
}
