import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { clientAddress } from '../../../cms/lib/clientAddress'
import { pseudonym, rateLimitFromEnv, returnRequest, takeRequest } from '../../../cms/lib/rateLimit'
import { tooManyRequests } from '../../errors'
import { spendPasswordCheck } from '../lib/passwords'

/**
 * Failed sign-ins allowed per client address (`LOGIN_CLIENT_LIMIT`) and per
 * account from one client address (`LOGIN_ACCOUNT_LIMIT`). Accounts are never
 * locked for everyone: a stranger guessing the administrator's password is
 * stopped at their own address, and the administrator signs in from theirs.
 */
const signInLimits = {
  client: () => rateLimitFromEnv('LOGIN_CLIENT_LIMIT', { limit: 20, windowSeconds: 900 }),
  account: () => rateLimitFromEnv('LOGIN_ACCOUNT_LIMIT', { limit: 5, windowSeconds: 900 }),
}

/** What a failed sign-in answers, whether the account is unknown or the password wrong. */
export const SIGN_IN_FAILED = { zh: '用户名或密码不正确。', en: 'The user name or password is incorrect.' }

/** The places a sign-in attempt takes: in its client address's count, and in its account's from that address. */
export type CountedSignIn = { account: string; client: string }
const COUNTED = 'signInCounted'

/** The account name as Payload matches it: the user name or email, trimmed, in lower case. */
function accountName(data: Record<string, unknown>): string {
  const name = data.username ?? data.email
  return typeof name === 'string' ? name.trim().toLowerCase() : ''
}

/** Whether an account has this user name or email (Payload's login looks for either). */
async function accountExists(req: PayloadRequest, name: string): Promise<boolean> {
  const { totalDocs } = await req.payload.db.count({
    collection: 'users',
    where: { or: [{ username: { equals: name } }, { email: { equals: name } }] },
    req,
  })
  return totalDocs > 0
}

/**
 * Count a sign-in attempt against the client and the account-from-this-client
 * before the password is checked, so racing attempts cannot exceed either
 * limit, or refuse it with 429. `realm` keeps accounts of different
 * collections with the same name apart; the client's count is shared by all.
 */
export async function countSignInAttempt(req: PayloadRequest, name: string, realm = ''): Promise<CountedSignIn> {
  const address = clientAddress(req.headers)
  const counted: CountedSignIn = { client: `login:client:${address}`, account: `login:account:${realm}${pseudonym(req.payload, name)}:${address}` }
  for (const kind of ['client', 'account'] as const) {
    const decision = await takeRequest(req.payload, counted[kind], signInLimits[kind](), req)
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterSeconds / 60)
      throw tooManyRequests(req, 'SIGN_IN_THROTTLED', `登录失败次数太多，请${minutes}分钟后再试`, decision.retryAfterSeconds)
    }
  }
  return counted
}

/** A successful sign-in gives back the places its attempt took. */
export async function forgiveSignInAttempt(req: PayloadRequest, counted: CountedSignIn): Promise<void> {
  await returnRequest(req.payload, counted.client, signInLimits.client(), req)
  await returnRequest(req.payload, counted.account, signInLimits.account(), req)
}

/**
 * beforeOperation (login): count the attempt (countSignInAttempt); a
 * successful sign-in gives it back (forgiveSignIn). For a name no account
 * has, spend the time a password check takes, as Payload skips it: the
 * answer and its timing are the same for an unknown account and a wrong password.
 */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = ((args as { data?: Record<string, unknown> }).data ?? {})
  const name = accountName(data)
  req.context[COUNTED] = await countSignInAttempt(req, name)
  const password = data.password
  if (typeof password === 'string' && password && name && !(await accountExists(req, name))) await spendPasswordCheck(password)
  return args
}

/** afterLogin: a successful sign-in does not count against either limit. */
export const forgiveSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const counted = req.context[COUNTED] as CountedSignIn | undefined
  if (counted) await forgiveSignInAttempt(req, counted)
  return user
}
