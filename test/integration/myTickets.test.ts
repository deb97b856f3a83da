import { describe, expect, it } from 'vitest'

import { purgePendingResidents } from '../../collections/Residents/lib/pending'
import type { MyCases } from '../../collections/Residents/myCases'
import type { TrackAnswer } from '../../collections/Tickets/web/track'
import { useTestPayload } from '../helpers/payload'
import { api, requestCode, signInResident } from '../helpers/residents'
import { ticketAction } from '../helpers/tickets'

/** 我的's 12345 requests: the owner acts without the phone, nobody else finds them; the page without JavaScript; pending accounts purged. */
const payload = useTestPayload({ seeded: true })

const OWNER_PHONE = '13800000051'

/** A web request filed (signed in when `cookie` is given), answered and closed by the desk; its number. */
async function closedRequest(cookie: string | undefined, phone = OWNER_PHONE): Promise<string> {
  const filed = await api(payload, '/api/tickets/web', {
    cookie,
    body: { kind: 'complaint', topicCode: '1301', divisionCode: '410105001001', address: '纬五路21号院东门', content: '东门口的路灯连续三个晚上不亮，请尽快修复。', phone },
  })
  expect(filed.status).toBe(201)
  const { number } = (await filed.json()) as { number: string }
  const { docs } = await payload.find({ collection: 'tickets', where: { number: { equals: number } }, depth: 0, limit: 1 })
  const answered = await ticketAction(payload, 'agent-community', docs[0]!.id, { action: 'answerDirectly', note: '路灯已修复。' })
  expect(answered.status).toBe(200)
  return number
}

const myCases = async (cookie: string): Promise<MyCases> => (await api(payload, '/api/my/cases', { cookie })).json() as Promise<MyCases>

describe('我的: 12345 requests', () => {
  it('lets the owner see, rate and reopen their order without the phone; another resident gets 404, an anonymous caller needs the phone', async () => {
    const owner = await signInResident(payload, OWNER_PHONE)
    const other = await signInResident(payload, '13800000052')
    const number = await closedRequest(owner)

    const mine = await myCases(owner)
    expect(mine.tickets).toHaveLength(1)
    expect(mine.tickets[0]).toMatchObject({ number, status: 'closed', reply: '路灯已修复。', canRate: true, canReopen: true, rating: null })
    expect(mine.tickets[0]!.timeline.map((step) => step.label)).toContain('已答复')
    const theirs = await myCases(other)
    expect(theirs.tickets).toEqual([])

    // Tracking: the owner by number alone; another resident and an anonymous caller without the phone are refused.
    expect((await api(payload, `/api/tickets/track?number=${number}`, { cookie: owner })).status).toBe(200)
    expect((await api(payload, `/api/tickets/track?number=${number}`, { cookie: other })).status).toBe(404)
    expect((await api(payload, `/api/tickets/track?number=${number}`)).status).toBe(422)
    expect((await api(payload, '/api/tickets/track/rate', { cookie: other, body: { number, satisfaction: '1' } })).status).toBe(404)
    expect((await api(payload, '/api/tickets/track/rate', { body: { number, satisfaction: '1' } })).status).toBe(422)
    expect((await api(payload, '/api/tickets/track/reopen', { cookie: other, body: { number, note: '没有修好' } })).status).toBe(404)
    // Anyone with the phone still can: another resident's cookie does not get in the way.
    expect((await api(payload, '/api/tickets/track', { cookie: other, body: { number, phone: OWNER_PHONE } })).status).toBe(200)

    const rated = await api(payload, '/api/tickets/track/rate', { cookie: owner, body: { number, satisfaction: '4', note: '修得很快' } })
    expect(rated.status).toBe(200)
    expect((await rated.json()) as TrackAnswer).toMatchObject({ status: 'evaluated', rating: { level: 4, label: '满意', comment: '修得很快' } })
    const afterRating = await myCases(owner)
    expect(afterRating.ratings).toEqual([{ kind: 'ticket', number, title: expect.stringContaining('投诉'), level: 4, label: '满意', comment: '修得很快', ratedAt: expect.any(String) }])
    expect((await myCases(other)).ratings).toEqual([])

    const reopened = await api(payload, '/api/tickets/track/reopen', { cookie: owner, body: { number, note: '晚上还是不亮' } })
    expect(reopened.status).toBe(200)
    expect((await myCases(owner)).tickets[0]).toMatchObject({ status: 'received', canReopen: false })
  })

  it('shows 我的 as a page without JavaScript: exactly my cases, with the forms; to the sign-in page when signed out', async () => {
    const owner = await signInResident(payload, '13800000061')
    const other = await signInResident(payload, '13800000062')
    const mine = await closedRequest(owner, '13800000061')
    const theirs = await closedRequest(other, '13800000062')

    const signedOut = await api(payload, '/api/my/overview')
    expect(signedOut.status).toBe(303)
    expect(signedOut.headers.get('location')).toMatch(/\/my\/sign-in\/$/)

    const page = await api(payload, '/api/my/overview', { cookie: owner })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    const markup = await page.text()
    expect(markup).toContain(`工单 ${mine}`)
    expect(markup).not.toContain(theirs)
    expect(markup).toContain('路灯已修复。')
    expect(markup).toContain('138****0061')
    expect(markup).toContain(`id="${mine}-rate-title"`)
    expect(markup).toContain('action="/api/tickets/track/reopen"')
    expect(await (await api(payload, '/api/my/overview', { cookie: other })).text()).not.toContain(mine)

    // The page's rate form, posted by the browser itself: answered by the order's page, with the way back to 我的.
    const rated = await api(payload, '/api/tickets/track/rate', { cookie: owner, form: { number: mine, phone: '', satisfaction: '5', note: '' } })
    expect(rated.status).toBe(200)
    const answer = await rated.text()
    expect(answer).toContain('感谢您的评价。')
    expect(answer).toContain('href="/api/my/overview"')
    expect(await (await api(payload, '/api/my/overview', { cookie: owner })).text()).toMatch(/我的评价[\s\S]*非常满意/)
  })
})

describe('pending accounts', () => {
  it('are deleted a day after the last code was asked for, their sign-in messages unlinked; signed-in accounts stay', async () => {
    await requestCode(payload, '13800000071')
    await signInResident(payload, '13800000072')
    const residents = async () => (await payload.find({ collection: 'residents', where: { status: { not_equals: 'closed' } }, depth: 0, pagination: false, overrideAccess: true })).docs
    const pending = (await residents()).find((resident) => resident.status === 'pending')!
    const messages = () => payload.count({ collection: 'notifications', where: { resident: { equals: pending.id } }, overrideAccess: true })
    expect((await messages()).totalDocs).toBeGreaterThan(0)

    expect(await purgePendingResidents(payload)).toBe(0)
    expect(await purgePendingResidents(payload, new Date(Date.now() + 25 * 3600_000))).toBe(1)
    const left = await residents()
    expect(left.map((resident) => resident.id)).not.toContain(pending.id)
    expect(left.some((resident) => resident.status === 'active')).toBe(true)
    expect((await messages()).totalDocs).toBe(0)
  })
})
