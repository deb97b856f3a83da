import type { AuthStrategy, AuthStrategyFunctionArgs, Payload, PayloadRequest } from 'payload'

import { jwtVerify } from 'jose'
import { jwtSign } from 'payload'
import { addSessionToUser, generateCookie, parseCookies, removeExpiredSessions } from 'payload/shared'

import type { Resident } from '../../../cms/payload-types'
import { RESIDENTS } from '../access'

/**
 * A resident's session: Payload's own JWT (signed with the platform's
 * secret) naming the account and one of its sessions, in a cookie of its own.
 * Payload's cookie (`payload-token`) belongs to staff; a browser may hold
 * both, and each strategy reads only its own. Payload's JWT strategy refuses
 * a resident's token (the collection has no local strategy), so the token is
 * good only in this cookie.
 */
export const RESIDENT_COOKIE = 'yizhan-resident'

/** How long a sign-in lasts on one device. */
export const SESSION_SECONDS = 7 * 24 * 60 * 60

const secure = (): boolean => process.env.PUBLIC_URL?.startsWith('https://') ?? false

/** The cookie that carries `token`: HttpOnly, SameSite=Lax, Secure under HTTPS, for the whole origin. */
const sessionCookie = (token: string, maxAge: number): string =>
  generateCookie<false>({ name: RESIDENT_COOKIE, value: token, returnCookieAsObject: false, httpOnly: true, maxAge, path: '/', sameSite: 'Lax', secure: secure() })

/** The cookie that ends the session in the browser. */
export const expiredSessionCookie = (): string =>
  `${generateCookie<false>({ name: RESIDENT_COOKIE, value: '', returnCookieAsObject: false, httpOnly: true, path: '/', sameSite: 'Lax', secure: secure() })}; Max-Age=0`

/**
 * Open a session for the resident (Payload's session list on the account,
 * expired ones dropped) and return the cookie that carries it.
 */
export async function openSession(req: PayloadRequest, resident: Resident): Promise<string> {
  const collectionConfig = req.payload.collections[RESIDENTS].config
  const user = { ...resident, collection: RESIDENTS } as unknown as Parameters<typeof addSessionToUser>[0]['user']
  const { sid } = await addSessionToUser({ collectionConfig, payload: req.payload, req, user })
  const { token } = await jwtSign({
    fieldsToSign: { id: resident.id, collection: RESIDENTS, sid },
    secret: req.payload.secret,
    tokenExpiration: SESSION_SECONDS,
  })
  return sessionCookie(token, SESSION_SECONDS)
}

/** End sessions on the account: the one named, or every one (closing the account, a password change elsewhere). */
export async function endSessions(payload: Payload, residentId: number | string, which: { all: true } | { sid: string }, req?: PayloadRequest): Promise<void> {
  const stored = await payload.db.findOne<Resident>({ collection: RESIDENTS, where: { id: { equals: residentId } }, req })
  if (!stored) return
  const sessions = 'all' in which ? [] : liveSessions(stored).filter((session) => session.id !== which.sid)
  await payload.db.updateOne({ collection: RESIDENTS, id: residentId, data: { sessions, updatedAt: null }, req, returning: false })
}

/** The account's sessions that have not expired (Payload's own rule). */
const liveSessions = (resident: Resident) => removeExpiredSessions((resident.sessions ?? []).map((session) => ({ ...session, createdAt: session.createdAt ?? session.expiresAt })))

type Claims = { collection?: unknown; id?: unknown; sid?: unknown }

/** The account and session a cookie names, if its signature and expiry hold. */
async function claimsOf(payload: Payload, token: string): Promise<null | { id: number | string; sid: string }> {
  try {
    const { payload: claims } = await jwtVerify<Claims>(token, new TextEncoder().encode(payload.secret))
    const { collection, id, sid } = claims
    if (collection !== RESIDENTS || typeof sid !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) return null
    return { id, sid }
  } catch {
    return null
  }
}

/**
 * The signed-in resident a request's cookie names: the session must still be
 * on the account, not expired, and the account active.
 */
export async function residentFromCookie(payload: Payload, headers: Headers, req?: PayloadRequest): Promise<null | (Resident & { _sid: string; collection: 'residents' })> {
  const token = parseCookies(headers).get(RESIDENT_COOKIE)
  if (!token) return null
  const claims = await claimsOf(payload, token)
  if (!claims) return null
  const resident = await payload.db.findOne<Resident>({ collection: RESIDENTS, where: { id: { equals: claims.id } }, req })
  if (!resident || resident.status !== 'active') return null
  const live = liveSessions(resident).some((session) => session.id === claims.sid)
  return live ? { ...resident, _sid: claims.sid, collection: RESIDENTS } : null
}

/** Payload's auth strategy for residents: `req.user` is the resident whose cookie came with the request. */
export const residentCookieStrategy: AuthStrategy = {
  name: 'resident-cookie',
  authenticate: async ({ headers, payload }: AuthStrategyFunctionArgs) => {
    const resident = await residentFromCookie(payload, headers)
    return { user: resident ? { ...resident, _strategy: 'resident-cookie' } : null } as Awaited<ReturnType<AuthStrategy['authenticate']>>
  },
}
