import type { AuthStrategy, AuthStrategyFunctionArgs, CollectionSlug, Payload, PayloadRequest } from 'payload'

import { jwtVerify } from 'jose'
import { jwtSign } from 'payload'
import { addSessionToUser, generateCookie, parseCookies, removeExpiredSessions } from 'payload/shared'

/**
 * A session for an account that is not staff (a resident, a provider): Payload's
 * own JWT (signed with the platform's secret) naming the account and one of
 * its sessions, in a cookie of its own. Payload's cookie (`payload-token`)
 * belongs to staff; a browser may hold several, and each strategy reads only
 * its own. Payload's JWT strategy refuses these tokens (the collections have
 * no local strategy), so a token is good only in its cookie.
 */

type SessionAccount = { id: number | string; sessions?: null | { createdAt?: null | string; expiresAt: string; id: string }[]; status?: null | string }

type CookieSessionOptions = {
  collection: CollectionSlug
  cookie: string
  /** How long a sign-in lasts on one device. */
  seconds: number
  /** The auth strategy's name in Payload. */
  strategy: string
  /** Whether the stored account may still sign in. */
  isActive: (account: SessionAccount) => boolean
}

const secure = (): boolean => process.env.PUBLIC_URL?.startsWith('https://') ?? false

/** The account's sessions that have not expired (Payload's own rule). */
const liveSessions = (account: SessionAccount) => removeExpiredSessions((account.sessions ?? []).map((session) => ({ ...session, createdAt: session.createdAt ?? session.expiresAt })))

type Claims = { collection?: unknown; id?: unknown; sid?: unknown }

export function cookieSession<Account extends SessionAccount>({ collection, cookie, isActive, seconds, strategy }: CookieSessionOptions) {
  /** The cookie that carries `token`: HttpOnly, SameSite=Lax, Secure under HTTPS, for the whole origin. */
  const sessionCookie = (token: string, maxAge: number): string =>
    generateCookie<false>({ name: cookie, value: token, returnCookieAsObject: false, httpOnly: true, maxAge, path: '/', sameSite: 'Lax', secure: secure() })

  /** The cookie that ends the session in the browser. */
  const expiredSessionCookie = (): string =>
    `${generateCookie<false>({ name: cookie, value: '', returnCookieAsObject: false, httpOnly: true, path: '/', sameSite: 'Lax', secure: secure() })}; Max-Age=0`

  /** Open a session for the account (Payload's session list on it, expired ones dropped) and return the cookie that carries it. */
  async function openSession(req: PayloadRequest, account: Account): Promise<string> {
    const collectionConfig = req.payload.collections[collection].config
    const user = { ...account, collection } as unknown as Parameters<typeof addSessionToUser>[0]['user']
    const { sid } = await addSessionToUser({ collectionConfig, payload: req.payload, req, user })
    const { token } = await jwtSign({ fieldsToSign: { id: account.id, collection, sid }, secret: req.payload.secret, tokenExpiration: seconds })
    return sessionCookie(token, seconds)
  }

  /** End sessions on the account: the one named, or every one (closing the account, a password change elsewhere). */
  async function endSessions(payload: Payload, accountId: number | string, which: { all: true } | { sid: string }, req?: PayloadRequest): Promise<void> {
    const stored = await payload.db.findOne<Account>({ collection, where: { id: { equals: accountId } }, req })
    if (!stored) return
    const sessions = 'all' in which ? [] : liveSessions(stored).filter((session) => session.id !== which.sid)
    await payload.db.updateOne({ collection, id: accountId, data: { sessions, updatedAt: null }, req, returning: false })
  }

  /** The account and session a cookie names, if its signature and expiry hold. */
  async function claimsOf(payload: Payload, token: string): Promise<null | { id: number | string; sid: string }> {
    try {
      const { payload: claims } = await jwtVerify<Claims>(token, new TextEncoder().encode(payload.secret))
      const { collection: named, id, sid } = claims
      if (named !== collection || typeof sid !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) return null
      return { id, sid }
    } catch {
      return null
    }
  }

  /** The signed-in account a request's cookie names: the session must still be on the account, not expired, and the account active. */
  async function accountFromCookie(payload: Payload, headers: Headers, req?: PayloadRequest): Promise<null | (Account & { _sid: string; collection: CollectionSlug })> {
    const token = parseCookies(headers).get(cookie)
    if (!token) return null
    const claims = await claimsOf(payload, token)
    if (!claims) return null
    const account = await payload.db.findOne<Account>({ collection, where: { id: { equals: claims.id } }, req })
    if (!account || !isActive(account)) return null
    const live = liveSessions(account).some((session) => session.id === claims.sid)
    return live ? { ...account, _sid: claims.sid, collection } : null
  }

  /** Payload's auth strategy: `req.user` is the account whose cookie came with the request. */
  const cookieStrategy: AuthStrategy = {
    name: strategy,
    authenticate: async ({ headers, payload }: AuthStrategyFunctionArgs) => {
      const account = await accountFromCookie(payload, headers)
      return { user: account ? { ...account, _strategy: strategy } : null } as Awaited<ReturnType<AuthStrategy['authenticate']>>
    },
  }

  return { accountFromCookie, cookieStrategy, endSessions, expiredSessionCookie, openSession }
}
