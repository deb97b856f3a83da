import { describe, expect, it } from 'vitest'

import { populationStatistics } from '../../collections/population/statistics/compute'
import { derivedRegisterWhere, yearsBefore } from '../../collections/Registers/derived'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { createPerson, idNumber, nextId } from '../helpers/population'
import { divisionId, rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const COMMUNITY = '410105001001'

const withWrongCheckCharacter = (id: string) => id.slice(0, 17) + (id.endsWith('0') ? '1' : '0')
const NEIGHBOUR = '410105001002'

const auditFor = async (targetId: string) =>
  (await payload.find({ collection: 'audit-log', where: { targetId: { equals: targetId } }, sort: 'createdAt', depth: 0, pagination: false })).docs

describe('persons', () => {
  it('derives sex and birth date from the ID number, stores it whole and shows it masked', async () => {
    const id = idNumber('1949-12-31', 2, '110105')
    const person = await createPerson(payload, {
      name: '王芳',
      idNumber: id,
      phone: '13812345678',
      residenceAddress: '金水区经八路12号院3号楼',
      division: await divisionId(payload, COMMUNITY),
    })
    expect(person).toMatchObject({ sex: 'female', birthDate: '1949-12-31', idNumber: '1*****************', phone: '138****5678', residenceAddress: '金水区经八路****' })
    const stored = await payload.findByID({ collection: 'persons', id: person.id, depth: 0 })
    expect(stored).toMatchObject({ idNumber: id, phone: '13812345678', scope: { community: COMMUNITY, street: '410105001000' } })
    const [created] = await auditFor(person.id)
    expect(created).toMatchObject({ action: 'create', by: 'staff', actorName: '罗静', scope: { community: COMMUNITY } })
    expect(JSON.stringify(created)).not.toContain(id)
    expect(JSON.stringify(created)).not.toContain('13812345678')
  })

  it.each([
    ['a wrong check character', () => withWrongCheckCharacter(nextId()), '身份证号码有误，请逐位核对'],
    ['an impossible birth date', () => idNumber('1980-02-30', 3), '身份证号码中的出生日期不正确'],
    ['an unknown province', () => idNumber('1980-05-17', 3, '990105'), '身份证号码的前两位不是有效的省级行政区划代码'],
  ])('refuses %s with a field error and writes nothing', async (_, makeId, message) => {
    const before = await payload.count({ collection: 'persons' })
    const audits = await payload.count({ collection: 'audit-log' })
    const refused = await rejection(createPerson(payload, { idNumber: makeId(), division: await divisionId(payload, COMMUNITY) }))
    expect(refused.errors).toEqual([expect.objectContaining({ path: 'idNumber', message })])
    expect(await payload.count({ collection: 'persons' })).toEqual(before)
    expect(await payload.count({ collection: 'audit-log' })).toEqual(audits)
  })

  it('refuses a second record with the same ID number, an unknown division and a death before birth', async () => {
    const division = await divisionId(payload, COMMUNITY)
    const id = nextId('1990-01-01')
    await createPerson(payload, { idNumber: id, division })
    expect((await rejection(createPerson(payload, { idNumber: id, division }))).errors).toEqual([expect.objectContaining({ path: 'idNumber' })])
    expect((await rejection(createPerson(payload, { division: '00000000-0000-4000-8000-000000000000' }))).message).toBeTruthy()
    const dead = await rejection(createPerson(payload, { idNumber: nextId('1990-01-01'), division, status: 'deceased', statusDate: '1989-12-31' }))
    expect(dead.errors).toEqual([expect.objectContaining({ path: 'statusDate', message: '日期不能早于出生日期' })])
  })

  it('keeps the stored ID number when a form sends back the masked one, and logs only what changed', async () => {
    const person = await createPerson(payload, { name: '李雷', phone: '13900001111', division: await divisionId(payload, COMMUNITY) })
    const user = await signedIn(payload, 'registrar-community')
    const updated = await payload.update({
      collection: 'persons',
      id: person.id,
      data: { name: '李磊', idNumber: person.idNumber, phone: person.phone },
      user,
      overrideAccess: false,
    })
    expect(updated.name).toBe('李磊')
    const stored = await payload.findByID({ collection: 'persons', id: person.id, depth: 0 })
    expect(stored.phone).toBe('13900001111')
    expect(stored.idNumber).not.toContain('*')
    const update = (await auditFor(person.id)).find((entry) => entry.action === 'update')
    expect(update?.changes).toEqual([{ field: 'name', label: '姓名', from: '李雷', to: '李磊' }])

    const edited = await rejection(
      payload.update({ collection: 'persons', id: person.id, data: { phone: '139****9999' }, user, overrideAccess: false }),
    )
    expect(edited.errors).toEqual([expect.objectContaining({ path: 'phone', message: '请填写完整内容（不能含“*”）' })])
  })
})

describe('four-level scope', () => {
  it('lets each level see its own subtree and nothing outside it', async () => {
    const mine = await createPerson(payload, { division: await divisionId(payload, COMMUNITY) }, 'registrar-street')
    const neighbour = await createPerson(payload, { division: await divisionId(payload, NEIGHBOUR) }, 'registrar-street')
    const other = await createPerson(payload, { division: await divisionId(payload, '410102001001') }, 'registrar-city')
    const visible = async (username: string) => {
      const { docs } = await payload.find({
        collection: 'persons',
        where: { id: { in: [mine.id, neighbour.id, other.id] } },
        user: await signedIn(payload, username),
        overrideAccess: false,
        depth: 0,
      })
      return docs.map((doc) => doc.id).sort()
    }
    expect(await visible('registrar-community')).toEqual([mine.id])
    expect(await visible('registrar-street')).toEqual([mine.id, neighbour.id].sort())
    expect(await visible('registrar-district')).toEqual([mine.id, neighbour.id].sort())
    expect(await visible('registrar-city')).toEqual([mine.id, neighbour.id, other.id].sort())
    expect((await rejection(visible('reviewer-city'))).status).toBe(403)

    const outside = await rejection(createPerson(payload, { division: await divisionId(payload, NEIGHBOUR) }, 'registrar-community'))
    expect(outside.code).toBe('OUT_OF_SCOPE')
    const update = await rejection(
      payload.update({ collection: 'persons', id: neighbour.id, data: { name: '改名' }, user: await signedIn(payload, 'registrar-community'), overrideAccess: false }),
    )
    expect(update.status).toBe(403)
  })

  it('moves a person, their registers and their scope to another community, and logs it on both sides', async () => {
    const person = await createPerson(payload, { name: '搬家人', division: await divisionId(payload, COMMUNITY) }, 'registrar-street')
    const street = await signedIn(payload, 'registrar-street')
    await payload.create({ collection: 'registers', data: { person: person.id, kind: 'unemployed', startDate: '2026-01-05' }, user: street, overrideAccess: false })
    await payload.update({ collection: 'persons', id: person.id, data: { division: await divisionId(payload, NEIGHBOUR) }, user: street, overrideAccess: false })

    const community = await signedIn(payload, 'registrar-community')
    expect((await payload.find({ collection: 'persons', where: { id: { equals: person.id } }, user: community, overrideAccess: false })).docs).toEqual([])
    const { docs: registers } = await payload.find({ collection: 'registers', where: { person: { equals: person.id } }, depth: 0 })
    expect(registers.map((entry) => entry.scope?.community)).toEqual([NEIGHBOUR])
    const seenByOldCommunity = await payload.find({
      collection: 'audit-log',
      where: { targetId: { equals: person.id } },
      user: community,
      overrideAccess: false,
      depth: 0,
    })
    expect(seenByOldCommunity.docs.map((entry) => entry.action).sort()).toEqual(['create', 'move-out'])
    const all = await auditFor(person.id)
    expect(all.map((entry) => [entry.action, entry.scope?.community])).toEqual(
      expect.arrayContaining([
        ['move-out', COMMUNITY],
        ['move-in', NEIGHBOUR],
      ]),
    )
  })
})

describe('viewing full personal data', () => {
  const reveal = (username: string, id: string) => callEndpoint(payload, { collection: 'persons', path: '/:id/reveal', id, username })

  it('is an explicit, logged action for staff allowed to, within their scope only', async () => {
    const id = nextId('1972-03-04')
    const person = await createPerson(payload, { idNumber: id, phone: '13700002222', division: await divisionId(payload, COMMUNITY) })
    expect((await refused(reveal('registrar-community', person.id))).code).toBe('VIEW_FULL_NOT_ALLOWED')

    const street = await signedIn(payload, 'registrar-street')
    await payload.update({ collection: 'users', id: street.id, data: { canViewFullPersonalData: true } })
    const response = await reveal('registrar-street', person.id)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const { fields } = (await response.json()) as { fields: { label: string; path: string; value: null | string }[] }
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: 'idNumber', label: '公民身份号码', value: id },
        { path: 'phone', label: '联系电话', value: '13700002222' },
      ]),
    )
    const [viewed] = (await auditFor(person.id)).filter((entry) => entry.action === 'view-full')
    expect(viewed).toMatchObject({ actorName: '林娜', detail: '查看了完整的公民身份号码、联系电话、户籍地址、现住址' })
    expect(JSON.stringify(viewed)).not.toContain(id)

    const elsewhere = await createPerson(payload, { division: await divisionId(payload, '410102001001') }, 'registrar-city')
    expect((await refused(reveal('registrar-street', elsewhere.id))).status).toBe(404)
  })
})

describe('the audit log', () => {
  it('cannot be changed or deleted by anyone, access control bypassed or not', async () => {
    const [entry] = (await payload.find({ collection: 'audit-log', limit: 1, depth: 0 })).docs
    expect(entry).toBeDefined()
    expect((await rejection(payload.update({ collection: 'audit-log', id: entry!.id, data: { summary: 'x' } }))).code).toBe('APPEND_ONLY')
    expect((await rejection(payload.delete({ collection: 'audit-log', id: entry!.id }))).code).toBe('APPEND_ONLY')
    const admin = await signedIn(payload, 'admin-city')
    expect((await rejection(payload.delete({ collection: 'audit-log', id: entry!.id, user: admin, overrideAccess: false }))).status).toBe(403)
  })
})

describe('households', () => {
  it('needs exactly one head and refuses a person already in another household', async () => {
    const division = await divisionId(payload, COMMUNITY)
    const user = await signedIn(payload, 'registrar-community')
    const [head, spouse] = [await createPerson(payload, { division }), await createPerson(payload, { division })]
    const household = (members: { person: string; relation: string }[], householdNumber: string) =>
      payload.create({ collection: 'households', data: { householdNumber, division, members } as never, user, overrideAccess: false, depth: 0 })

    expect((await rejection(household([{ person: spouse.id, relation: 'spouse' }], 'H-1'))).errors).toEqual([
      expect.objectContaining({ path: 'members', message: '请指定户主（与户主关系选“户主”的成员）' }),
    ])
    expect((await rejection(household([{ person: head.id, relation: 'head' }, { person: spouse.id, relation: 'head' }], 'H-2'))).errors).toEqual([
      expect.objectContaining({ path: 'members', message: '一户只能有一名户主' }),
    ])
    const first = await household([{ person: head.id, relation: 'head' }, { person: spouse.id, relation: 'spouse' }], 'H-3')
    expect(first.head).toBe(head.id)
    const twice = await rejection(household([{ person: head.id, relation: 'head' }], 'H-4'))
    expect(twice.errors).toEqual([expect.objectContaining({ path: 'members.0.person', message: '此人已登记在户号 H-3 中（不能同时是两户的户主）' })])
    expect(await payload.count({ collection: 'households', where: { householdNumber: { in: ['H-1', 'H-2', 'H-4'] } } })).toEqual({ totalDocs: 0 })
  })
})

describe('derived registers', () => {
  it('counts a person as elderly from their 60th birthday, and a woman of childbearing age until her 50th', async () => {
    const division = await divisionId(payload, COMMUNITY)
    const man = await createPerson(payload, { idNumber: idNumber('1966-11-23', 11), division })
    const woman = await createPerson(payload, { idNumber: idNumber('1976-11-23', 12), division })
    const on = async (register: 'childbearingWomen' | 'elderly', today: string) => {
      const { docs } = await payload.find({
        collection: 'persons',
        where: { and: [derivedRegisterWhere(register, today), { id: { in: [man.id, woman.id] } }] },
        depth: 0,
      })
      return docs.map((doc) => doc.id)
    }
    expect(await on('elderly', '2026-11-22')).toEqual([])
    expect(await on('elderly', '2026-11-23')).toEqual([man.id])
    expect(await on('childbearingWomen', '2026-11-22')).toEqual([woman.id])
    expect(await on('childbearingWomen', '2026-11-23')).toEqual([])
    expect(yearsBefore('2028-02-29', 61)).toBe('1967-02-28')
  })
})

describe('organisations', () => {
  it('checks the unified social credit code', async () => {
    const user = await signedIn(payload, 'registrar-community')
    const division = await divisionId(payload, COMMUNITY)
    const create = (creditCode: string) =>
      payload.create({ collection: 'organisations', data: { name: '某某公司', creditCode, division, kind: 'enterprise' }, user, overrideAccess: false })
    expect((await rejection(create('91350100M000100Y44'))).errors).toEqual([
      expect.objectContaining({ path: 'creditCode', message: '统一社会信用代码有误（校验位不符），请逐位核对' }),
    ])
    await expect(create('91350100m000100y43')).resolves.toMatchObject({ creditCode: '91350100M000100Y43' })
  })
})

describe('population statistics', () => {
  it('adds up over the viewer’s own subtree, from the demo population', async () => {
    const today = '2026-11-22'
    const stats = await populationStatistics(payload, await signedIn(payload, 'registrar-street'), today)
    const inStreet = { 'scope.street': { equals: '410105001000' } }
    const active = await payload.count({ collection: 'persons', where: { and: [inStreet, { status: { equals: 'active' } }] } })
    expect(stats.total).toBe(active.totalDocs)
    expect(stats.total).toBeGreaterThan(100)
    expect(stats.byDivision.levelLabel).toBe('社区')
    const pyramid = [...stats.pyramid.male, ...stats.pyramid.female].reduce((sum, band) => sum + band.count, 0)
    expect(pyramid).toBe(stats.total)
    const elderly = await payload.count({ collection: 'persons', where: { and: [inStreet, derivedRegisterWhere('elderly', today)] } })
    expect(stats.registers.find((item) => item.key === 'elderly')?.count).toBe(elderly.totalDocs)
    const households = await payload.count({ collection: 'households', where: inStreet })
    expect(stats.households.reduce((sum, item) => sum + item.count, 0)).toBe(households.totalDocs)
    expect(stats.dwellings.map((item) => item.label)).toEqual(['自住', '出租', '空置', '其他'])
    expect((await rejection(populationStatistics(payload, await signedIn(payload, 'reviewer-city'), today))).code).toBe('FORBIDDEN')
  })
})
