import type { PayloadRequest } from 'payload'

import { clientAddress } from '../../../cms/lib/clientAddress'
import { rateLimitFromEnv, takeRequest } from '../../../cms/lib/rateLimit'
import { limitClientTo } from '../../Applications/endpoints/guard'
import { RequestError } from '../../errors'
import { phoneKeyOf } from '../lib/accounts'

/**
 * Limits on the residents' anonymous endpoints, per client address
 * (`RESIDENT_CODE_LIMIT`, `RESIDENT_SIGN_IN_LIMIT`) and per number
 * (`RESIDENT_CODE_NUMBER_LIMIT`: codes sent; `RESIDENT_PASSWORD_LIMIT`:
 * wrong passwords for one number from one address), all shared by every server process.
 */
export const residentLimits = {
  code: () => rateLimitFromEnv('RESIDENT_CODE_LIMIT', { limit: 10, windowSeconds: 600 }),
  signIn: () => rateLimitFromEnv('RESIDENT_SIGN_IN_LIMIT', { limit: 30, windowSeconds: 600 }),
  codePerNumber: () => rateLimitFromEnv('RESIDENT_CODE_NUMBER_LIMIT', { limit: 1, windowSeconds: 60 }),
  passwordPerNumber: () => rateLimitFromEnv('RESIDENT_PASSWORD_LIMIT', { limit: 5, windowSeconds: 900 }),
}

/** Count this request against its client address's limit for `kind`, or refuse it with 429. */
export const limitResidentClient = (req: PayloadRequest, kind: 'code' | 'signIn'): Promise<void> =>
  limitClientTo(req, `resident-${kind}`, residentLimits[kind]())

/** One code per number per interval, so nobody can make the platform text a number over and over. */
export async function limitCodesToNumber(req: PayloadRequest, phone: string): Promise<void> {
  const decision = await takeRequest(req.payload, `resident-code-number:${phoneKeyOf(req, phone)}`, residentLimits.codePerNumber())
  if (!decision.allowed) {
    throw new RequestError('CODE_TOO_SOON', `验证码已发送，请${decision.retryAfterSeconds}秒后再重新获取`, 429, { retryAfterSeconds: decision.retryAfterSeconds })
  }
}

/** The key that counts wrong passwords for one number from one client address. */
export const passwordTriesKey = (req: PayloadRequest, phone: string): string => `resident-password:${phoneKeyOf(req, phone)}:${clientAddress(req.headers)}`
