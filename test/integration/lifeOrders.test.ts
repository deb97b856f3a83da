import { describe, expect, it } from 'vitest'

import type { LifeOrder, Provider, ProviderAccount } from '../../cms/payload-types'
import { chinaDate, shiftDays } from '../../collections/CalendarDays/workingDays'
import { expireLifeOffers } from '../../collections/LifeOrders/lib/steps'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { createPerson, nextId } from '../helpers/population'
import { api, signInResident } from '../helpers/residents'
import { divisionId } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const COMMUNITY = '410105001001'
const HAOBANGSHOU = '郑州金水好帮手家政服务有限公司'
const ANJU = '郑州安居便民维修服务有限公司'
const XIYANGHONG = '郑州夕阳红养老服务中心'

/** The bookable days in turn (tomorrow to 14 days ahead), so tests seldom share a time slot. */
let days = 0
const nextDate = (): string => shiftDays(chinaDate(), ((days += 1) % 14) + 1)

let phones = 0
const nextPhone = (): string => `137${String(30_000_000 + (phones += 1)).padStart(8, '0')}`

const providerNamed = async (name: string): Promise<Provider> =>
  (await payload.find({ collection: 'providers', where: { name: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!

const itemNamed = async (name: string): Promise<string> =>
  String((await payload.find({ collection: 'provider-items', where: { name: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!.id)

/** A provider's demo account as its cookie strategy puts it on the request. */
async function account(username: string): Promise<Record<string, unknown> & { collection: 'provider-accounts' }> {
  const { docs } = await payload.find({ collection: 'provider-accounts', where: { username: { equals: username } }, limit: 1, depth: 0, overrideAccess: true })
  return { ...(docs[0] as ProviderAccount), collection: 'provider-accounts' }
}

const orderByNumber = async (number: string): Promise<LifeOrder> =>
  (await payload.find({ collection: 'life-orders', where: { number: { equals: number } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })).docs[0] as LifeOrder

/** A phone booking by life-services staff for a caller. */
const desk = (body: Record<string, unknown>, username = 'life-city') =>
  callEndpoint(payload, { collection: 'life-orders', path: '/desk', username, body: { community: COMMUNITY, address: '经八路1号院2号楼301', period: 'morning', quantity: 1, name: '张大爷', phone: nextPhone(), ...body } })

async function booked(body: Record<string, unknown>): Promise<LifeOrder & { subsidyNote: null | string }> {
  const response = await desk(body)
  const answer = (await response.json()) as { number: string; subsidyNote: null | string }
  expect(response.status, JSON.stringify(answer)).toBe(201)
  return { ...(await orderByNumber(answer.number)), subsidyNote: answer.subsidyNote }
}

const providerAct = async (username: string, order: LifeOrder, body: Record<string, unknown>) =>
  callEndpoint(payload, { collection: 'life-orders', path: '/:id/actions', id: String(order.id), as: await account(username), body })

async function providerStep(username: string, order: LifeOrder, body: Record<string, unknown>): Promise<LifeOrder> {
  const response = await providerAct(username, order, body)
  expect(response.status, await response.clone().text()).toBe(200)
  return orderByNumber(order.number)
}

const messagesTo = async (phone: string): Promise<string[]> =>
  (await payload.find({ collection: 'notifications', where: { recipient: { equals: phone } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true, showHiddenFields: true })).docs.map((doc) => doc.message)

const workerOf = async (providerName: string, name: string): Promise<string> => {
  const provider = await providerNamed(providerName)
  const { docs } = await payload.find({ collection: 'workers', where: { provider: { equals: provider.id } }, depth: 0, pagination: false, overrideAccess: true, showHiddenFields: true })
  return String(docs.find((worker) => worker.name === name)!.id)
}

describe('booking a life service', () => {
  it('refuses an unknown item, a date out of range, a community the provider does not serve, a provider not listed and a full slot', async () => {
    const repair = await itemNamed('上门检测')
    expect((await refused(desk({ item: '999999', date: nextDate() }))).errors[0]).toMatchObject({ field: 'item', code: 'UNKNOWN_ITEM' })
    expect((await refused(desk({ item: repair, date: chinaDate() }))).errors[0]).toMatchObject({ field: 'date', code: 'DATE_OUT_OF_RANGE' })
    expect((await refused(desk({ item: repair, date: shiftDays(chinaDate(), 15) }))).errors[0]).toMatchObject({ field: 'date', code: 'DATE_OUT_OF_RANGE' })
    const notServed = await refused(desk({ item: repair, date: nextDate(), community: '410105003001' }))
    expect(notServed).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect(notServed.errors[0]).toMatchObject({ field: 'community', code: 'NOT_SERVED' })
    const shape = await refused(desk({ date: 'tomorrow', period: 'night', phone: '123', quantity: 0 }))
    expect(shape.errors.map((error) => error.code).sort()).toEqual(['DATE_OUT_OF_RANGE', 'PERIOD_UNKNOWN', 'PHONE_FORMAT', 'QUANTITY_RANGE', 'REQUIRED'])

    const anju = await providerNamed(ANJU)
    await payload.update({ collection: 'providers', id: anju.id, data: { capacity: 1 }, overrideAccess: true, depth: 0 })
    const date = nextDate()
    try {
      await booked({ item: repair, date })
      const full = await refused(desk({ item: repair, date }))
      expect(full).toMatchObject({ status: 409, code: 'SLOT_FULL', message: '该时段已约满，请换一个时段' })
      await payload.db.updateOne({ collection: 'providers', id: anju.id, data: { status: 'suspended' }, returning: false })
      expect((await refused(desk({ item: repair, date: nextDate() }))).errors[0]).toMatchObject({ field: 'item', code: 'PROVIDER_NOT_LISTED' })
    } finally {
      await payload.db.updateOne({ collection: 'providers', id: anju.id, data: { status: 'listed', capacity: anju.capacity }, returning: false })
    }
  })

  it('prices the chosen item, offers it to its provider and tells both', async () => {
    const order = await booked({ item: await itemNamed('日常保洁（2小时）'), quantity: 2, date: nextDate() })
    const provider = await providerNamed(HAOBANGSHOU)
    expect(order).toMatchObject({ status: 'offered', itemName: '日常保洁（2小时）', unitPrice: 80, amount: 160, payable: 160, provider: provider.id, providerChosen: true, channel: 'phone' })
    expect(order.offerExpiresAt! > new Date().toISOString()).toBe(true)
    expect((await messagesTo(order.customer.phone)).join()).toContain(`订单${order.number}`)
    expect((await messagesTo('13900001001')).join()).toContain(`新订单${order.number}`)
    const { docs: events } = await payload.find({ collection: 'life-order-events', where: { order: { equals: order.id } }, sort: 'createdAt', depth: 0, overrideAccess: true })
    expect(events.map((event) => event.action)).toEqual(['submit', 'offer'])
  })
})

describe('the provider loop', () => {
  it('moves a declined order to the next provider, and a timed-out one to none: unserved, with an SMS', async () => {
    const order = await booked({ category: 'elderly-care', date: nextDate() })
    const first = (await payload.findByID({ collection: 'providers', id: order.provider as string, depth: 0, overrideAccess: true })) as Provider
    expect([HAOBANGSHOU, XIYANGHONG]).toContain(first.name)
    const [firstAccount, secondName] = first.name === HAOBANGSHOU ? ['provider-haobangshou', XIYANGHONG] : ['provider-xiyanghong', HAOBANGSHOU]
    expect((await refused(providerAct(firstAccount, order, { action: 'decline' }))).code).toBe('NOTE_REQUIRED')

    const declined = await providerStep(firstAccount, order, { action: 'decline', note: '当天人手不足' })
    expect(declined.status).toBe('offered')
    expect(relationIdOf(declined.provider)).toBe((await providerNamed(secondName)).id)
    expect(declined.offers!.map((offer) => offer.outcome)).toEqual(['declined', 'pending'])
    // The provider that declined no longer sees it.
    expect((await refused(providerAct(firstAccount, declined, { action: 'accept' }))).status).toBe(404)

    const later = new Date(new Date(declined.offerExpiresAt!).getTime() + 60_000)
    expect((await expireLifeOffers(payload, later)).timedOut).toBeGreaterThanOrEqual(1)
    const unserved = await orderByNumber(order.number)
    expect(unserved).toMatchObject({ status: 'unserved', provider: null })
    expect(unserved.offers!.map((offer) => offer.outcome)).toEqual(['declined', 'timedOut'])
    expect((await messagesTo(order.customer.phone)).at(-1)).toContain('暂时没有服务企业能够承接')
  })

  it('stores a booking no provider can take as unserved and says so', async () => {
    const response = await desk({ category: 'locksmith', date: nextDate(), community: '410105003001' })
    expect(response.status).toBe(201)
    const answer = (await response.json()) as { number: string; status: string; message: string }
    expect(answer).toMatchObject({ status: 'unserved' })
    expect(answer.message).toContain('暂时没有服务企业能够承接')
    expect((await orderByNumber(answer.number)).status).toBe('unserved')
  })

  it('works an order through accept, assign, finish and the call-back, recounting the averages; a worker is not sent twice to one slot', async () => {
    const date = nextDate()
    const item = await itemNamed('日常保洁（2小时）')
    const order = await booked({ item, date })
    const other = await booked({ item, date })
    const worker = await workerOf(HAOBANGSHOU, '李秀英')
    await providerStep('provider-haobangshou', order, { action: 'accept' })
    const scheduled = await providerStep('provider-haobangshou', order, { action: 'assign', worker })
    expect(scheduled.status).toBe('scheduled')
    await providerStep('provider-haobangshou', other, { action: 'accept' })
    const busy = await refused(providerAct('provider-haobangshou', other, { action: 'assign', worker }))
    expect(busy).toMatchObject({ status: 409, code: 'WORKER_BUSY' })

    // A provider account acting on another provider's order finds nothing; desk-only steps are not the provider's.
    expect((await refused(providerAct('provider-anju', order, { action: 'finish' }))).status).toBe(404)
    expect((await refused(providerAct('provider-haobangshou', order, { action: 'callBack', level: '5' }))).status).toBe(403)

    await providerStep('provider-haobangshou', order, { action: 'finish' })
    const texts = (await messagesTo(order.customer.phone)).join('\n')
    expect(texts).toContain('上门时请查验服务卡')
    expect(texts).toContain('服务已完成')

    const before = await providerNamed(HAOBANGSHOU)
    const callBack = await callEndpoint(payload, { collection: 'life-orders', path: '/:id/actions', id: String(order.id), username: 'life-city', body: { action: 'callBack', level: '2', workerLevel: '4', comment: '来晚了半小时' } })
    expect(callBack.status, await callBack.clone().text()).toBe(200)
    const rated = await orderByNumber(order.number)
    expect(rated).toMatchObject({ status: 'rated', rating: { level: '2', workerLevel: '4', comment: '来晚了半小时' } })
    // A bad rating with words is a demand in the city's register, as for applications and work orders.
    const { docs: demands } = await payload.find({ collection: 'demands', where: { sourceKey: { equals: `life-orders:${order.id}:rating` } }, depth: 0 })
    expect(demands).toHaveLength(1)
    expect(demands[0]).toMatchObject({ source: 'badRating', kind: 'badRating', sourceNumber: order.number, case: { relationTo: 'life-orders', value: order.id } })
    expect(demands[0]!.summary).toContain('来晚了半小时')
    const after = await providerNamed(HAOBANGSHOU)
    expect(after.rating?.count).toBe((before.rating?.count ?? 0) + 1)
    const workerDoc = await payload.findByID({ collection: 'workers', id: worker, depth: 0, overrideAccess: true })
    expect(workerDoc.rating).toMatchObject({ count: 1, average: 4 })
  })

  it('lets the resident confirm and rate their own order, and not accept it', async () => {
    const phone = nextPhone()
    const cookie = await signInResident(payload, phone)
    const response = await api(payload, '/api/life/book', { cookie, body: { item: await itemNamed('午餐送餐上门'), community: COMMUNITY, address: '纬五路3号', date: nextDate(), period: 'afternoon', quantity: 1, name: '王阿姨' } })
    const answer = (await response.json()) as { number: string; status: string }
    expect(response.status, JSON.stringify(answer)).toBe(201)
    const order = await orderByNumber(answer.number)
    expect(order).toMatchObject({ channel: 'portal', status: 'offered' })
    const act = (body: Record<string, unknown>) => api(payload, `/api/life/orders/mine/${answer.number}/actions`, { cookie, body })
    expect((await act({ action: 'accept' })).status).toBe(403)
    expect((await api(payload, `/api/life/orders/mine/${answer.number}/actions`, { cookie: await signInResident(payload, nextPhone()), body: { action: 'cancel' } })).status).toBe(404)

    await providerStep('provider-xiyanghong', order, { action: 'accept' })
    await providerStep('provider-xiyanghong', order, { action: 'assign', worker: await workerOf(XIYANGHONG, '刘淑兰') })
    await providerStep('provider-xiyanghong', order, { action: 'finish' })
    expect((await act({ action: 'confirm' })).status).toBe(200)
    const rate = await act({ action: 'rate', level: '5', workerLevel: '5', comment: '很准时' })
    expect(rate.status, await rate.clone().text()).toBe(200)
    expect((await orderByNumber(answer.number)).status).toBe('rated')
  })

  it('confirms an order left done for 72 hours', async () => {
    const order = await booked({ item: await itemNamed('上门检测'), date: nextDate() })
    await providerStep('provider-anju', order, { action: 'accept' })
    await providerStep('provider-anju', order, { action: 'assign', worker: await workerOf(ANJU, '孙建军') })
    const done = await providerStep('provider-anju', order, { action: 'finish' })
    expect((await expireLifeOffers(payload, new Date(new Date(done.doneAt!).getTime() + 73 * 3600_000))).autoConfirmed).toBeGreaterThanOrEqual(1)
    expect((await orderByNumber(order.number)).status).toBe('confirmed')
  })
})

describe('the resident booking pages', () => {
  it('sends a visitor to sign in, shows the form with seats left, books from a plain form post and shows the order with its steps', async () => {
    const item = await itemNamed('深度保洁')
    const away = await api(payload, `/api/life/book?item=${item}`, { headers: { accept: 'text/html' } })
    expect(away.status).toBe(303)
    expect(away.headers.get('location')).toContain('/my/sign-in/?next=')

    const cookie = await signInResident(payload, nextPhone())
    const form = await (await api(payload, `/api/life/book?item=${item}`, { cookie, headers: { accept: 'text/html' } })).text()
    expect(form).toContain('深度保洁（郑州金水好帮手家政服务有限公司），6元/平方米')
    expect(form).toContain('纬五路社区')
    expect(form).toMatch(/上午（8:00—12:00）（余\d+个）/)

    const date = nextDate()
    const posted = await api(payload, '/api/life/book', { cookie, form: { item, community: COMMUNITY, address: '纬五路8号', slot: `${date} evening`, quantity: '50', notes: '', name: '周先生' } })
    expect(posted.status).toBe(303)
    const page = posted.headers.get('location')!
    expect(page).toMatch(/^\/api\/life\/orders\/mine\/SH\d{14}$/)
    const order = await orderByNumber(page.split('/').at(-1)!)
    expect(order).toMatchObject({ date, period: 'evening', quantity: 50, amount: 300, status: 'offered' })
    // The same form posted again (a double tap, a reload) is the same booking, not a second one.
    const again = await api(payload, '/api/life/book', { cookie, form: { item, community: COMMUNITY, address: '纬五路8号', slot: `${date} evening`, quantity: '50', notes: '', name: '周先生' } })
    expect(again.headers.get('location')).toBe(page)

    const detail = await (await api(payload, page, { cookie, headers: { accept: 'text/html' } })).text()
    expect(detail).toContain('提交预约')
    expect(detail).toContain('value="cancel"')
    const mine = (await (await api(payload, '/api/life/orders/mine', { cookie })).json()) as { orders: { number: string }[] }
    expect(mine.orders.map((each) => each.number)).toContain(order.number)
    const cancelled = await api(payload, `${page}/actions`, { cookie, form: { action: 'cancel' } })
    expect(cancelled.status).toBe(303)
    expect((await orderByNumber(order.number)).status).toBe('cancelled')
  })
})

describe('repeated bookings', () => {
  it('answers a retry with the same Idempotency-Key with the first order, and refuses the key for another booking', async () => {
    const item = await itemNamed('深度保洁')
    const cookie = await signInResident(payload, nextPhone())
    const body = { item, community: COMMUNITY, address: '纬五路9号', date: nextDate(), period: 'morning', quantity: 20, name: '钱女士' }
    const headers = { 'idempotency-key': `life-${Date.now()}` }
    const first = await api(payload, '/api/life/book', { cookie, body, headers })
    expect(first.status, await first.clone().text()).toBe(201)
    const retry = await api(payload, '/api/life/book', { cookie, body, headers })
    expect(retry.status).toBe(200)
    const [a, b] = (await Promise.all([first.json(), retry.json()])) as { number: string }[]
    expect(b!.number).toBe(a!.number)
    const other = await api(payload, '/api/life/book', { cookie, body: { ...body, quantity: 30 }, headers })
    expect(other.status).toBe(422)
    expect(((await other.json()) as { code: string }).code).toBe('IDEMPOTENCY_KEY_REUSED')
  })
})

describe('subsidised bookings', () => {
  it('applies the subsidy to an 80+ caller and to one on 低保, and books others at full price, saying why', async () => {
    const division = await divisionId(payload, COMMUNITY)
    const ids = { elderly: nextId('1940-03-02'), poor: nextId('1985-06-01'), other: nextId('1986-06-01') }
    await createPerson(payload, { division, name: '赵老太', idNumber: ids.elderly, birthDate: '1940-03-02' })
    const poor = await createPerson(payload, { division, name: '钱某', idNumber: ids.poor, birthDate: '1985-06-01' })
    await payload.create({ collection: 'registers', data: { person: poor.id, kind: 'lowIncome', startDate: shiftDays(chinaDate(), -30) }, overrideAccess: true, depth: 0 })
    await createPerson(payload, { division, name: '孙某', idNumber: ids.other, birthDate: '1986-06-01' })
    const item = await itemNamed('陪同就医')

    const forElderly = await booked({ item, quantity: 3, date: nextDate(), subsidyConsent: true, idNumber: ids.elderly })
    expect(forElderly).toMatchObject({ amount: 180, payable: 90, subsidy: { register: 'elderly80', percent: 50, amount: 90 } })
    expect(forElderly.subsidyNote).toContain('80周岁及以上老年人')
    const capped = await booked({ item, quantity: 4, date: nextDate(), subsidyConsent: true, idNumber: ids.poor })
    expect(capped).toMatchObject({ amount: 240, payable: 140, subsidy: { register: 'lowIncome', amount: 100 } })

    const notEntitled = await booked({ item, date: nextDate(), subsidyConsent: true, idNumber: ids.other })
    expect(notEntitled).toMatchObject({ amount: 60, payable: 60 })
    expect(notEntitled.subsidy?.amount ?? 0).toBe(0)
    expect(notEntitled.subsidyNote).toContain('不属于本类服务的补贴对象')
    const noConsent = await booked({ item, date: nextDate(), idNumber: ids.elderly })
    expect(noConsent).toMatchObject({ payable: 60 })
    expect(noConsent.subsidyNote).toContain('未同意')
  })
})

const relationIdOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)
