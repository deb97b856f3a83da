import { afterEach, describe, expect, it } from 'vitest'
import type { Where } from 'payload'

import { caseScopeOf } from '../../collections/Applications/fields'
import { WORKFLOW_CONTEXT } from '../../collections/Applications/hooks/refuseEditsOutsideWorkflow'
import { maskIdNumber } from '../../collections/privacy/mask'
import { citizenIdCheckCharacter } from '../../collections/validation/identity'
import { createApplication } from '../helpers/applications'
import { callEndpoint } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { createPerson, idNumber } from '../helpers/population'
import { createTicket, ticketAction } from '../helpers/tickets'
import { divisionId, rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const COMMUNITY = '410105001001'
const asUser = async (username: string) => ({ user: await signedIn(payload, username), overrideAccess: false as const, depth: 0 })

/**
 * Every ID number the masked one, the birth date and the sex shown beside it
 * leave possible, over the given region codes (GB 11643: region, birth date,
 * sequence whose last digit is odd for men, check character).
 */
function candidates(masked: string, birthDate: string, sex: string, regions: string[]): number {
  let count = 0
  for (const region of regions) {
    for (let sequence = 0; sequence < 1000; sequence += 1) {
      if ((sequence % 2 === 1) !== (sex === 'male')) continue
      const first17 = `${region}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`
      if (maskIdNumber(first17 + citizenIdCheckCharacter(first17)) === masked) count += 1
    }
  }
  return count
}

describe('what a masked ID number leaves with the rest of the screen', () => {
  it('keeps every sequence possible even when the region is guessed right, and thousands over a city', async () => {
    const person = await createPerson(payload, { idNumber: idNumber('1949-10-01', 11), division: await divisionId(payload, COMMUNITY) })
    const seen = await payload.findByID({ collection: 'persons', id: person.id, ...(await asUser('registrar-community')) })
    expect(seen.idNumber).not.toContain('0011')
    // The person lives in 410105; an attacker's best guess is that they were registered there too.
    expect(candidates(seen.idNumber, seen.birthDate!, seen.sex!, ['410105'])).toBe(500)
    const cityCounties = Array.from({ length: 99 }, (_, index) => `4101${String(index + 1).padStart(2, '0')}`)
    expect(candidates(seen.idNumber, seen.birthDate!, seen.sex!, cityCounties)).toBeGreaterThanOrEqual(1000)
  })
})

describe('queries on personal values', () => {
  afterEach(() => {
    delete process.env.PERSONAL_LOOKUP_LIMIT
  })

  it.each([
    ['a prefix (like)', { idNumber: { like: '4101051949' } }],
    ['contains', { phone: { contains: '1381234' } }],
    ['in', { idNumber: { in: ['410105194910010011', '410105194910010038'] } }],
    ['not_in', { idNumber: { not_in: ['410105194910010011'] } }],
    ['a range', { idNumber: { greater_than: '4101051949' } }],
    ['not_equals', { phone: { not_equals: '13812345678' } }],
    ['a masked value', { idNumber: { equals: '4*****************' } }],
    ['an address', { residenceAddress: { equals: '金水区经八路12号院3号楼' } }],
    ['a nested or', { or: [{ name: { equals: '王芳' } }, { and: [{ idNumber: { like: '41' } }] }] }],
  ])('refuses %s with a Chinese message and a code', async (_, where) => {
    const refused = await rejection(payload.find({ collection: 'persons', where: where as never, ...(await asUser('registrar-community')) }))
    expect(refused).toMatchObject({ status: 403, code: 'PERSONAL_FIELD_QUERY', message: expect.stringContaining('不能按') })
  })

  it('refuses sorting, counting, listing values and bulk writes on a personal value', async () => {
    const reader = await asUser('registrar-community')
    for (const sort of ['phone', '-idNumber', ['name', '-residenceAddress']]) {
      expect((await rejection(payload.find({ collection: 'persons', sort: sort as never, ...reader }))).code).toBe('PERSONAL_FIELD_QUERY')
    }
    const like = { idNumber: { like: '41' } }
    expect((await rejection(payload.count({ collection: 'persons', where: like, user: reader.user, overrideAccess: false }))).code).toBe('PERSONAL_FIELD_QUERY')
    expect((await rejection(payload.findDistinct({ collection: 'persons', field: 'idNumber', user: reader.user, overrideAccess: false }))).code).toBe(
      'PERSONAL_FIELD_QUERY',
    )
    expect((await rejection(payload.update({ collection: 'persons', where: like, data: { notes: '批量' }, ...reader }))).code).toBe('PERSONAL_FIELD_QUERY')
    // Whether a value is filled in stays a fair question; internal code is not limited.
    await expect(payload.find({ collection: 'persons', where: { phone: { exists: true } }, ...reader })).resolves.toBeTruthy()
    await expect(payload.find({ collection: 'persons', where: like, sort: 'idNumber', depth: 0 })).resolves.toBeTruthy()
  })

  it('refuses the same through relationships and in application answers', async () => {
    const registrar = await asUser('registrar-community')
    const throughPerson = await rejection(payload.find({ collection: 'registers', where: { 'person.idNumber': { like: '4101' } }, ...registrar }))
    expect(throughPerson.code).toBe('PERSONAL_FIELD_QUERY')
    expect((await rejection(payload.find({ collection: 'registers', sort: 'person.phone', ...registrar }))).code).toBe('PERSONAL_FIELD_QUERY')

    const reviewer = await asUser('reviewer-community')
    const wheres: Where[] = [{ 'applicant.idNumber': { like: '1101' } }, { 'applicant.phone': { in: ['13800138000'] } }, { 'answers.childId': { like: '1101' } }]
    for (const where of wheres) {
      expect((await rejection(payload.find({ collection: 'applications', where, ...reviewer }))).code).toBe('PERSONAL_FIELD_QUERY')
    }
    expect((await rejection(payload.find({ collection: 'notifications', where: { 'application.applicant.idNumber': { like: '1' } }, ...reviewer }))).code).toBe(
      'PERSONAL_FIELD_QUERY',
    )
    // A join's own filter on the joined records would answer the same question.
    const joins = { history: { where: { 'application.applicant.idNumber': { like: '1101' } } } }
    expect((await rejection(payload.find({ collection: 'applications', joins, ...reviewer }))).code).toBe('PERSONAL_FIELD_QUERY')
  })

  it('lets staff find a person by a full ID number, audited without the number and limited per user', async () => {
    process.env.PERSONAL_LOOKUP_LIMIT = '3/3600'
    const id = idNumber('1962-03-04', 21)
    const person = await createPerson(payload, { idNumber: id, division: await divisionId(payload, COMMUNITY) })
    const reader = await asUser('registrar-street')
    const lookUp = () => payload.find({ collection: 'persons', where: { idNumber: { equals: id } }, ...reader })
    expect((await lookUp()).docs.map((doc) => doc.id)).toEqual([person.id])
    const { docs: entries } = await payload.find({ collection: 'audit-log', where: { action: { equals: 'lookup' }, actor: { equals: reader.user.id } }, depth: 0 })
    expect(entries[0]).toMatchObject({ targetCollection: 'persons', detail: '按完整的公民身份号码精确查找' })
    expect(JSON.stringify(entries)).not.toContain(id)
    await lookUp()
    await lookUp()
    expect(await rejection(lookUp())).toMatchObject({ status: 429, code: 'PERSONAL_LOOKUP_LIMIT' })
  })

  it('leaves other systems granted full values free to query them', async () => {
    const person = await createPerson(payload, { phone: '13912340000', division: await divisionId(payload, COMMUNITY) })
    const client = { collection: 'api-clients', id: 'full', active: true, personalData: 'full', collections: ['persons'], mode: 'read', scope: { city: '410100000000' } }
    const { docs } = await payload.find({ collection: 'persons', where: { phone: { like: '1391234' } }, user: client as never, overrideAccess: false, depth: 0 })
    expect(docs.map((doc) => doc.id)).toContain(person.id)
  })

  it('keeps the looked-up number out of the audit log of another system’s read', async () => {
    const id = idNumber('1971-08-09', 33)
    const person = await createPerson(payload, { idNumber: id, division: await divisionId(payload, COMMUNITY) })
    const client = { collection: 'api-clients', id: 'masked', name: '街道网格', active: true, personalData: 'masked', collections: ['persons'], mode: 'read', scope: { city: '410100000000' } }
    const { docs } = await payload.find({ collection: 'persons', where: { idNumber: { equals: id } }, user: client as never, overrideAccess: false, depth: 0 })
    expect(docs.map((doc) => doc.id)).toEqual([person.id])
    expect((await rejection(payload.find({ collection: 'persons', where: { idNumber: { like: '4101' } }, user: client as never, overrideAccess: false }))).code).toBe(
      'PERSONAL_FIELD_QUERY',
    )
    const { docs: entries } = await payload.find({ collection: 'audit-log', where: { actorName: { equals: '街道网格' } }, depth: 0, pagination: false })
    expect(entries.map((entry) => entry.action).sort()).toEqual(['api-read', 'lookup'])
    expect(JSON.stringify(entries)).not.toContain(id)
  })
})

describe('every copy of a personal value', () => {
  it('masks a message’s recipient for staff and refuses queries on it', async () => {
    const reviewer = await asUser('reviewer-community')
    const application = await createApplication(payload)
    await payload.create({
      collection: 'notifications',
      data: { application: application.id, ...caseScopeOf(application), channel: 'sms', status: 'outbox', recipient: '13800138000', subject: '测试', message: '测试' },
    })
    await payload.create({
      collection: 'notifications',
      data: { application: application.id, ...caseScopeOf(application), channel: 'email', status: 'queued', recipient: 'zhangsan@example.cn', subject: '测试', message: '测试' },
    })
    const { docs } = await payload.find({ collection: 'notifications', where: { application: { equals: application.id } }, sort: 'channel', ...reviewer })
    expect(docs.map((doc) => doc.recipient)).toEqual(['z****@example.cn', '138****8000'])
    expect((await rejection(payload.find({ collection: 'notifications', where: { recipient: { like: '138' } }, ...reviewer }))).code).toBe('PERSONAL_FIELD_QUERY')
    expect((await rejection(payload.find({ collection: 'notifications', where: { recipient: { equals: '13800138000' } }, ...reviewer }))).code).toBe(
      'PERSONAL_FIELD_QUERY',
    )
  })

  it('masks ID-number and phone answers of an application, and reveals them through the logged action', async () => {
    const application = await createApplication(payload)
    await payload.update({
      collection: 'applications',
      id: application.id,
      data: { answers: { childName: '张小明', childId: '110105201501010015', guardianPhone: '13912345678', count: '2' } },
      context: { [WORKFLOW_CONTEXT]: true },
    })
    const reviewer = await asUser('reviewer-community')
    const seen = await payload.findByID({ collection: 'applications', id: application.id, ...reviewer })
    expect(seen.answers).toEqual({ childName: '张小明', childId: '1*****************', guardianPhone: '139****5678', count: '2' })

    await payload.update({ collection: 'users', id: reviewer.user.id, data: { canViewFullPersonalData: true } })
    const reveal = await callEndpoint(payload, { collection: 'applications', path: '/:id/reveal', id: application.id, username: 'reviewer-community' })
    const { fields } = (await reveal.json()) as { fields: { path: string; value: string }[] }
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'answers.childId', value: '110105201501010015' }),
        expect.objectContaining({ path: 'answers.guardianPhone', value: '13912345678' }),
      ]),
    )
    expect(fields.map((field) => field.path)).not.toContain('answers.childName')
  })

  it('keeps confidential callers out of every query a handler makes', async () => {
    const ticket = await createTicket(payload, { caller: { name: '匿名', phone: '13600004444', confidential: true } })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'dispatch', division: await divisionId(payload, '410105001000') })
    const handler = await asUser('reviewer-street')
    for (const query of [{ where: { 'caller.name': { like: '匿' } } }, { where: { 'caller.confidential': { equals: true } } }, { sort: 'caller.name' }]) {
      const refused = await rejection(payload.find({ collection: 'tickets', ...query, ...handler } as never))
      expect(refused).toMatchObject({ status: 403, code: 'FIELD_NOT_QUERYABLE' })
    }
    // The desk may search callers by name, not by part of their phone number.
    const desk = await asUser('agent-community')
    expect((await payload.find({ collection: 'tickets', where: { 'caller.name': { equals: '匿名' } }, ...desk })).docs.map((doc) => doc.id)).toContain(ticket.id)
    expect((await rejection(payload.find({ collection: 'tickets', where: { 'caller.phone': { like: '136' } }, ...desk }))).code).toBe('PERSONAL_FIELD_QUERY')
    // A handler still reads a caller who did not ask for confidentiality.
    const open = await createTicket(payload)
    await ticketAction(payload, 'agent-community', open.id, { action: 'dispatch', division: await divisionId(payload, '410105001000') })
    expect((await payload.findByID({ collection: 'tickets', id: open.id, ...handler })).caller).toMatchObject({ name: '王女士', phone: '137****1111' })
  })
})
