import { afterEach, describe, expect, it, vi } from 'vitest'

import { CODE_SENT } from '../../collections/Residents/endpoints/signIn'
import { PRIVACY_NOTICE_VERSION } from '../../collections/Residents/lib/notice'
import { useTestPayload } from '../helpers/payload'
import { api, cookieOf, requestCode, signInResident } from '../helpers/residents'
import { signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

let numbers = 0
/** A fresh mobile number per test, so the per-number limits of one test do not touch another. */
const newPhone = (): string => `1370000${String((numbers += 1)).padStart(4, '0')}`

const residentWith = async (phone: string) => {
  const { docs } = await payload.find({ collection: 'residents', where: { status: { not_equals: 'closed' } }, overrideAccess: true, showHiddenFields: true, pagination: false, depth: 0 })
  return docs.find((doc) => doc.phone === phone)
}
const me = (cookie: string) => api(payload, '/api/residents/me', { cookie })
const wrongCodeFor = (code: string) => (code === '000000' ? '111111' : '000000')

afterEach(() => {
  vi.useRealTimers()
})

describe('sign-in by SMS code', () => {
  it('texts a code through the outbox, answers the same for a known and an unknown number, and shows the code only in demo mode', async () => {
    const phone = newPhone()
    const first = await api(payload, '/api/residents/code', { body: { phone } })
    expect(first.status).toBe(202)
    const answer = (await first.json()) as { demoCode: string; message: string }
    expect(answer.message).toBe(CODE_SENT)
    expect(answer.demoCode).toMatch(/^\d{6}$/)
    const resident = await residentWith(phone)
    expect(resident?.status).toBe('pending')
    // Only a hash is stored.
    expect(JSON.stringify(resident)).not.toContain(answer.demoCode)
    const { docs: sms } = await payload.find({ collection: 'notifications', where: { resident: { equals: resident!.id } }, overrideAccess: true, depth: 0 })
    expect(sms).toHaveLength(1)
    expect(sms[0]!.message).toContain(answer.demoCode)
    expect(sms[0]!.recipient).toBe(phone)

    process.env.YIZHAN_MODE = 'production'
    try {
      const production = await api(payload, '/api/residents/code', { body: { phone: newPhone() } })
      expect(production.status).toBe(202)
      const body = (await production.json()) as Record<string, unknown>
      expect(body).not.toHaveProperty('demoCode')
      expect(body.message).toBe(CODE_SENT)
    } finally {
      process.env.YIZHAN_MODE = 'demo'
    }
  })

  it('creates the account on the first sign-in only with the privacy notice accepted, and records the consent', async () => {
    const phone = newPhone()
    const code = await requestCode(payload, phone)
    const withoutConsent = await api(payload, '/api/residents/sign-in', { body: { phone, code } })
    expect(withoutConsent.status).toBe(422)
    expect(((await withoutConsent.json()) as { errors: { code: string }[] }).errors[0]!.code).toBe('CONSENT_REQUIRED')
    const signedIn = await api(payload, '/api/residents/sign-in', { body: { phone, code, consent: true } })
    expect(signedIn.status).toBe(200)
    const cookie = signedIn.headers.get('set-cookie')!
    expect(cookie).toMatch(/^yizhan-resident=/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    const resident = await residentWith(phone)
    expect(resident?.status).toBe('active')
    expect(resident?.privacyConsent?.noticeVersion).toBe(PRIVACY_NOTICE_VERSION)
    expect(Date.parse(resident!.privacyConsent!.acceptedAt!)).toBeGreaterThan(Date.now() - 60_000)
    const mine = await me(cookieOf(signedIn))
    expect(mine.status).toBe(200)
    expect(((await mine.json()) as { resident: { phone: string } }).resident.phone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`)
    // The code was used up.
    expect((await api(payload, '/api/residents/sign-in', { body: { phone, code } })).status).toBe(422)
  })

  it('voids a code after five wrong tries, even when they race', async () => {
    const phone = newPhone()
    const code = await requestCode(payload, phone)
    const tries = await Promise.all(Array.from({ length: 8 }, () => api(payload, '/api/residents/sign-in', { body: { phone, code: wrongCodeFor(code), consent: true } })))
    const codes = await Promise.all(tries.map(async (response) => ((await response.json()) as { errors: { code: string }[] }).errors[0]!.code))
    expect(codes.filter((each) => each === 'CODE_WRONG')).toHaveLength(4)
    expect(codes.filter((each) => each === 'CODE_VOID')).toHaveLength(4)
    const right = await api(payload, '/api/residents/sign-in', { body: { phone, code, consent: true } })
    expect(right.status).toBe(422)
  })

  it('refuses an expired code', async () => {
    const phone = newPhone()
    const code = await requestCode(payload, phone)
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 5 * 60_000 + 1000 })
    const late = await api(payload, '/api/residents/sign-in', { body: { phone, code, consent: true } })
    expect(late.status).toBe(422)
    expect(((await late.json()) as { errors: { code: string }[] }).errors[0]!.code).toBe('CODE_WRONG')
  })

  it('sends one code a minute to a number, and a new code voids the one before', async () => {
    const phone = newPhone()
    const first = await requestCode(payload, phone)
    const again = await api(payload, '/api/residents/code', { body: { phone } })
    expect(again.status).toBe(429)
    expect(((await again.json()) as { code: string }).code).toBe('CODE_TOO_SOON')
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0)
    const second = await requestCodeLater(phone)
    if (second !== first) expect((await api(payload, '/api/residents/sign-in', { body: { phone, code: first, consent: true } })).status).toBe(422)
    expect((await api(payload, '/api/residents/sign-in', { body: { phone, code: second, consent: true } })).status).toBe(200)
  })

  it('throttles sign-in attempts per client address', async () => {
    process.env.RESIDENT_SIGN_IN_LIMIT = '3/600'
    try {
      const statuses: number[] = []
      for (let attempt = 0; attempt < 4; attempt += 1) {
        statuses.push((await api(payload, '/api/residents/sign-in', { client: '192.0.2.77', body: { phone: newPhone(), code: '123456' } })).status)
      }
      expect(statuses).toEqual([422, 422, 422, 429])
    } finally {
      delete process.env.RESIDENT_SIGN_IN_LIMIT
    }
  })

  it('signs in on a second device, and signing out ends only that device', async () => {
    const phone = newPhone()
    const phoneCookie = await signInResident(payload, phone)
    const code = await requestCodeLater(phone)
    const tablet = await api(payload, '/api/residents/sign-in', { body: { phone, code } })
    expect(tablet.status).toBe(200)
    const tabletCookie = cookieOf(tablet)
    expect(tabletCookie).not.toBe(phoneCookie)
    expect((await me(phoneCookie)).status).toBe(200)
    expect((await me(tabletCookie)).status).toBe(200)
    const out = await api(payload, '/api/residents/logout', { method: 'POST', cookie: tabletCookie })
    expect(out.status).toBe(200)
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/)
    expect((await me(tabletCookie)).status).toBe(401)
    expect((await me(phoneCookie)).status).toBe(200)
  })
})

let minutesLater = 0
/** Another code for the same number, each a minute further on, past the one-a-minute limit. */
async function requestCodeLater(phone: string): Promise<string> {
  minutesLater += 1
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + minutesLater * 61_000 })
  try {
    return await requestCode(payload, phone)
  } finally {
    vi.useRealTimers()
  }
}

describe('password, real name, export and closing', () => {
  it('sets a password only with a fresh code or the current password, then signs in with it; a wrong one says nothing about the account', async () => {
    const phone = newPhone()
    const cookie = await signInResident(payload, phone)
    const noProof = await api(payload, '/api/residents/me/password', { cookie, body: { password: 'Quiet-harbour-2026' } })
    expect(noProof.status).toBe(422)
    const weak = await api(payload, '/api/residents/me/password', { cookie, body: { password: 'short', code: await requestCodeLater(phone) } })
    expect(weak.status).toBe(422)
    const set = await api(payload, '/api/residents/me/password', { cookie, body: { password: 'Quiet-harbour-2026', code: await requestCodeLater(phone) } })
    expect(set.status).toBe(200)
    const changed = await api(payload, '/api/residents/me/password', { cookie, body: { password: 'Second-harbour-2027', currentPassword: 'Quiet-harbour-2026' } })
    expect(changed.status).toBe(200)

    const signedIn = await api(payload, '/api/residents/sign-in', { body: { phone, password: 'Second-harbour-2027' } })
    expect(signedIn.status).toBe(200)
    const wrong = await api(payload, '/api/residents/sign-in', { body: { phone, password: 'Quiet-harbour-2026' } })
    const unknown = await api(payload, '/api/residents/sign-in', { body: { phone: newPhone(), password: 'Quiet-harbour-2026' } })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(await wrong.json()).toEqual(await unknown.json())
  })

  it('never signs a staff member in, and Payload\'s own sign-in routes are shut for residents', async () => {
    const login = await api(payload, '/api/residents/login', { body: { username: 'admin', password: 'whatever-2026' } })
    expect(login.status).toBeGreaterThanOrEqual(400)
    expect(login.headers.get('set-cookie')).toBeNull()
    const staff = await api(payload, '/api/residents/sign-in', { body: { phone: 'admin', password: 'whatever-2026' } })
    expect(staff.status).toBe(422)
  })

  it('checks the real name against the population base, and records the separate consent', async () => {
    const { docs } = await payload.find({ collection: 'persons', limit: 1, depth: 0, overrideAccess: true })
    const person = docs[0]!
    const cookie = await signInResident(payload, newPhone())
    const noConsent = await api(payload, '/api/residents/me/real-name', { cookie, body: { name: person.name, idNumber: person.idNumber } })
    expect(noConsent.status).toBe(422)
    const badId = await api(payload, '/api/residents/me/real-name', { cookie, body: { name: person.name, idNumber: '110105194912310021', consent: true } })
    expect(badId.status).toBe(422)
    const verified = await api(payload, '/api/residents/me/real-name', { cookie, body: { name: person.name, idNumber: person.idNumber, consent: true } })
    expect(((await verified.json()) as { realName: { status: string } }).realName.status).toBe('verified')
    const other = await signInResident(payload, newPhone())
    const selfReported = await api(payload, '/api/residents/me/real-name', { cookie: other, body: { name: '不在库', idNumber: '11010519491231002X', consent: true } })
    expect(((await selfReported.json()) as { realName: { status: string } }).realName.status).toBe('selfReported')
    const me = (await (await api(payload, '/api/residents/me', { cookie })).json()) as { resident: { realName: { status: string }; sensitiveConsent: { acceptedAt: string } } }
    expect(me.resident.realName.status).toBe('verified')
    expect(me.resident.sensitiveConsent.acceptedAt).toBeTruthy()
    // Staff (admins only) read the account with the ID number masked.
    const { docs: accounts } = await payload.find({ collection: 'residents', where: { 'realName.person': { equals: person.id } }, overrideAccess: false, user: await signedIn(payload, 'admin-city') })
    expect(accounts[0]!.realName!.idNumber).toContain('*')
  })

  it('downloads everything held about the resident, then closes the account for good', async () => {
    const phone = newPhone()
    const cookie = await signInResident(payload, phone)
    const download = await api(payload, '/api/residents/me/export', { cookie })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="yizhan-my-data-/)
    const data = (await download.json()) as { account: { phone: string; privacyConsent: unknown }; applications: unknown[]; messages: { message: string }[] }
    expect(data.account.phone).toBe(phone)
    expect(data.account.privacyConsent).toBeTruthy()
    expect(data.messages.length).toBeGreaterThan(0)
    expect(JSON.stringify(data)).not.toMatch(/"hash"|"salt"|"sessions"/)
    expect((await api(payload, '/api/residents/me/export')).status).toBe(401)

    const second = await api(payload, '/api/residents/sign-in', { body: { phone, code: await requestCodeLater(phone) } })
    const secondCookie = cookieOf(second)
    const unconfirmed = await api(payload, '/api/residents/me/close', { cookie, body: {} })
    expect(unconfirmed.status).toBe(422)
    const closed = await api(payload, '/api/residents/me/close', { cookie, body: { code: await requestCodeLater(phone) } })
    expect(closed.status).toBe(200)
    expect(closed.headers.get('set-cookie')).toMatch(/Max-Age=0/)
    // Every device is signed out, the personal values are gone.
    expect((await me(cookie)).status).toBe(401)
    expect((await me(secondCookie)).status).toBe(401)
    const { docs } = await payload.find({ collection: 'residents', where: { status: { equals: 'closed' } }, overrideAccess: true, showHiddenFields: true, depth: 0 })
    const shell = docs.find((doc) => doc.closedAt && !doc.phone)
    expect(shell).toBeTruthy()
    expect(JSON.stringify(shell)).not.toContain(phone)
    // The number may start afresh: a new account, which again needs the consent.
    const code = await requestCodeLater(phone)
    expect((await api(payload, '/api/residents/sign-in', { body: { phone, code } })).status).toBe(422)
  })
})
