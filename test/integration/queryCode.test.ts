import { beforeAll, describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '../../cms/lib/clientAddress'
import type { SubmitAnswer } from '../../collections/Applications/states'
import { RESEND_ANSWER } from '../../collections/Applications/endpoints/resendCode'
import { act } from '../helpers/applications'
import { callEndpoint } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

beforeAll(() => {
  // Three resident-triggered SMS per number a day, so the cap shows within a few submits.
  process.env.SMS_PER_PHONE_DAILY_LIMIT = '3/86400'
})

let clients = 0
/** A resident's request, each from its own address so the per-client limits stay out of the way. */
const resident = (path: string, { body, method = 'post', query }: { body?: Record<string, unknown>; method?: 'get' | 'post'; query?: Record<string, string> }) =>
  callEndpoint(payload, { anonymous: true, collection: 'applications', path, method, body, query, headers: { [CLIENT_ADDRESS_HEADER]: `198.51.100.${(clients += 1) % 250}` } })

async function submit(phone: string): Promise<SubmitAnswer> {
  const response = await resident('/submit', {
    body: {
      serviceCode: '030502',
      divisionCode: '410105001001',
      applicant: { name: '王小明', idNumber: '11010519491231002X', phone, email: '' },
      answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
    },
  })
  expect(response.status).toBe(201)
  return (await response.json()) as SubmitAnswer
}

const status = ({ trackingNumber }: SubmitAnswer, queryCode: string) => resident('/status', { method: 'get', query: { trackingNumber, queryCode } })
const resend = ({ trackingNumber }: SubmitAnswer, phone: string) => resident('/resend-code', { body: { trackingNumber, phone } })
const wrongCodeFor = (answer: SubmitAnswer) => (answer.queryCode === '000000' ? '111111' : '000000')

async function smsTo(phone: string) {
  const { docs } = await payload.find({ collection: 'notifications', where: { and: [{ recipient: { equals: phone } }, { channel: { equals: 'sms' } }] }, sort: 'createdAt', depth: 0, limit: 50 })
  return docs
}

describe('the query-code lock', () => {
  it('compares exactly five wrong codes however many race, then refuses even the right one', async () => {
    const answer = await submit('13900000001')
    const responses = await Promise.all(Array.from({ length: 20 }, () => status(answer, wrongCodeFor(answer))))
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as { code: string; message: string }[]
    const compared = bodies.filter((_, index) => responses[index]!.status === 404)
    expect(compared).toHaveLength(5)
    expect(new Set(compared.map((body) => body.message)).size).toBe(5)
    expect(compared.map((body) => body.message).filter((message) => /还可以再试[1-4]次/.test(message))).toHaveLength(4)
    const locked = bodies.filter((_, index) => responses[index]!.status === 429)
    expect(locked).toHaveLength(15)
    expect(locked.every((body) => body.code === 'LOCKED')).toBe(true)

    const right = await status(answer, answer.queryCode)
    expect(right.status).toBe(429)
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('lets the right code through without using up a wrong attempt', async () => {
    const answer = await submit('13900000002')
    for (let index = 0; index < 6; index += 1) expect((await status(answer, answer.queryCode)).status).toBe(200)
    const wrong = await status(answer, wrongCodeFor(answer))
    expect(((await wrong.json()) as { message: string }).message).toContain('还可以再试4次')
  })
})

describe('POST /api/applications/resend-code', () => {
  it('answers the same whether or not the phone matches, and only a match sends a fresh code and lifts the lock', async () => {
    const phone = '13900000003'
    const answer = await submit(phone)
    await Promise.all(Array.from({ length: 6 }, () => status(answer, wrongCodeFor(answer))))
    expect((await status(answer, answer.queryCode)).status).toBe(429)

    const stranger = await resend(answer, '13900000009')
    expect(stranger.status).toBe(202)
    expect(await stranger.json()).toEqual({ message: RESEND_ANSWER })
    const unknown = await resend({ ...answer, trackingNumber: 'YZ26010100000000' }, phone)
    expect(unknown.status).toBe(202)
    expect(await unknown.json()).toEqual({ message: RESEND_ANSWER })
    expect(await smsTo('13900000009')).toHaveLength(0)
    expect((await status(answer, answer.queryCode)).status).toBe(429)

    const owner = await resend(answer, ` ${phone.slice(0, 3)}-${phone.slice(3)} `)
    expect(owner.status).toBe(202)
    expect(await owner.json()).toEqual({ message: RESEND_ANSWER })
    // The code is changed and sent after the answer.
    await expect.poll(async () => (await smsTo(phone)).length).toBe(2)
    const sent = (await smsTo(phone)).at(-1)!
    const fresh = /新查询码是(\d{6})/.exec(sent.message)?.[1]
    expect(fresh).toMatch(/^\d{6}$/)
    expect((await status(answer, fresh!)).status).toBe(200)
    if (fresh !== answer.queryCode) expect((await status(answer, answer.queryCode)).status).toBe(404)
  })
})

describe('the per-number SMS cap', () => {
  it('stops SMS that residents trigger to one number at the cap, records them as not sent, and keeps staff messages', async () => {
    const phone = '13900000004'
    const answers = [await submit(phone), await submit(phone), await submit(phone), await submit(phone)]
    const acknowledgements = await smsTo(phone)
    expect(acknowledgements.map((sms) => sms.status)).toEqual(['outbox', 'outbox', 'outbox', 'capped'])
    expect(acknowledgements[3]!.error).toContain('每1天3条')

    // Over the cap, a resend changes nothing and says nothing more (given time for the work it would do after answering).
    const resent = await resend(answers[0]!, phone)
    expect(await resent.json()).toEqual({ message: RESEND_ANSWER })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await smsTo(phone)).toHaveLength(4)
    expect((await status(answers[0]!, answers[0]!.queryCode)).status).toBe(200)

    // Staff work is not the resident's doing: its messages still go out.
    const reviewer = await signedIn(payload, 'reviewer-community')
    const application = (await payload.find({ collection: 'applications', where: { trackingNumber: { equals: answers[1]!.trackingNumber } }, depth: 0 })).docs[0]!
    await act(payload, application, 'accept', { userId: reviewer.id })
    expect((await smsTo(phone)).at(-1)).toMatchObject({ status: 'outbox', subject: expect.stringContaining('已受理') })
  })
})
