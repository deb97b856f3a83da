import { describe, expect, it } from 'vitest'

import { useTestPayload } from '../helpers/payload'
import { divisionId, rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const departmentId = async (code: string): Promise<string> => {
  const { docs } = await payload.find({ collection: 'departments', where: { code: { equals: code } } })
  if (!docs[0]) throw new Error(`no department ${code}`)
  return docs[0].id
}

describe('departments: read', () => {
  it('is public: residents see who handles a service and how to reach them', async () => {
    const { docs } = await payload.find({
      collection: 'departments',
      where: { code: { equals: 'city-hrss' } },
      overrideAccess: false,
    })
    expect(docs[0]).toMatchObject({ name: '郑州市人力资源和社会保障局', phone: '12333' })
  })
})

describe('departments: create', () => {
  it('lets an admin add a department of their own government', async () => {
    const user = await signedIn(payload, 'admin-district')
    const doc = await payload.create({
      collection: 'departments',
      data: {
        code: 'jinshui-veterans',
        name: '郑州市金水区退役军人事务局',
        division: await divisionId(payload, '410105000000'),
      },
      overrideAccess: false,
      user,
    })
    expect(doc.scope).toMatchObject({ district: '410105000000', street: null })
  })

  it('refuses a district admin a city department', async () => {
    const user = await signedIn(payload, 'admin-district')
    const refused = await rejection(
      payload.create({
        collection: 'departments',
        data: {
          code: 'city-new',
          name: '郑州市新设局',
          division: await divisionId(payload, '410100000000'),
        },
        overrideAccess: false,
        user,
      }),
    )
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect((await payload.count({ collection: 'departments', where: { code: { equals: 'city-new' } } })).totalDocs).toBe(0)
  })

  it('refuses editors', async () => {
    const user = await signedIn(payload, 'editor-city')
    const refused = await rejection(
      payload.create({
        collection: 'departments',
        data: { code: 'city-x', name: '郑州市某局', division: await divisionId(payload, '410100000000') },
        overrideAccess: false,
        user,
      }),
    )
    expect(refused.status).toBe(403)
  })
})

describe('departments: update', () => {
  it('lets an editor keep contact details current in their subtree', async () => {
    const user = await signedIn(payload, 'editor-district')
    const doc = await payload.update({
      collection: 'departments',
      id: await departmentId('jinshui-civil-affairs'),
      data: { officeHours: '周一至周六 9:00—17:00' },
      overrideAccess: false,
      user,
    })
    expect(doc.officeHours).toBe('周一至周六 9:00—17:00')
  })

  it('refuses an editor a department above their division', async () => {
    const user = await signedIn(payload, 'editor-district')
    const refused = await rejection(
      payload.update({
        collection: 'departments',
        id: await departmentId('city-civil-affairs'),
        data: { officeHours: '全天' },
        overrideAccess: false,
        user,
      }),
    )
    expect([403, 404]).toContain(refused.status)
  })

  it('refuses reviewers, agents and registrars', async () => {
    for (const username of ['reviewer-city', 'agent-city', 'registrar-city']) {
      const user = await signedIn(payload, username)
      const refused = await rejection(
        payload.update({
          collection: 'departments',
          id: await departmentId('city-hrss'),
          data: { phone: '000' },
          overrideAccess: false,
          user,
        }),
      )
      expect([403, 404]).toContain(refused.status)
    }
  })
})

describe('departments: delete', () => {
  it('lets an admin remove a department in their subtree', async () => {
    const user = await signedIn(payload, 'admin-district')
    await payload.delete({
      collection: 'departments',
      id: await departmentId('jinshui-veterans'),
      overrideAccess: false,
      user,
    })
    expect((await payload.count({ collection: 'departments', where: { code: { equals: 'jinshui-veterans' } } })).totalDocs).toBe(0)
  })

  it('refuses editors', async () => {
    const user = await signedIn(payload, 'editor-city')
    const refused = await rejection(
      payload.delete({
        collection: 'departments',
        id: await departmentId('city-justice'),
        overrideAccess: false,
        user,
      }),
    )
    expect([403, 404]).toContain(refused.status)
  })
})
