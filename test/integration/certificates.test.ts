import { describe, expect, it } from 'vitest'

import type { Person } from '../../cms/payload-types'
import type { VerifyAnswer } from '../../collections/ResultDocuments/states'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { readPdf } from '../helpers/pdf'
import { createPerson, nextId } from '../helpers/population'
import { api, signInResident } from '../helpers/residents'
import { divisionId, signedIn } from '../helpers/users'

/** 家庭成员关系证明 and the 低保/残疾人/退役军人 registration certificates, issued at once from the population base. */
const payload = useTestPayload({ seeded: true })

const COMMUNITY = '410105001001'
let phone = 13800000300

/** A person living in reviewer-community's community, signed in as a resident whose real name is verified against them. */
async function verifiedResident(): Promise<{ cookie: string; person: Person }> {
  const division = await divisionId(payload, COMMUNITY)
  const created = await createPerson(payload, { division, name: '李秀英', idNumber: nextId('1975-03-08'), residenceAddress: '纬五路12号院3号楼2单元101' })
  // The registrar's answer masks the ID number: read the record as the platform holds it.
  const person = await payload.findByID({ collection: 'persons', id: created.id, depth: 0 })
  const cookie = await signInResident(payload, String((phone += 1)))
  const verified = await api(payload, '/api/residents/me/real-name', { cookie, body: { name: person.name, idNumber: person.idNumber, consent: true } })
  expect(verified.status, await verified.clone().text()).toBe(200)
  return { cookie, person }
}

const issue = (cookie: string, kind: string) => api(payload, '/api/results/certificates', { cookie, body: { kind } })

/** Issue `kind`, download it as its owner, and answer its number and its text. */
async function issued(cookie: string, kind: string, title: string): Promise<{ number: string; text: string }> {
  const response = await issue(cookie, kind)
  expect(response.status).toBe(201)
  const answer = (await response.json()) as { download: string; number: string; title: string }
  expect(answer.title).toBe(title)
  const file = await api(payload, answer.download, { cookie })
  expect(file.status).toBe(200)
  const text = readPdf(Buffer.from(await file.arrayBuffer())).text.replace(/\s/g, '')
  for (const expected of [title, '居民委员会', answer.number]) expect(text).toContain(expected)
  return { number: answer.number, text }
}

const verify = async (number: string): Promise<VerifyAnswer> => (await api(payload, `/api/results/verify?n=${encodeURIComponent(number)}`)).json() as Promise<VerifyAnswer>

async function revoke(number: string): Promise<void> {
  const { docs } = await payload.find({ collection: 'result-documents', where: { number: { equals: number } }, depth: 0 })
  const response = await callEndpoint(payload, { collection: 'result-documents', path: '/:id/revoke', id: docs[0]!.id, username: 'reviewer-community', body: { note: '登记情况已变化' } })
  expect(response.status).toBe(200)
}

describe('instant certificates from the population base', () => {
  it('issues a 家庭成员关系证明 listing the household’s members and relations: checkable, audited, revocable', async () => {
    const { cookie, person } = await verifiedResident()
    const division = await divisionId(payload, COMMUNITY)
    const spouseId = nextId('1973-11-02')
    const spouse = await createPerson(payload, { division, name: '张建国', idNumber: spouseId })
    const child = await createPerson(payload, { division, name: '张小雨', idNumber: nextId('2005-06-01') })
    const gone = await createPerson(payload, { division, name: '张老汉', idNumber: nextId('1940-01-01'), status: 'deceased', statusDate: '2025-01-01' })
    await payload.create({
      collection: 'households',
      data: {
        householdNumber: 'H4101050010019001',
        division,
        address: '纬五路12号院3号楼2单元101',
        members: [
          { person: spouse.id, relation: 'head' },
          { person: person.id, relation: 'spouse' },
          { person: child.id, relation: 'child' },
          { person: gone.id, relation: 'parent' },
        ],
      },
      user: await signedIn(payload, 'registrar-community'),
      overrideAccess: false,
    })

    const { number, text } = await issued(cookie, 'household', '家庭成员关系证明')
    for (const expected of ['户主', '张建国', '配偶', person.name, person.idNumber, '子女', '张小雨', '在册成员3人']) expect(text).toContain(expected)
    // Other members' numbers are shown in part only; a member who died is no longer listed.
    expect(text).not.toContain(spouseId)
    expect(text).toContain(`${spouseId.slice(0, 6)}********${spouseId.slice(-4)}`)
    expect(text).not.toContain('张老汉')

    expect(await verify(number)).toMatchObject({ status: 'valid', title: '家庭成员关系证明', holder: '李**' })
    const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'issue' }, summary: { contains: number } } })
    expect(audit.docs).toHaveLength(1)
    await revoke(number)
    expect(await verify(number)).toMatchObject({ status: 'revoked' })
  })

  it('refuses a 家庭成员关系证明 to someone in no household', async () => {
    const { cookie } = await verifiedResident()
    const refusal = await refused(issue(cookie, 'household'))
    expect(refusal).toMatchObject({ status: 409, code: 'NOT_IN_HOUSEHOLD' })
    expect(refusal.message).toContain('家庭户')
  })

  for (const [kind, register, title] of [
    ['lowIncome', '低保对象', '低保对象登记证明'],
    ['disabled', '残疾人', '残疾人登记证明'],
    ['veteran', '退役军人', '退役军人登记证明'],
  ] as const) {
    it(`issues a ${title} only with an active ${register} entry, and refuses it otherwise, saying they are not registered`, async () => {
      const { cookie, person } = await verifiedResident()
      const registrar = { user: await signedIn(payload, 'registrar-community'), overrideAccess: false }
      const notYet = await refused(issue(cookie, kind))
      expect(notYet).toMatchObject({ status: 409, code: 'NOT_REGISTERED' })
      expect(notYet.message).toContain(`没有您有效的${register}登记`)
      // An entry that ended no longer counts.
      await payload.create({ collection: 'registers', data: { person: person.id, kind, startDate: '2019-01-01', endDate: '2020-12-31' }, ...registrar })
      expect((await refused(issue(cookie, kind))).code).toBe('NOT_REGISTERED')

      await payload.create({ collection: 'registers', data: { person: person.id, kind, startDate: '2024-03-01' }, ...registrar })
      const { number, text } = await issued(cookie, kind, title)
      for (const expected of [person.name, person.idNumber, register, '2024-03-01']) expect(text).toContain(expected)
      expect(await verify(number)).toMatchObject({ status: 'valid', title })
      await revoke(number)
      expect(await verify(number)).toMatchObject({ status: 'revoked' })
    })
  }

  it('refuses every kind to a resident whose real name is not verified', async () => {
    const cookie = await signInResident(payload, '13800000399')
    for (const kind of ['household', 'lowIncome', 'disabled', 'veteran']) {
      const refusal = await refused(issue(cookie, kind))
      expect(refusal).toMatchObject({ status: 403, code: 'REAL_NAME_REQUIRED' })
      expect(refusal.message).toContain('实名核验')
    }
  })

  it('offers all of them in 我的 without JavaScript', async () => {
    const { cookie } = await verifiedResident()
    const overview = await (await api(payload, '/api/my/overview', { cookie, headers: { accept: 'text/html' } })).text()
    for (const kind of ['residence', 'household', 'lowIncome', 'disabled', 'veteran']) expect(overview).toContain(`name="kind" value="${kind}"`)
    for (const words of ['开具居住证明', '开具家庭成员关系证明', '开具低保对象登记证明', '开具残疾人登记证明', '开具退役军人登记证明']) expect(overview).toContain(words)
  })
})
