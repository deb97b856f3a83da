import { handleEndpoints } from 'payload'
import { describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '../../cms/lib/clientAddress'

import { creditCodeCheckCharacter } from '../../collections/validation/identity'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'

const payload = useTestPayload({ seeded: true })

const HAOBANGSHOU = '郑州金水好帮手家政服务有限公司'
const ANJU = '郑州安居便民维修服务有限公司'
const WEIWULU = '410105001001'

const providerNamed = async (name: string) => (await payload.find({ collection: 'providers', where: { name: { equals: name } }, depth: 0, limit: 1 })).docs[0]!
const act = (username: string, id: number | string, body: Record<string, unknown>) => callEndpoint(payload, { collection: 'providers', path: '/:id/actions', id: String(id), username, body })
const search = (category: string, community: string) =>
  callEndpoint(payload, { path: '/life/providers/search', method: 'get', anonymous: true, query: { category, community } })
const found = async (category: string, community: string) => ((await (await search(category, community)).json()) as { providers: { name: string }[] }).providers.map((each) => each.name)
const historyOf = async (id: number | string) =>
  (await payload.find({ collection: 'provider-events', where: { provider: { equals: id } }, sort: 'createdAt', depth: 0, pagination: false })).docs
const textsTo = async (phone: string) =>
  (await payload.find({ collection: 'notifications', where: { recipient: { equals: phone } }, sort: '-createdAt', depth: 0, pagination: false })).docs

describe('the live provider search', () => {
  it('finds the providers in the register serving a community, best rated first, with their items in the category cheapest first', async () => {
    const response = await search('cleaning', WEIWULU)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = await response.json()
    expect(body).toMatchObject({ category: { code: 'cleaning' }, community: { code: WEIWULU, name: '纬五路社区' } })
    expect(body.providers).toHaveLength(1)
    expect(body.providers[0]).toMatchObject({ name: HAOBANGSHOU, servicePhone: '0371-65550101', lowestPrice: 6 })
    expect(body.providers[0].items.map((item: { name: string }) => item.name)).toEqual(['深度保洁', '日常保洁（2小时）'])
    // 夕阳红 serves only its street; 好帮手 the whole district.
    expect(await found('elderly-care', WEIWULU)).toEqual([HAOBANGSHOU, '郑州夕阳红养老服务中心'].sort((a, b) => a.localeCompare(b)))
    expect(await found('elderly-care', '410105002001')).toEqual([HAOBANGSHOU])
    expect(await found('repair', '410105003001')).toEqual([])
  })

  it('refuses an unknown category or community in the one refusal shape', async () => {
    expect(await refused(search('astrology', WEIWULU))).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', errors: [{ field: 'category', code: 'UNKNOWN_CATEGORY' }] })
    expect(await refused(search('cleaning', '410105001000'))).toMatchObject({ status: 422, errors: [{ field: 'community', code: 'UNKNOWN_COMMUNITY' }] })
    expect(await refused(search('cleaning', 'x'))).toMatchObject({ status: 422, errors: [{ field: 'community' }] })
  })

  it('answers a browser’s own GET (the category page’s form without JavaScript) with a page, refusals too', async () => {
    const asPage = (category: string) =>
      callEndpoint(payload, { path: '/life/providers/search', method: 'get', anonymous: true, query: { category, community: WEIWULU }, headers: { accept: 'text/html,application/xhtml+xml' } })
    const page = await asPage('cleaning')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    const markup = await page.text()
    expect(markup).toContain('纬五路社区的家政保洁服务')
    expect(markup).toContain(HAOBANGSHOU)
    expect(markup).toMatch(/href="\/api\/life\/book\?item=[^"]+"/)
    const refusal = await asPage('astrology')
    expect(refusal.status).toBe(422)
    expect(await refusal.text()).toContain('没有这个生活服务类别')
  })
})

describe('a provider’s standing', () => {
  it('a suspension takes the provider out of the search at once, is public in its history, texts its contact, and resuming brings it back', async () => {
    const provider = await providerNamed(HAOBANGSHOU)
    expect(await found('cleaning', WEIWULU)).toEqual([HAOBANGSHOU])

    expect(await refused(act('life-district', provider.id, { action: 'suspend' }))).toMatchObject({ status: 422, code: 'NOTE_REQUIRED' })
    const suspended = await act('life-district', provider.id, { action: 'suspend', note: '12月5日上门服务人员未持证' })
    expect(suspended.status).toBe(200)
    expect(await suspended.json()).toMatchObject({ status: 'suspended', statusLabel: '暂停' })
    expect(await found('cleaning', WEIWULU)).toEqual([])
    expect((await historyOf(provider.id)).at(-1)).toMatchObject({ action: 'suspend', actionLabel: '暂停接单', fromStatus: 'listed', toStatus: 'suspended', public: true, note: '12月5日上门服务人员未持证', actorName: '韩冰' })
    expect((await textsTo('13900001001'))[0]).toMatchObject({ channel: 'sms', message: expect.stringContaining('已被暂停接单：12月5日上门服务人员未持证') })

    expect(await refused(act('life-district', provider.id, { action: 'suspend', note: '再次暂停' }))).toMatchObject({ status: 409, code: 'ILLEGAL_TRANSITION' })
    await act('life-district', provider.id, { action: 'resume', note: '已整改，服务人员均已持证' })
    expect(await found('cleaning', WEIWULU)).toEqual([HAOBANGSHOU])
    expect((await historyOf(provider.id)).at(-1)).toMatchObject({ action: 'resume', toStatus: 'listed', public: false })
  })

  it('cannot be changed by the provider’s own account, an agent, or staff outside the provider’s division', async () => {
    const provider = await providerNamed(ANJU)
    const account = (await payload.find({ collection: 'provider-accounts', where: { username: { equals: 'provider-anju' } }, depth: 0, limit: 1 })).docs[0]!
    const byAccount = callEndpoint(payload, { collection: 'providers', path: '/:id/actions', id: String(provider.id), as: { ...account, collection: 'provider-accounts' }, body: { action: 'resume', note: '自行恢复' } })
    expect(await refused(byAccount)).toMatchObject({ status: 403, code: 'FORBIDDEN' })
    expect(await refused(act('agent-community', provider.id, { action: 'warn', note: '居民投诉' }))).toMatchObject({ status: 403 })
    // 安居 is registered in 花园路社区, outside 经八路街道.
    expect(await refused(act('life-street', provider.id, { action: 'warn', note: '居民投诉' }))).toMatchObject({ status: 404, code: 'NOT_FOUND' })
    expect(await refused(act('life-district', provider.id, { action: 'leave', note: '不做了' }))).toMatchObject({ status: 400, code: 'UNKNOWN_ACTION' })
    expect((await providerNamed(ANJU)).status).toBe('listed')
    expect((await historyOf(provider.id)).map((event) => event.action)).not.toContain('warn')
  })
})

const CREDIT_17 = '91410105MA45H7J8K'
const CREDIT_CODE = CREDIT_17 + creditCodeCheckCharacter(CREDIT_17)

/** A complete application as JSON; `changes` replace its fields. */
const application = (changes: Record<string, unknown> = {}) => ({
  name: '郑州金水洁家保洁服务有限公司',
  creditCode: CREDIT_CODE,
  legalRepresentative: '冯洁',
  servicePhone: '0371-65550404',
  contactName: '冯洁',
  contactPhone: '13900001004',
  address: '郑州市金水区经七路20号',
  community: '410105001002',
  categories: ['cleaning'],
  areas: ['410105001000'],
  capacity: '4',
  licenceKind: ['businessLicence', 'liabilityInsurance'],
  licenceNumber: [CREDIT_CODE, 'BX20261234'],
  licenceValidUntil: ['', '2027-12-31'],
  standardsAccepted: 'on',
  username: 'jiejia-feng',
  password: 'Jiejia2026pass',
  ...changes,
})
const apply = (body: Record<string, unknown>) => callEndpoint(payload, { path: '/life/providers/apply', anonymous: true, body, headers: { [CLIENT_ADDRESS_HEADER]: '198.51.100.21' } })
const providersWithCode = async (creditCode: string) => (await payload.count({ collection: 'providers', where: { creditCode: { equals: creditCode } } })).totalDocs

describe('加盟申请 → 审核通过 → 在册', () => {
  it('refuses a bad credit code, a weak password or a missing promise, writing nothing', async () => {
    const bad = await refused(apply(application({ creditCode: `${CREDIT_17}0`, password: 'short', standardsAccepted: undefined })))
    expect(bad).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect(bad.errors.map((error) => error.field).sort()).toEqual(['creditCode', 'password', 'standardsAccepted'])
    expect(bad.errors.find((error) => error.field === 'creditCode')!.message).toContain('校验位')
    // A field rule Payload checks (the contact mobile) refuses the whole application too.
    expect(await refused(apply(application({ contactPhone: '12345' })))).toMatchObject({ status: 422 })
    expect(await providersWithCode(CREDIT_CODE)).toBe(0)
    expect((await payload.count({ collection: 'provider-accounts', where: { username: { equals: 'jiejia-feng' } } })).totalDocs).toBe(0)
  })

  it('files the provider 申请中 with its history, account and text; a duplicate is refused 409; approval lists it in the search', async () => {
    const response = await apply(application())
    expect(response.status).toBe(201)
    const { id } = await response.json()
    const stored = await payload.findByID({ collection: 'providers', id, depth: 0 })
    expect(stored).toMatchObject({ status: 'applying', creditCode: CREDIT_CODE, standards: { accepted: true, acceptedAt: expect.any(String) }, areaCodes: ['410105001000'], scope: { community: '410105001002' } })
    expect(stored.licences?.map((licence) => [licence.kind, licence.validUntil ?? null])).toEqual([['businessLicence', null], ['liabilityInsurance', '2027-12-31']])
    expect(await historyOf(id)).toMatchObject([{ action: 'apply', actionLabel: '提交申请', toStatus: 'applying', actorName: '冯洁' }])
    const account = (await payload.find({ collection: 'provider-accounts', where: { username: { equals: 'jiejia-feng' } }, depth: 0, showHiddenFields: true })).docs[0]!
    expect(account).toMatchObject({ provider: id, active: true })
    expect((account as { hash?: string }).hash).toBeTruthy()
    expect((await textsTo('13900001004'))[0]).toMatchObject({ message: expect.stringContaining('加盟申请已提交'), provider: id })

    const again = await refused(apply(application({ creditCode: CREDIT_CODE.toLowerCase(), username: 'jiejia-two' })))
    expect(again).toMatchObject({ status: 409, code: 'CREDIT_CODE_ON_FILE', errors: [{ field: 'creditCode' }] })
    expect(await providersWithCode(CREDIT_CODE)).toBe(1)

    expect(await found('cleaning', '410105001003')).toEqual([HAOBANGSHOU])
    expect((await act('life-street', id, { action: 'approve' })).status).toBe(200)
    expect(await found('cleaning', '410105001003')).toEqual([HAOBANGSHOU, '郑州金水洁家保洁服务有限公司'])
    expect((await textsTo('13900001004'))[0]).toMatchObject({ message: expect.stringContaining('已审核通过') })
  })
})

describe('加盟申请 without JavaScript', () => {
  /** The join form as a browser posts it (multipart, asking for a page): checkbox groups and licence rows repeat their names. */
  const post = (fields: [string, string][]) => {
    const form = new FormData()
    for (const [name, value] of fields) form.append(name, value)
    const request = new Request('http://localhost/api/life/providers/apply', {
      method: 'POST',
      body: form,
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', [CLIENT_ADDRESS_HEADER]: '198.51.100.22' },
    })
    return handleEndpoints({ config: payload.config, request })
  }
  const code17 = '91410105MA46K9L0M'
  const creditCode = code17 + creditCodeCheckCharacter(code17)
  const fields = (changes: [string, string][] = []): [string, string][] => [
    ...Object.entries({ name: '郑州金水便民开锁服务部', creditCode, legalRepresentative: '陈锁', servicePhone: '0371-65550505', contactName: '陈锁', contactPhone: '13900001005', address: '郑州市金水区农科路3号', community: '410105002002', capacity: '3', username: 'kaisuo-chen', password: 'Kaisuo2026pass' }),
    ['categories', 'locksmith'],
    ['categories', 'repair'],
    ['areas', '410105002000'],
    ['licenceKind', 'businessLicence'],
    ['licenceNumber', creditCode],
    ['licenceValidUntil', ''],
    ['licenceKind', 'businessLicence'],
    ['licenceNumber', ''],
    ['licenceValidUntil', ''],
    ...changes,
  ]

  it('answers a page: the problems listed when the promise is missing, what happens next when it is filed', async () => {
    const refusedPage = await post(fields())
    expect(refusedPage.status).toBe(422)
    expect(refusedPage.headers.get('content-type')).toContain('text/html')
    expect(await refusedPage.text()).toContain('请阅读并承诺遵守服务标准和平台服务规范')

    const filed = await post(fields([['standardsAccepted', 'on']]))
    expect(filed.status).toBe(201)
    expect(await filed.text()).toContain('加盟申请已提交')
    const stored = (await payload.find({ collection: 'providers', where: { creditCode: { equals: creditCode } }, depth: 0 })).docs[0]!
    expect(stored).toMatchObject({ status: 'applying', capacity: 3, areaCodes: ['410105002000'] })
    expect(stored.categories).toHaveLength(2)
    expect(stored.licences).toHaveLength(1)
  })
})
