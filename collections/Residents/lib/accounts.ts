import type { PayloadRequest } from 'payload'

import type { Resident } from '../../../cms/payload-types'
import { attemptCountingFailures, clearRequests, pseudonym } from '../../../cms/lib/rateLimit'
import { RequestError } from '../../errors'
import { invalid } from '../../endpoints/respond'
import { isMobileNumber } from '../../validation/identity'
import { isResident, RESIDENTS } from '../access'
import { residentFromCookie } from './session'
import { CODE_MINUTES, CODE_TRIES, hashSignInCode, newSignInCode, signInCodeMatches } from './signInCode'

/** The number's keyed hash, the account's user name: how it is found without querying the personal value. */
export const phoneKeyOf = (req: PayloadRequest, phone: string): string => pseudonym(req.payload, `resident:${phone}`)

/** A mobile number as typed (spaces and dashes allowed), or a 422 naming the field. */
export function mobileNumber(value: string, field = 'phone'): string {
  const phone = value.replace(/[\s-]/g, '')
  if (!isMobileNumber(phone)) throw invalid([{ field, code: 'PHONE_FORMAT', message: '请填写11位手机号码' }])
  return phone
}

/** The account (pending or active, never a closed one) holding this number, with its stored values. */
export async function residentWithPhone(req: PayloadRequest, phone: string): Promise<Resident | undefined> {
  const { docs } = await req.payload.find({
    collection: RESIDENTS,
    where: { username: { equals: phoneKeyOf(req, phone) } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return docs[0]
}

/** The account with this number, created (pending its first sign-in) when there is none. */
export async function residentForCode(req: PayloadRequest, phone: string): Promise<Resident> {
  const existing = await residentWithPhone(req, phone)
  if (existing) return existing
  return req.payload.create({
    collection: RESIDENTS,
    data: { phone, username: phoneKeyOf(req, phone), status: 'pending' },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/**
 * Give the account a fresh code (the number's one live code: the previous
 * one stops working) and return it, to be sent by SMS.
 */
export async function issueSignInCode(req: PayloadRequest, resident: Resident): Promise<string> {
  const code = newSignInCode()
  const expiresAt = new Date(Date.now() + CODE_MINUTES * 60_000).toISOString()
  await req.payload.update({
    collection: RESIDENTS,
    id: resident.id,
    data: { signInCode: { hash: hashSignInCode(req.payload.secret, resident.id, expiresAt, code), expiresAt } },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return code
}

const attemptsKey = (resident: Resident): string => `resident-code:${String(resident.id)}:${resident.signInCode?.expiresAt ?? ''}`
/** A day's window: a code lives five minutes, so its tries almost never straddle two windows (and a void code is erased anyway). */
const CODE_TRY_WINDOW = { limit: CODE_TRIES, windowSeconds: 86_400 }

const codeRefusal = (remaining: number): RequestError =>
  remaining > 0
    ? invalid([{ field: 'code', code: 'CODE_WRONG', message: `验证码不正确或已过期，还可以再试${remaining}次` }])
    : invalid([{ field: 'code', code: 'CODE_VOID', message: '验证码错误次数太多，已经作废，请重新获取验证码' }])

/** Erase the account's code: used, replaced or void. */
export const clearSignInCode = (req: PayloadRequest, resident: Resident): Promise<unknown> =>
  req.payload.update({ collection: RESIDENTS, id: resident.id, data: { signInCode: { hash: null, expiresAt: null } }, overrideAccess: true, depth: 0, req })

/**
 * Check a code typed for this account (or for a number without one, which
 * fails the same way). Each wrong try takes one of the code's five places
 * before it is compared, so racing tries cannot exceed five; the fifth wrong
 * try voids the code. Throws the refusal; the code stays live on success
 * (the caller erases it with what it changes).
 */
export async function checkSignInCode(req: PayloadRequest, resident: Resident | undefined, code: string, phone: string): Promise<Resident> {
  const stored = resident?.signInCode
  const live = Boolean(resident && stored?.hash && stored.expiresAt && Date.parse(stored.expiresAt) > Date.now() && /^\d{6}$/.test(code))
  const key = resident && stored?.hash ? attemptsKey(resident) : `resident-code:none:${phoneKeyOf(req, phone)}`
  const attempt = await attemptCountingFailures(req.payload, key, CODE_TRY_WINDOW, () =>
    live && signInCodeMatches(req.payload.secret, resident!.id, stored!.expiresAt!, code, stored!.hash!) ? resident! : null,
  )
  if (!attempt.allowed) throw codeRefusal(0)
  if (attempt.result) {
    await clearRequests(req.payload, key)
    return attempt.result
  }
  if (attempt.remaining === 0 && resident && live) await clearSignInCode(req, resident)
  throw codeRefusal(attempt.remaining)
}

/** The signed-in resident (their cookie, even when a staff member's cookie is in the same browser), or 401. */
export async function signedInResident(req: PayloadRequest): Promise<Resident & { _sid: string }> {
  const resident = isResident(req.user) ? (req.user as unknown as Resident & { _sid: string }) : await residentFromCookie(req.payload, req.headers, req)
  if (!resident) throw new RequestError('UNAUTHENTICATED', '请先登录', 401)
  return resident
}

/** The signed-in resident, or null for anyone else (a form that works either way). */
export const optionalResident = (req: PayloadRequest): Promise<(Resident & { _sid: string }) | null> => signedInResident(req).catch(() => null)

/**
 * Unlink the accounts' records: they stay as the government's records (and
 * messages as what was sent). Their follows of others' orders are the
 * residents' own wish, not a record: deleted.
 */
export async function unlinkRecords(tx: PayloadRequest, residentIds: (number | string)[]): Promise<void> {
  for (const collection of ['applications', 'bundle-cases', 'tickets', 'notifications'] as const) {
    await tx.payload.db.updateMany({ collection, where: { resident: { in: residentIds } }, data: { resident: null }, req: tx })
  }
  await tx.payload.db.deleteMany({ collection: 'ticket-followers', where: { resident: { in: residentIds } }, req: tx })
}
