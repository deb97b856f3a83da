import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { importPersons } from '../../collections/Persons/transfer/importPersons'

import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { createPerson, nextId } from '../helpers/population'
import { divisionId, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const COMMUNITY = '410105001001'
const ELSEWHERE = '410102001001'

const flagOf = async (id: string) => (await payload.findByID({ collection: 'persons', id, depth: 0 })).possibleDuplicate
const exists = async (id: string) => Boolean(await payload.findByID({ collection: 'persons', id, depth: 0, disableErrors: true }))

/** Two (or more) records with one name and birth date, in the community unless a division code is given. */
async function nearDuplicates(name: string, birth: string, codes = [COMMUNITY, COMMUNITY]) {
  const people = []
  for (const code of codes) people.push(await createPerson(payload, { name, idNumber: nextId(birth), division: await divisionId(payload, code) }, 'registrar-city'))
  return people
}

const listDuplicates = (id: string, username = 'registrar-community') =>
  callEndpoint(payload, { collection: 'persons', path: '/:id/duplicates', method: 'get', id, username })
const duplicatesOf = async (id: string, username = 'registrar-community') =>
  (await (await listDuplicates(id, username)).json()) as {
    candidates: { id: string; idNumber: string }[]
    outsideScope: number
  }

describe('near-duplicate persons', () => {
  it('flags records with the same name and birth date, and shows each registrar only what is in their scope', async () => {
    const [first, second, far] = await nearDuplicates('张伟', '1975-03-08', [COMMUNITY, COMMUNITY, ELSEWHERE])
    const other = await createPerson(payload, { name: '张伟', idNumber: nextId('1975-03-09'), division: await divisionId(payload, COMMUNITY) })
    expect([await flagOf(first!.id), await flagOf(second!.id), await flagOf(far!.id), await flagOf(other.id)]).toEqual([true, true, true, false])

    const seen = await duplicatesOf(first!.id)
    expect(seen.candidates.map((each) => each.id)).toEqual([second!.id])
    expect(seen.candidates[0]!.idNumber).toBe('4*****************')
    expect(seen.outsideScope).toBe(1)
    expect((await duplicatesOf(first!.id, 'registrar-city')).candidates.map((each) => each.id).sort()).toEqual([second!.id, far!.id].sort())
    expect((await refused(listDuplicates(far!.id))).status).toBe(404)

    // A corrected name leaves the group, and whoever is left alone is no longer flagged.
    const city = await signedIn(payload, 'registrar-city')
    await payload.update({ collection: 'persons', id: far!.id, data: { name: '张玮' }, user: city, overrideAccess: false })
    await payload.update({ collection: 'persons', id: second!.id, data: { name: '张炜' }, user: city, overrideAccess: false })
    expect([await flagOf(first!.id), await flagOf(second!.id), await flagOf(far!.id)]).toEqual([false, false, false])
  })

  it('flags every near-duplicate an import brings in, however many groups one file holds', async () => {
    const req = await createLocalReq({ user: await signedIn(payload, 'registrar-community') }, payload)
    const division = await divisionId(payload, COMMUNITY)
    const row = (name: string, birth: string) => ({ name, idNumber: nextId(birth), division, status: 'active' as const })
    const rows = [row('赵敏', '1966-02-02'), row('赵敏', '1966-02-02'), row('钱进', '1971-07-07'), row('孙丽', '1983-04-04'), row('钱进', '1971-07-07')]
    await importPersons(req, rows, 'two-groups.csv')
    const { docs } = await payload.find({ collection: 'persons', where: { idNumber: { in: rows.map((each) => each.idNumber) } }, depth: 0, pagination: false })
    const flags = new Map(docs.map((doc) => [doc.idNumber, doc.possibleDuplicate]))
    expect(rows.map((each) => flags.get(each.idNumber))).toEqual([true, true, true, false, true])
  })

  it('records "not the same person", after which neither is flagged for the other', async () => {
    const [first, second] = await nearDuplicates('王静', '1988-11-20')
    const distinct = await callEndpoint(payload, { collection: 'persons', path: '/:id/distinct', id: first!.id, username: 'registrar-community', body: { other: second!.id } })
    expect(distinct.status).toBe(200)
    expect([await flagOf(first!.id), await flagOf(second!.id)]).toEqual([false, false])
    expect((await duplicatesOf(second!.id)).candidates).toEqual([])
    const [update] = (await payload.find({ collection: 'audit-log', where: { and: [{ targetId: { equals: first!.id } }, { action: { equals: 'update' } }] }, depth: 0 })).docs
    expect(update?.changes).toEqual([{ field: 'distinctFrom', label: '已确认不是同一人', from: [], to: [second!.id] }])

    const [third] = await nearDuplicates('王静', '1988-11-20', [COMMUNITY])
    expect([await flagOf(first!.id), await flagOf(second!.id), await flagOf(third!.id)]).toEqual([true, true, true])
    const unrelated = await createPerson(payload, { name: '王晶', division: await divisionId(payload, COMMUNITY) })
    const refusal = await refused(callEndpoint(payload, { collection: 'persons', path: '/:id/distinct', id: first!.id, username: 'registrar-community', body: { other: unrelated.id } }))
    expect(refusal).toMatchObject({ status: 422, code: 'NOT_NEAR_DUPLICATES' })
  })

  it('merges a duplicate into the kept record: empty fields, registers and household place move over, the duplicate goes', async () => {
    const [kept, duplicate] = await nearDuplicates('刘洋', '1990-06-01')
    const city = await signedIn(payload, 'registrar-city')
    await payload.update({ collection: 'persons', id: duplicate!.id, data: { phone: '13600001234', socialInsurance: ['pension'] }, user: city, overrideAccess: false })
    const register = await payload.create({ collection: 'registers', data: { person: duplicate!.id, kind: 'unemployed', startDate: '2026-03-01' }, user: city, overrideAccess: false })
    const spouse = await createPerson(payload, { name: '刘洋之妻', division: await divisionId(payload, COMMUNITY) })
    const household = await payload.create({
      collection: 'households',
      data: { householdNumber: 'MERGE-1', division: await divisionId(payload, COMMUNITY), members: [{ person: duplicate!.id, relation: 'head' }, { person: spouse.id, relation: 'spouse' }] },
      user: city,
      overrideAccess: false,
    })

    const merged = await callEndpoint(payload, { collection: 'persons', path: '/:id/merge', id: kept!.id, username: 'registrar-community', body: { duplicate: duplicate!.id } })
    expect(merged.status).toBe(200)
    expect(await exists(duplicate!.id)).toBe(false)
    const stored = await payload.findByID({ collection: 'persons', id: kept!.id, depth: 0 })
    expect(stored).toMatchObject({ phone: '13600001234', socialInsurance: ['pension'], possibleDuplicate: false })
    expect(stored.notes).toContain('由重复记录（4*****************）')
    expect((await payload.findByID({ collection: 'registers', id: register.id, depth: 0 })).person).toBe(kept!.id)
    const after = await payload.findByID({ collection: 'households', id: household.id, depth: 0 })
    expect(after.head).toBe(kept!.id)
    expect(after.members?.map((member) => member.person)).toEqual([kept!.id, spouse.id])
    const actions = (await payload.find({ collection: 'audit-log', where: { targetId: { in: [kept!.id, duplicate!.id] } }, depth: 0, pagination: false })).docs.map((entry) => entry.action)
    expect(actions).toEqual(expect.arrayContaining(['merge', 'delete']))
  })

  it('refuses to merge out of scope, across households or records that are not near-duplicates, and changes nothing', async () => {
    const merge = (keep: string, duplicate: string, username = 'registrar-community') =>
      refused(callEndpoint(payload, { collection: 'persons', path: '/:id/merge', id: keep, username, body: { duplicate } }))
    const [mine, far] = await nearDuplicates('陈晨', '1979-01-15', [COMMUNITY, ELSEWHERE])
    expect(await merge(mine!.id, far!.id)).toMatchObject({ status: 403, code: 'OUT_OF_SCOPE' })
    expect(await exists(far!.id)).toBe(true)

    const stranger = await createPerson(payload, { name: '陈辰', division: await divisionId(payload, COMMUNITY) })
    expect(await merge(mine!.id, stranger.id)).toMatchObject({ status: 422, code: 'NOT_NEAR_DUPLICATES' })
    expect(await merge(mine!.id, mine!.id)).toMatchObject({ status: 422, code: 'SAME_PERSON' })
    expect(await refused(callEndpoint(payload, { collection: 'persons', path: '/:id/merge', id: mine!.id, username: 'registrar-community', body: {} }))).toMatchObject({ status: 400 })

    const [a, b] = await nearDuplicates('周杰', '1985-09-09')
    const division = await divisionId(payload, COMMUNITY)
    const city = await signedIn(payload, 'registrar-city')
    for (const [number, person] of [['MERGE-2', a!], ['MERGE-3', b!]] as const) {
      await payload.create({ collection: 'households', data: { householdNumber: number, division, members: [{ person: person.id, relation: 'head' }] }, user: city, overrideAccess: false })
    }
    expect(await merge(a!.id, b!.id, 'registrar-city')).toMatchObject({ status: 409, code: 'IN_DIFFERENT_HOUSEHOLDS' })
    expect(await exists(b!.id)).toBe(true)
    expect((await payload.findByID({ collection: 'persons', id: a!.id, depth: 0 })).notes ?? '').not.toContain('合并')
  })
})
