import { describe, expect, it } from 'vitest'

import { createLocalReq } from 'payload'

import type { StatusAnswer, SubmitAnswer } from '../../collections/Applications/states'
import { lifeOrderPage } from '../../collections/LifeOrders/lib/pages'
import { residentWithPhone } from '../../collections/Residents/lib/accounts'
import type { MyLifeOrder } from '../../collections/Residents/myCases'
import { lifeOrder } from '../helpers/lifeOrders'
import { useTestPayload } from '../helpers/payload'
import { api, signInResident } from '../helpers/residents'

/** 我的: a resident's own cases, and nobody else's, over every route. */
const payload = useTestPayload({ seeded: true })

async function submit(cookie?: string): Promise<SubmitAnswer> {
  const response = await api(payload, '/api/applications/submit', {
    cookie,
    body: {
      serviceCode: '030502',
      divisionCode: '410105001001',
      applicant: { name: '王小明', idNumber: '11010519491231002X', phone: '13900000011', email: '' },
      answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
    },
  })
  expect(response.status).toBe(201)
  return (await response.json()) as SubmitAnswer
}

type MyCases = { applications: StatusAnswer[]; messages: { message: string }[]; tickets: unknown[] }
const myCases = async (cookie: string): Promise<MyCases> => (await api(payload, '/api/my/cases', { cookie })).json() as Promise<MyCases>

describe('我的', () => {
  it('lists exactly my applications: those submitted signed in and those claimed with the query code', async () => {
    const mine = await signInResident(payload, '13800000021')
    const theirs = await signInResident(payload, '13800000022')
    const signedInSubmit = await submit(mine)
    const anonymousSubmit = await submit()
    const otherSubmit = await submit(theirs)

    expect((await myCases(mine)).applications.map((each) => each.trackingNumber)).toEqual([signedInSubmit.trackingNumber])
    const claim = await api(payload, '/api/my/claim', { cookie: mine, body: { trackingNumber: anonymousSubmit.trackingNumber, queryCode: anonymousSubmit.queryCode } })
    expect(claim.status).toBe(200)
    const listed = await myCases(mine)
    expect(listed.applications.map((each) => each.trackingNumber).sort()).toEqual([signedInSubmit.trackingNumber, anonymousSubmit.trackingNumber].sort())
    expect(listed.applications[0]!.timeline.length).toBeGreaterThan(0)
    expect(listed.applications[0]!.can.withdraw).toBe(true)
    expect(listed.messages.length).toBeGreaterThan(0)
    expect((await myCases(theirs)).applications.map((each) => each.trackingNumber)).toEqual([otherSubmit.trackingNumber])

    // Claimed by someone else already: it stays there.
    const again = await api(payload, '/api/my/claim', { cookie: theirs, body: { trackingNumber: anonymousSubmit.trackingNumber, queryCode: anonymousSubmit.queryCode } })
    expect(again.status).toBe(409)
    expect((await api(payload, '/api/my/cases')).status).toBe(401)
  })

  it('lets the owner act without the query code, and finds another resident\'s case nowhere', async () => {
    const mine = await signInResident(payload, '13800000031')
    const theirs = await signInResident(payload, '13800000032')
    const application = await submit(mine)
    const status = await api(payload, `/api/applications/status?trackingNumber=${application.trackingNumber}`, { cookie: mine })
    expect(status.status).toBe(200)

    // Another resident: 404 on the status, the actions, REST by id.
    expect((await api(payload, `/api/applications/status?trackingNumber=${application.trackingNumber}`, { cookie: theirs })).status).toBe(404)
    expect((await api(payload, '/api/applications/withdraw', { cookie: theirs, body: { trackingNumber: application.trackingNumber } })).status).toBe(404)
    const { docs } = await payload.find({ collection: 'applications', where: { trackingNumber: { equals: application.trackingNumber } }, overrideAccess: true, depth: 0 })
    const id = docs[0]!.id
    expect((await api(payload, `/api/applications/${id}`, { cookie: theirs })).status).toBe(404)
    expect((await api(payload, `/api/applications/${id}`, { cookie: mine })).status).toBe(404)
    const list = (await (await api(payload, '/api/applications?limit=100', { cookie: theirs })).json()) as { docs: unknown[] }
    expect(list.docs).toEqual([])

    const withdrawn = await api(payload, '/api/applications/withdraw', { cookie: mine, body: { trackingNumber: application.trackingNumber } })
    expect(withdrawn.status).toBe(200)
    expect(((await withdrawn.json()) as StatusAnswer).status).toBe('withdrawn')
  })

  it('fills an application form with the signed-in resident\'s details and community', async () => {
    const { docs } = await payload.find({ collection: 'persons', limit: 1, depth: 1, overrideAccess: true })
    const person = docs[0]!
    const cookie = await signInResident(payload, '13800000041')
    const empty = (await (await api(payload, '/api/my/prefill', { cookie })).json()) as Record<string, unknown>
    expect(empty).toEqual({ name: '', idNumber: '', phone: '13800000041', divisionCode: null })
    await api(payload, '/api/residents/me/real-name', { cookie, body: { name: person.name, idNumber: person.idNumber, consent: true } })
    const filled = (await (await api(payload, '/api/my/prefill', { cookie })).json()) as Record<string, unknown>
    expect(filled).toEqual({ name: person.name, idNumber: person.idNumber, phone: '13800000041', divisionCode: (person.division as { code: string }).code })
    expect((await api(payload, '/api/my/prefill')).status).toBe(401)
  })
  it('lists my life-service orders, and nobody else’s, in the JSON and on the page without JavaScript', async () => {
    const phone = '13800000051'
    const mine = await signInResident(payload, phone)
    const theirs = await signInResident(payload, '13800000052')
    const resident = await residentWithPhone(await createLocalReq({}, payload), phone)
    const order = await lifeOrder(payload, { account: 'provider-anju', end: 'done', amount: 90, phone, residentId: resident!.id })

    const listed = (await (await api(payload, '/api/my/cases', { cookie: mine })).json()) as { lifeOrders: MyLifeOrder[] }
    expect(listed.lifeOrders).toEqual([{ number: order.number, itemName: order.itemName, visit: `${order.date} 晚上（18:00—21:00）`, status: 'done', statusLabel: '待确认', page: lifeOrderPage(order.number) }])
    expect(((await (await api(payload, '/api/my/cases', { cookie: theirs })).json()) as { lifeOrders: MyLifeOrder[] }).lifeOrders).toEqual([])

    const page = await (await api(payload, '/api/my/overview', { cookie: mine })).text()
    expect(page).toContain(`data-life-order="${order.number}"`)
    expect(page).toContain(`href="${lifeOrderPage(order.number)}"`)
    expect(page).toContain(`${order.itemName}（待确认）`)
    expect(await (await api(payload, '/api/my/overview', { cookie: theirs })).text()).toContain('还没有预约过生活服务。')
  })
})
