import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { phoneKeyOf } from '../../../collections/Residents/lib/accounts'
import { openSession } from '../../../collections/Residents/lib/session'

/**
 * `count` signed-in residents for a benchmark (numbers `<prefix>00000000`
 * on), each an active account with one session: the cookies, `name=value`.
 */
export async function residentCookies(payload: Payload, count: number, prefix: string): Promise<string[]> {
  const req = await createLocalReq({}, payload)
  const cookies: string[] = []
  for (let index = 0; index < count; index += 1) {
    const phone = `${prefix}${String(index).padStart(8, '0')}`
    const resident = await payload.create({
      collection: 'residents',
      data: { phone, username: phoneKeyOf(req, phone), status: 'active', privacyConsent: { acceptedAt: new Date().toISOString(), noticeVersion: 'bench' } },
      overrideAccess: true,
      depth: 0,
    })
    cookies.push((await openSession(req, resident)).split(';')[0]!)
  }
  return cookies
}
