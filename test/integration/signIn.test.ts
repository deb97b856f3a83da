import { beforeAll, describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '../../cms/lib/clientAddress'
import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { useTestPayload } from '../helpers/payload'
import { medianTimes, sameWork } from '../helpers/timing'
import { rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

beforeAll(() => {
  // Fewer failures per address than the default, so the per-address limit shows quickly.
  process.env.LOGIN_CLIENT_LIMIT = '8/900'
})

let addresses = 0
const newAddress = () => `203.0.113.${(addresses += 1)}`

/** Sign in through Payload's login operation (as REST and GraphQL do) from a client address. */
const login = (username: string, password: string, address = newAddress()) =>
  payload.login({ collection: 'users', data: { username, password }, req: { headers: new Headers({ [CLIENT_ADDRESS_HEADER]: address }) } })

describe('sign-in', () => {
  it('answers an unknown account and a wrong password with the same message, in about the same time', async () => {
    const unknown = await rejection(login('nobody-here', 'Wrong-password-1'))
    const wrong = await rejection(login('admin-city', 'Wrong-password-1'))
    expect(unknown).toMatchObject({ status: 401, message: wrong.message })
    expect(unknown.message).toBe('用户名或密码不正确。')

    const [unknownTime, wrongTime] = await medianTimes(9, (round) => login(`nobody-${round}`, 'Wrong-password-1'), () => login('agent-community', 'Wrong-password-1'))
    // Without the stand-in check an unknown account answers in a few milliseconds, a wrong password in hundreds.
    // With it both do the same work (the count, the account read, one PBKDF2): 131 and 124 ms over 21 rounds
    // on this 2-core machine.
    expect(sameWork(unknownTime, wrongTime), `${unknownTime} ms against ${wrongTime} ms`).toBe(true)
  })

  it('stops guessing at one account from one address, while its owner signs in from another', async () => {
    const attacker = newAddress()
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await rejection(login('admin-street', 'Wrong-password-1', attacker))).status).toBe(401)
    const refused = await rejection(login('admin-street', DEMO_PASSWORD, attacker))
    expect(refused).toMatchObject({ code: 'SIGN_IN_THROTTLED', status: 429 })
    expect(refused.message).toMatch(/^登录失败次数太多，请\d+分钟后再试$/)

    const { user } = await login('admin-street', DEMO_PASSWORD)
    expect(user?.username).toBe('admin-street')
  })

  it('checks exactly five passwords for one account and address however many attempts race', async () => {
    const attacker = newAddress()
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => rejection(login('agent-street', 'Wrong-password-1', attacker))))
    expect(outcomes.filter((outcome) => outcome.status === 401)).toHaveLength(5)
    expect(outcomes.filter((outcome) => outcome.status === 429)).toHaveLength(7)
  })

  it('limits failures from one address across accounts, and does not count successful sign-ins', async () => {
    const office = newAddress()
    for (let attempt = 0; attempt < 10; attempt += 1) await login('agent-community', DEMO_PASSWORD, office)
    for (let attempt = 0; attempt < 8; attempt += 1) expect((await rejection(login(`guess-${attempt}`, 'Wrong-password-1', office))).status).toBe(401)
    expect(await rejection(login('agent-community', DEMO_PASSWORD, office))).toMatchObject({ code: 'SIGN_IN_THROTTLED', status: 429 })
  })
})

describe('changing a password', () => {
  it('needs the current password for one’s own account', async () => {
    const agent = await signedIn(payload, 'agent-district')
    const change = (data: Record<string, unknown>) => payload.update({ collection: 'users', id: agent.id, data, overrideAccess: false, user: agent })
    const missing = await rejection(change({ password: 'New-password-2026' }))
    expect(missing.status).toBe(400)
    expect(missing.errors).toEqual([expect.objectContaining({ path: 'currentPassword', message: '修改自己的密码，请先填写当前密码' })])
    const wrong = await rejection(change({ password: 'New-password-2026', currentPassword: 'Not-the-password-1' }))
    expect(wrong.errors).toEqual([expect.objectContaining({ path: 'currentPassword', message: '当前密码不正确' })])
    await change({ password: 'New-password-2026', currentPassword: DEMO_PASSWORD })
    expect((await login('agent-district', 'New-password-2026')).user?.username).toBe('agent-district')
    // Nothing of the current password is kept.
    expect(JSON.stringify(await payload.db.findOne({ collection: 'users', where: { id: { equals: agent.id } } }))).not.toContain(DEMO_PASSWORD)
  })

  it('lets an administrator set another account’s password without it', async () => {
    const admin = await signedIn(payload, 'admin-city')
    const reviewer = await signedIn(payload, 'reviewer-community')
    await payload.update({ collection: 'users', id: reviewer.id, data: { password: 'Reset-by-admin-2026' }, overrideAccess: false, user: admin })
    expect((await login('reviewer-community', 'Reset-by-admin-2026')).user?.username).toBe('reviewer-community')
  })
})

describe('the full view of personal data', () => {
  it('cannot be granted to oneself, only by another administrator', async () => {
    const admin = await signedIn(payload, 'admin-street')
    const cityAdmin = await signedIn(payload, 'admin-city')
    await payload.update({ collection: 'users', id: admin.id, data: { canViewFullPersonalData: false } })
    const refused = await rejection(
      payload.update({ collection: 'users', id: admin.id, data: { canViewFullPersonalData: true }, overrideAccess: false, user: await signedIn(payload, 'admin-street') }),
    )
    expect(refused).toMatchObject({ code: 'OWN_ACCESS_PROTECTED', status: 403 })
    const granted = await payload.update({ collection: 'users', id: admin.id, data: { canViewFullPersonalData: true }, overrideAccess: false, user: cityAdmin })
    expect(granted.canViewFullPersonalData).toBe(true)
  })
})
