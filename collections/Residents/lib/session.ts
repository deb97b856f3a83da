import { cookieSession } from '../../access/cookieSession'
import type { Resident } from '../../../cms/payload-types'
import { RESIDENTS } from '../access'

/** A resident's session: in the cookie `yizhan-resident` (see collections/access/cookieSession.ts). */
export const RESIDENT_COOKIE = 'yizhan-resident'

/** How long a sign-in lasts on one device. */
export const SESSION_SECONDS = 7 * 24 * 60 * 60

const residentSession = cookieSession<Resident>({
  collection: RESIDENTS,
  cookie: RESIDENT_COOKIE,
  seconds: SESSION_SECONDS,
  strategy: 'resident-cookie',
  isActive: (resident) => resident.status === 'active',
})

export const { endSessions, expiredSessionCookie, openSession } = residentSession
export const residentFromCookie = residentSession.accountFromCookie
export const residentCookieStrategy = residentSession.cookieStrategy
