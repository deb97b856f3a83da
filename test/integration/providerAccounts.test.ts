import { beforeAll, describe, expect, it } from 'vitest'

import type { LifeOrder, Worker } from '../../cms/payload-types'
import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { useTestPayload } from '../helpers/payload'
import { demoProvider, offeredOrder, signInProvider } from '../helpers/providers'
import { api, cookieOf } from '../helpers/residents'
import { medianTimes, sameWork } from '../helpers/timing'

/**
 * Providers' accounts: signing in to the workspace (企业工作台) and what
 * they do there — the provider loop on their orders, their price list —
 * over the API as a browser or script calls it.
 */
const payload = useTestPayload({ seeded: true })

beforeAll(() => {
  process.env.LOGIN_CLIENT_LIMIT = '8/900'
})

const signIn = (username: string, password: string, client?: string) => api(payload, '/api/provider-accounts/sign-in', { body: { username, password }, client })

/** A form post as the browser sends it, answered with a page or a redirect. */
const post = (path: string, cookie: string, form: Record<string, string>) => api(payload, path, { cookie, form })

describe('provider sign-in', () => {
  it('signs in with the demo password and answers the account; the workspace opens with the cookie', async () => {
    const response = await signIn('provider-anju', DEMO_PASSWORD)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ account: { username: 'provider-anju', provider: '郑州安居便民维修服务有限公司' } })
    const cookie = cookieOf(response)
    expect(cookie).toMatch(/^yizhan-provider=/)
    expect((await api(payload, '/api/provider-accounts/me', { cookie })).status).toBe(200)
    const page = await api(payload, '/api/provider-accounts/workspace/orders', { cookie })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('待接单')
    // Signed out, the workspace sends the browser to the sign-in page.
    const signedOut = await api(payload, '/api/provider-accounts/workspace/orders')
    expect(signedOut.status).toBe(303)
    expect(signedOut.headers.get('location')).toContain('/life/provider/')
  })

  it('answers an unknown name and a wrong password alike, in about the same time', async () => {
    const unknown = await signIn('provider-nobody', 'Wrong-password-1')
    const wrong = await signIn('provider-anju', 'Wrong-password-1')
    expect(unknown.status).toBe(401)
    expect(await unknown.json()).toEqual(await wrong.json())
    const [unknownTime, wrongTime] = await medianTimes(9, (round) => signIn(`provider-nobody-${round}`, 'Wrong-password-1'), () => signIn('provider-xiyanghong', 'Wrong-password-1'))
    expect(sameWork(unknownTime, wrongTime), `${unknownTime} ms against ${wrongTime} ms`).toBe(true)
  })

  it('stops guessing at one account from one address with 429', async () => {
    const client = '198.51.100.77'
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await signIn('provider-haobangshou', 'Wrong-password-1', client)).status).toBe(401)
    const refused = await signIn('provider-haobangshou', DEMO_PASSWORD, client)
    expect(refused.status).toBe(429)
    expect(await refused.json()).toMatchObject({ code: 'SIGN_IN_THROTTLED' })
    expect(refused.headers.get('retry-after')).toBeTruthy()
    // The account's own people, elsewhere, still sign in.
    expect((await signIn('provider-haobangshou', DEMO_PASSWORD, '198.51.100.78')).status).toBe(200)
  })

  it('refuses a disabled account, and ends its sessions in effect', async () => {
    const { account } = await demoProvider(payload, 'provider-xiyanghong')
    const cookie = cookieOf(await signIn('provider-xiyanghong', DEMO_PASSWORD))
    await payload.update({ collection: 'provider-accounts', id: account.id, data: { active: false } })
    try {
      const refused = await signIn('provider-xiyanghong', DEMO_PASSWORD)
      expect(refused.status).toBe(401)
      expect(await refused.json()).toMatchObject({ code: 'SIGN_IN_FAILED' })
      expect((await api(payload, '/api/provider-accounts/me', { cookie })).status).toBe(401)
    } finally {
      await payload.update({ collection: 'provider-accounts', id: account.id, data: { active: true } })
    }
  })

  it('lets staff give a new account its first password in the admin, and the account change it, ending other sessions', async () => {
    const { provider } = await demoProvider(payload, 'provider-anju')
    const account = await payload.create({ collection: 'provider-accounts', data: { provider: provider.id, name: '钱小进', username: 'anju-desk', setPassword: 'First-password-2026' } as never, depth: 0 })
    const weak = await payload.update({ collection: 'provider-accounts', id: account.id, data: { setPassword: 'short' } as never }).catch((error: Error) => error)
    expect(weak).toBeInstanceOf(Error)
    const other = cookieOf(await signIn('anju-desk', 'First-password-2026'))
    const cookie = await signInProvider(payload, 'anju-desk', 'First-password-2026')
    const wrongCurrent = await api(payload, '/api/provider-accounts/me/password', { cookie, body: { currentPassword: 'nope', password: 'Second-password-2026' } })
    expect(wrongCurrent.status).toBe(422)
    const changed = await api(payload, '/api/provider-accounts/me/password', { cookie, body: { currentPassword: 'First-password-2026', password: 'Second-password-2026' } })
    expect(changed.status).toBe(200)
    expect((await api(payload, '/api/provider-accounts/me', { cookie })).status).toBe(200)
    expect((await api(payload, '/api/provider-accounts/me', { cookie: other })).status).toBe(401)
    expect((await signIn('anju-desk', 'Second-password-2026')).status).toBe(200)
    // Signing out ends this device's session.
    const out = await api(payload, '/api/provider-accounts/logout', { cookie, method: 'POST', body: {} })
    expect(out.status).toBe(200)
    expect((await api(payload, '/api/provider-accounts/me', { cookie })).status).toBe(401)
    // Staff resetting a forgotten password sign the account out everywhere.
    const again = await signInProvider(payload, 'anju-desk', 'Second-password-2026')
    await payload.update({ collection: 'provider-accounts', id: account.id, data: { setPassword: 'Third-password-2026' } as never })
    expect((await api(payload, '/api/provider-accounts/me', { cookie: again })).status).toBe(401)
    expect((await signIn('anju-desk', 'Third-password-2026')).status).toBe(200)
  })
})

describe('the provider workspace', () => {
  it('takes an offered order through accept, assign and finish, the customer shown in full once accepted and each view audited', async () => {
    const { provider } = await demoProvider(payload, 'provider-haobangshou')
    const cookie = await signInProvider(payload, 'provider-haobangshou')
    const order = await offeredOrder(payload, provider)
    const path = `/api/provider-accounts/workspace/orders/${order.id}`

    const offered = await (await api(payload, path, { cookie })).text()
    expect(offered).toContain('接单截止时间')
    expect(offered).not.toContain('13600001234')
    expect(offered).toContain('data-action="accept"')

    const accepted = await post(`${path}/actions`, cookie, { action: 'accept' })
    expect(accepted.status, await accepted.clone().text()).toBe(303)
    expect(accepted.headers.get('location')).toBe(path)
    const views = async () => (await payload.count({ collection: 'audit-log', where: { and: [{ targetId: { equals: order.id } }, { action: { equals: 'view-full' } }] } })).totalDocs
    const before = await views()
    const page = await (await api(payload, path, { cookie })).text()
    expect(page).toContain('13600001234')
    expect(page).toContain('经八路20号')
    expect(await views()).toBe(before + 1)
    const { docs: logged } = await payload.find({ collection: 'audit-log', where: { targetId: { equals: order.id } }, sort: '-createdAt', limit: 1 })
    expect(logged[0]).toMatchObject({ by: 'provider', action: 'view-full' })

    // Only a worker of its own, not red, can be sent.
    const { docs: workers } = await payload.find({ collection: 'workers', where: { provider: { equals: provider.id } }, depth: 0 })
    const green = (workers as Worker[]).find((worker) => worker.status?.colour !== 'red')!
    const { docs: strangers } = await payload.find({ collection: 'workers', where: { provider: { not_equals: provider.id } }, depth: 0, limit: 1 })
    const foreign = await post(`${path}/actions`, cookie, { action: 'assign', worker: String(strangers[0]!.id) })
    expect(foreign.status).toBe(422)
    expect((await post(`${path}/actions`, cookie, { action: 'assign', worker: String(green.id) })).status).toBe(303)
    expect((await post(`${path}/actions`, cookie, { action: 'finish', note: '已完成保洁' })).status).toBe(303)
    const done = (await payload.findByID({ collection: 'life-orders', id: order.id, depth: 0 })) as LifeOrder
    expect(done).toMatchObject({ status: 'done', worker: green.id })
    const { docs: events } = await payload.find({ collection: 'life-order-events', where: { order: { equals: order.id } }, sort: 'createdAt', depth: 0 })
    expect(events.map((event) => event.action)).toEqual(['offer', 'accept', 'assign', 'finish'])
    expect(events.at(-1)).toMatchObject({ by: 'provider', actorName: '赵明' })
    // Finished, the order is under 待确认.
    expect(await (await api(payload, '/api/provider-accounts/workspace/orders?tab=done', { cookie })).text()).toContain(order.number)
  })

  it('declines with a reason only, and never acts on another provider’s order', async () => {
    const { provider } = await demoProvider(payload, 'provider-haobangshou')
    const order = await offeredOrder(payload, provider)
    const path = `/api/provider-accounts/workspace/orders/${order.id}`
    const other = await signInProvider(payload, 'provider-anju')
    expect((await api(payload, path, { cookie: other })).status).toBe(404)
    expect((await post(`${path}/actions`, other, { action: 'accept' })).status).toBe(404)
    const cookie = await signInProvider(payload, 'provider-haobangshou')
    const noReason = await api(payload, `${path}/actions`, { cookie, body: { action: 'decline' } })
    expect(noReason.status).toBe(422)
    expect(await noReason.json()).toMatchObject({ code: 'NOTE_REQUIRED' })
    expect((await api(payload, `${path}/actions`, { cookie, body: { action: 'rate' } })).status).toBe(400)
    expect((await api(payload, `${path}/actions`, { cookie, body: { action: 'decline', note: '该时段人手不足' } })).status).toBe(200)
    // Declined, the order goes to the next provider; no other one cleans there, so it is 无企业接单.
    expect(await payload.findByID({ collection: 'life-orders', id: order.id, depth: 0 })).toMatchObject({ status: 'unserved', provider: null })
    expect((await api(payload, path, { cookie })).status).toBe(404)
  })

  it('edits its own price list only, in its own categories, without touching orders', async () => {
    const { provider } = await demoProvider(payload, 'provider-anju')
    const cookie = await signInProvider(payload, 'provider-anju')
    const order = await offeredOrder(payload, provider)
    const { docs: categories } = await payload.find({ collection: 'life-categories', depth: 0, pagination: false })
    const own = categories.find((category) => (provider.categories as string[]).includes(category.id))!
    const foreign = categories.find((category) => !(provider.categories as string[]).includes(category.id))!
    const item = { name: '马桶疏通', price: '88.5', unit: 'visit', included: '上门疏通马桶堵塞，试水正常。' }
    expect((await post('/api/provider-accounts/workspace/prices', cookie, { ...item, category: String(foreign.id) })).status).toBe(422)
    expect((await post('/api/provider-accounts/workspace/prices', cookie, { ...item, category: String(own.id) })).status).toBe(303)
    const { docs } = await payload.find({ collection: 'provider-items', where: { name: { equals: '马桶疏通' } }, depth: 0 })
    expect(docs[0]).toMatchObject({ provider: provider.id, price: 88.5, active: true })

    const booked = order.item as string
    expect((await post(`/api/provider-accounts/workspace/prices/${booked}`, cookie, { ...item, name: '上门检测', price: '45', category: String(order.category) })).status).toBe(303)
    expect(await payload.findByID({ collection: 'provider-items', id: booked, depth: 0 })).toMatchObject({ price: 45 })
    expect(await payload.findByID({ collection: 'life-orders', id: order.id, depth: 0 })).toMatchObject({ unitPrice: order.unitPrice, amount: order.amount })
    expect((await post(`/api/provider-accounts/workspace/prices/${booked}/active`, cookie, { active: 'false' })).status).toBe(303)
    expect(await payload.findByID({ collection: 'provider-items', id: booked, depth: 0 })).toMatchObject({ active: false })

    // Another provider's item: neither through the workspace nor over REST.
    const { docs: theirs } = await payload.find({ collection: 'provider-items', where: { provider: { not_equals: provider.id } }, depth: 0, limit: 1 })
    expect((await post(`/api/provider-accounts/workspace/prices/${theirs[0]!.id}/active`, cookie, { active: 'false' })).status).toBe(404)
    const rest = await api(payload, `/api/provider-items/${theirs[0]!.id}`, { cookie, method: 'PATCH', body: { price: 1 } })
    expect([403, 404]).toContain(rest.status)
    expect(await payload.findByID({ collection: 'provider-items', id: theirs[0]!.id, depth: 0 })).toMatchObject({ price: theirs[0]!.price, active: true })
  })

  it('adds a worker with certificates, and shows the company, its history and the ratings pages', async () => {
    const cookie = await signInProvider(payload, 'provider-anju')
    const { provider } = await demoProvider(payload, 'provider-anju')
    const repair = (provider.categories as string[])[0]!
    const form = {
      name: '周大勇',
      idNumber: '410105198505050012',
      phone: '13900003005',
      categories: repair,
      'cert-health': 'on',
      'cert-health-validUntil': '2027-11-30',
      'cert-insurance': 'on',
      'cert-insurance-validUntil': '2027-11-30',
      'cert-background': 'on',
    }
    const added = await post('/api/provider-accounts/workspace/workers', cookie, form)
    expect(added.status, await added.clone().text()).toBe(303)
    const { docs } = await payload.find({ collection: 'workers', where: { phone: { equals: '13900003005' } }, depth: 0 })
    expect(docs[0]).toMatchObject({ provider: provider.id, employed: true, status: { colour: 'green' } })
    expect(docs[0]!.cardNumber).toMatch(/^FW/)
    const list = await (await api(payload, '/api/provider-accounts/workspace/workers', { cookie })).text()
    expect(list).toContain(docs[0]!.cardNumber!)
    expect(list).toContain(`/api/workers/${docs[0]!.id}/card`)
    for (const page of ['company', 'ratings', 'prices', 'password']) {
      const response = await api(payload, `/api/provider-accounts/workspace/${page}`, { cookie })
      expect({ page, status: response.status }).toEqual({ page, status: 200 })
    }
    expect(await (await api(payload, '/api/provider-accounts/workspace/company', { cookie })).text()).toContain('申请退出')
  })

  it('leaves the platform with a reason (申请退出), after which its accounts cannot sign in', async () => {
    const { provider } = await demoProvider(payload, 'provider-xiyanghong')
    const cookie = await signInProvider(payload, 'provider-xiyanghong')
    const noReason = await post('/api/provider-accounts/workspace/company/leave', cookie, { note: '' })
    expect(noReason.status).toBe(422)
    const left = await post('/api/provider-accounts/workspace/company/leave', cookie, { note: '经营调整，不再提供上门服务' })
    expect(left.status).toBe(303)
    expect(left.headers.get('location')).toContain('/life/provider/')
    expect(await payload.findByID({ collection: 'providers', id: provider.id, depth: 0 })).toMatchObject({ status: 'withdrawn' })
    const { docs } = await payload.find({ collection: 'provider-events', where: { provider: { equals: provider.id } }, sort: '-createdAt', limit: 1, depth: 0 })
    expect(docs[0]).toMatchObject({ action: 'leave', note: '经营调整，不再提供上门服务', actorName: '周敏' })
    expect((await api(payload, '/api/provider-accounts/me', { cookie })).status).toBe(401)
    expect((await signIn('provider-xiyanghong', DEMO_PASSWORD)).status).toBe(401)
  })
})
