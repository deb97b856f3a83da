import { createLocalReq } from 'payload'
import readXlsxFile from 'read-excel-file/node'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { ProviderAccount, Worker } from '../../cms/payload-types'
import { chinaDate, shiftDays } from '../../collections/CalendarDays/workingDays'
import { expiringDocuments } from '../../collections/lifeServices/expiring/compute'
import { takeProviderAction } from '../../collections/Providers/lib/transition'
import { relationId } from '../../collections/relations'
import { citizenIdCheckCharacter } from '../../collections/validation/identity'
import { workerCheckPage } from '../../collections/Workers/verification'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

afterEach(() => {
  vi.useRealTimers()
})

const at = (date: string) => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(`${date}T03:00:00+08:00`))
}

type Account = ProviderAccount & Record<string, unknown> & { collection: 'provider-accounts' }

/** A demo provider's account, as the provider cookie strategy puts it on `req.user`. */
async function account(username: string): Promise<Account> {
  const { docs } = await payload.find({ collection: 'provider-accounts', where: { username: { equals: username } }, depth: 0, limit: 1 })
  return { ...docs[0]!, collection: 'provider-accounts' }
}

const categoryId = async (code: string) => (await payload.find({ collection: 'life-categories', where: { code: { equals: code } }, depth: 0, limit: 1 })).docs[0]!.id

const idNumber = (first17: string) => first17 + citizenIdCheckCharacter(first17)

/** A worker filed by `by` (a provider's account), valid for a year unless `healthUntil` says otherwise. */
async function fileWorker(by: Account, { category, first17, healthUntil }: { category: string; first17: string; healthUntil?: string }): Promise<Worker> {
  const inAYear = shiftDays(chinaDate(), 365)
  return payload.create({
    collection: 'workers',
    data: {
      provider: String(relationId(by.provider)),
      name: '测试工',
      idNumber: idNumber(first17),
      phone: '13900003001',
      categories: [await categoryId(category)],
      certificates: [
        { kind: 'health', validUntil: healthUntil ?? inAYear },
        { kind: 'insurance', validUntil: inAYear },
        { kind: 'background', validUntil: inAYear },
      ],
    },
    user: by,
    overrideAccess: false,
    depth: 0,
  })
}

const stored = (id: number | string) => payload.findByID({ collection: 'workers', id, depth: 0, overrideAccess: true })

const runNightly = async () => {
  await payload.jobs.queue({ task: 'refreshWorkerCards', input: {} })
  await payload.jobs.run({ queue: 'default' })
}

const smsTo = async (phone: string) =>
  (await payload.find({ collection: 'notifications', where: { and: [{ recipient: { equals: phone } }, { subject: { equals: '服务卡变色提醒' } }] }, sort: 'createdAt', depth: 0, pagination: false, overrideAccess: true })).docs.map((each) => each.message)

/** The live verification page as a browser asks for it, from its own address. */
const checkPage = (card: string, client = '203.0.113.7') =>
  workerCheckPage(payload, new Request(`http://localhost/life/workers/${card}/`, { headers: { 'x-yizhan-client-address': client } }), card)

describe('workers and their cards', () => {
  it('turns a card yellow 30 days before the health certificate expires and red after it, telling the provider once a day', async () => {
    const anju = await account('provider-anju')
    const today = chinaDate()
    const worker = await fileWorker(anju, { category: 'repair', first17: '41010519900101011', healthUntil: shiftDays(today, 40) })
    expect(worker.status?.colour).toBe('green')

    at(shiftDays(today, 12))
    await runNightly()
    expect((await stored(worker.id)).status).toMatchObject({ colour: 'yellow', reasons: `健康证明将于${shiftDays(today, 40)}到期` })
    await runNightly()
    expect(await smsTo('13900001002')).toEqual([expect.stringContaining('今天有1名服务人员的服务卡变为黄码、0名变为红码')])
    expect(await smsTo('13900003001')).toEqual([])

    at(shiftDays(today, 41))
    await runNightly()
    expect((await stored(worker.id)).status).toMatchObject({ colour: 'red', reasons: `健康证明已于${shiftDays(today, 40)}过期`, validUntil: null })
    expect((await smsTo('13900001002')).at(-1)).toContain('0名服务人员的服务卡变为黄码、1名变为红码')
    const page = await (await checkPage(worker.cardNumber!)).text()
    expect(page).toContain('红码')
    expect(page).toContain('请勿让其上门')
  })

  it('turns a card red while staff suspend the worker, and logs who did it; the provider cannot suspend', async () => {
    const haobangshou = await account('provider-haobangshou')
    const worker = await fileWorker(haobangshou, { category: 'cleaning', first17: '41010519900101020' })
    await payload.update({ collection: 'workers', id: worker.id, data: { suspendedUntil: shiftDays(chinaDate(), 3) }, user: haobangshou, overrideAccess: false })
    expect((await stored(worker.id)).suspendedUntil ?? null).toBeNull()

    const staff = await signedIn(payload, 'life-city')
    const until = shiftDays(chinaDate(), 7)
    await payload.update({ collection: 'workers', id: worker.id, data: { suspendedUntil: until }, user: staff, overrideAccess: false })
    expect((await stored(worker.id)).status).toMatchObject({ colour: 'red', reasons: `暂停服务至${until}` })
    const { docs } = await payload.find({ collection: 'audit-log', where: { and: [{ targetCollection: { equals: 'workers' } }, { targetId: { equals: String(worker.id) } }] }, depth: 0, overrideAccess: true })
    expect(docs).toEqual([expect.objectContaining({ actor: String(staff.id), summary: `暂停服务：服务人员${worker.cardNumber}` })])
  })

  it("turns every worker of a suspended provider red at once, and green again when it resumes", async () => {
    const staff = await signedIn(payload, 'life-city')
    const req = await createLocalReq({ user: staff }, payload)
    const [provider] = (await payload.find({ collection: 'providers', where: { name: { equals: '郑州夕阳红养老服务中心' } }, depth: 0, limit: 1 })).docs
    const workerOf = async () => (await payload.find({ collection: 'workers', where: { provider: { equals: provider!.id } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]!

    const suspended = await takeProviderAction(req, provider!, 'suspend', { side: 'city' }, '多次爽约')
    expect((await workerOf()).status).toMatchObject({ colour: 'red', reasons: '所属企业不在册' })
    await takeProviderAction(req, suspended, 'resume', { side: 'city' }, '已整改')
    expect((await workerOf()).status?.colour).toBe('green')
  })

  it('keeps one record per ID number while the worker is employed', async () => {
    const [haobangshou, anju] = [await account('provider-haobangshou'), await account('provider-anju')]
    const first17 = '41010519900101038'
    const worker = await fileWorker(anju, { category: 'repair', first17 })
    await expect(fileWorker(haobangshou, { category: 'cleaning', first17 })).rejects.toMatchObject({ status: 409, data: { code: 'WORKER_ALREADY_EMPLOYED' } })

    await payload.update({ collection: 'workers', id: worker.id, data: { employed: false }, user: anju, overrideAccess: false })
    const rehired = await fileWorker(haobangshou, { category: 'cleaning', first17 })
    expect(rehired.status?.colour).toBe('green')
    expect((await stored(worker.id)).status?.colour).toBe('red')
  })

  it("confines a provider's account to its own workers and categories", async () => {
    const [haobangshou, anju] = [await account('provider-haobangshou'), await account('provider-anju')]
    const theirs = await fileWorker(haobangshou, { category: 'cleaning', first17: '41010519900101046' })

    await expect(payload.update({ collection: 'workers', id: theirs.id, data: { employed: false }, user: anju, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    expect((await payload.find({ collection: 'workers', where: { id: { equals: theirs.id } }, user: anju, overrideAccess: false })).docs).toEqual([])
    expect((await refused(callEndpoint(payload, { collection: 'workers', method: 'get', path: '/:id/card', id: String(theirs.id), as: anju }))).status).toBe(404)
    await expect(fileWorker(anju, { category: 'cleaning', first17: '41010519900101054' })).rejects.toMatchObject({ status: 400, data: { code: 'CATEGORY_NOT_OFFERED' } })

    const card = await callEndpoint(payload, { collection: 'workers', method: 'get', path: '/:id/card', id: String(theirs.id), as: haobangshou })
    expect(card.status).toBe(200)
    const markup = await card.text()
    expect(markup).toContain(theirs.cardNumber!)
    expect(markup).toContain('测*')
    expect(markup).not.toContain('测试工')
    expect(markup).not.toContain('13900003001')
    expect(markup).toContain('<svg')
  })
})

describe('the public verification page', () => {
  it('shows a card in words, without personal data; an unknown card gets a 404 with the hotline', async () => {
    const haobangshou = await account('provider-haobangshou')
    const worker = await fileWorker(haobangshou, { category: 'cleaning', first17: '41010519900101062' })
    const answer = await checkPage(worker.cardNumber!.toLowerCase(), '203.0.113.8')
    expect(answer.status).toBe(200)
    const page = await answer.text()
    expect(page).toContain('绿码')
    expect(page).toContain('可以上门服务')
    expect(page).toContain('测*')
    expect(page).toContain('郑州金水好帮手家政服务有限公司')
    for (const secret of ['测试工', '13900003001', idNumber('41010519900101062')]) expect(page).not.toContain(secret)

    const unknown = await checkPage('FWAAAAAAAA', '203.0.113.8')
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toContain('12345')
    expect((await checkPage('not-a-card', '203.0.113.8')).status).toBe(404)

    const lookup = await workerCheckPage(payload, new Request(`http://localhost/life/workers/check/?n=${worker.cardNumber!.toLowerCase()}`), 'check')
    expect(lookup.status).toBe(303)
    expect(lookup.headers.get('location')).toBe(`http://localhost/life/workers/${worker.cardNumber}/`)
  })

  it('limits checks per client address, so card numbers cannot be tried', async () => {
    process.env.WORKER_CHECK_LIMIT = '3/600'
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await checkPage('FWBBBBBBBB', '203.0.113.9')).status).toBe(404)
    const limited = await checkPage('FWBBBBBBBB', '203.0.113.9')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await checkPage('FWBBBBBBBB', '203.0.113.10')).status).toBe(404)
  })
})

describe('the list of documents expiring within 30 days', () => {
  it("lists the subtree's worker certificates and provider licences, expired ones first, and exports them with names masked", async () => {
    const haobangshou = await account('provider-haobangshou')
    const today = chinaDate()
    const lapsed = await fileWorker(haobangshou, { category: 'cleaning', first17: '41010519900101070', healthUntil: shiftDays(today, -3) })
    const [anju] = (await payload.find({ collection: 'providers', where: { name: { equals: '郑州安居便民维修服务有限公司' } }, depth: 0, limit: 1 })).docs
    await payload.update({ collection: 'providers', id: anju!.id, data: { licences: [{ kind: 'liabilityInsurance', number: 'BD2026001', validUntil: shiftDays(today, 10) }] }, overrideAccess: true })

    const listFor = async (username: string) => expiringDocuments(await createLocalReq({ user: await signedIn(payload, username) }, payload))
    const street = await listFor('life-street')
    expect(street[0]).toMatchObject({ holderKind: '服务人员', holder: `测**（${lapsed.cardNumber}）`, document: '健康证明', daysLeft: -3 })
    expect(street).toContainEqual(expect.objectContaining({ holder: expect.stringMatching(/^王\*\*（FW/), provider: '郑州金水好帮手家政服务有限公司', daysLeft: 20 }))
    expect(street.map((row) => row.provider)).not.toContain('郑州安居便民维修服务有限公司')
    expect(await listFor('life-city')).toContainEqual(expect.objectContaining({ holderKind: '加盟企业', document: '责任保险 BD2026001', daysLeft: 10 }))

    expect((await refused(callEndpoint(payload, { collection: 'workers', method: 'get', path: '/expiring/export', as: haobangshou }))).status).toBe(403)
    const exported = await callEndpoint(payload, { collection: 'workers', method: 'get', path: '/expiring/export', username: 'life-street' })
    const cells = (await readXlsxFile(Buffer.from(await exported.arrayBuffer())))[0]!.data.flat().map(String)
    expect(cells).toContain('已过期3天')
    expect(cells.join(' ')).not.toContain('王桂芝')
  })
})
