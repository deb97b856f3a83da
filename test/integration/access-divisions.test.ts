import { describe, expect, it } from 'vitest'

import { useTestPayload } from '../helpers/payload'
import { divisionId, rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

describe('divisions: read', () => {
  it('is public, because residents choose their community when applying', async () => {
    const { totalDocs } = await payload.find({ collection: 'divisions', overrideAccess: false, limit: 1 })
    expect(totalDocs).toBeGreaterThanOrEqual(80)
  })
})

describe('divisions: create', () => {
  it('lets an admin add a division inside their subtree', async () => {
    const user = await signedIn(payload, 'admin-district')
    const doc = await payload.create({
      collection: 'divisions',
      data: { code: '410105005000', name: '丰产路街道' },
      overrideAccess: false,
      user,
    })
    expect(doc).toMatchObject({ level: 'street', fullName: '郑州市金水区丰产路街道' })
  })

  it('refuses an admin a division outside their subtree', async () => {
    const user = await signedIn(payload, 'admin-district')
    const refused = await rejection(
      payload.create({
        collection: 'divisions',
        data: { code: '410103005000', name: '二七区新街道' },
        overrideAccess: false,
        user,
      }),
    )
    expect(refused).toMatchObject({ code: 'OUT_OF_SCOPE', status: 403 })
  })

  it('refuses staff who are not admins', async () => {
    const user = await signedIn(payload, 'editor-city')
    const refused = await rejection(
      payload.create({
        collection: 'divisions',
        data: { code: '410105006000', name: '东风路街道' },
        overrideAccess: false,
        user,
      }),
    )
    expect(refused.status).toBe(403)
  })

  it('needs the parent division to exist first', async () => {
    const refused = await rejection(
      payload.create({ collection: 'divisions', data: { code: '410105099001', name: '无上级社区' } }),
    )
    expect(refused.status).toBe(400)
    expect(refused.message).toMatch(/区划代码|code/)
  })
})

describe('divisions: update', () => {
  it('lets an admin rename a division in their subtree', async () => {
    const user = await signedIn(payload, 'admin-street')
    const id = await divisionId(payload, '410105001002')
    const doc = await payload.update({
      collection: 'divisions',
      id,
      data: { name: '经七路北社区' },
      overrideAccess: false,
      user,
    })
    expect(doc.fullName).toBe('郑州市金水区经八路街道经七路北社区')
  })

  it('refuses an admin a division outside their subtree', async () => {
    const user = await signedIn(payload, 'admin-street')
    const id = await divisionId(payload, '410105002001')
    const refused = await rejection(
      payload.update({ collection: 'divisions', id, data: { name: '改名' }, overrideAccess: false, user }),
    )
    expect([403, 404]).toContain(refused.status)
  })

  it('keeps the code fixed once created', async () => {
    const id = await divisionId(payload, '410105001003')
    const refused = await rejection(
      payload.update({ collection: 'divisions', id, data: { code: '410105001009' } }),
    )
    expect(refused.status).toBe(400)
  })
})

describe('divisions: delete', () => {
  it('lets an admin remove an unused leaf in their subtree', async () => {
    const user = await signedIn(payload, 'admin-district')
    const id = await divisionId(payload, '410105005000')
    await payload.delete({ collection: 'divisions', id, overrideAccess: false, user })
    expect((await payload.count({ collection: 'divisions', where: { id: { equals: id } } })).totalDocs).toBe(0)
  })

  it('refuses to remove a division that still has children', async () => {
    const id = await divisionId(payload, '410105001000')
    const refused = await rejection(payload.delete({ collection: 'divisions', id }))
    expect(refused).toMatchObject({ code: 'DIVISION_HAS_CHILDREN', status: 409 })
  })

  it('refuses to remove a division that records belong to', async () => {
    const id = await divisionId(payload, '410105001001')
    const refused = await rejection(payload.delete({ collection: 'divisions', id }))
    expect(refused).toMatchObject({ code: 'DIVISION_IN_USE', status: 409 })
  })

  it('refuses an admin a division outside their subtree', async () => {
    const user = await signedIn(payload, 'admin-community')
    const id = await divisionId(payload, '410105001002')
    const refused = await rejection(
      payload.delete({ collection: 'divisions', id, overrideAccess: false, user }),
    )
    expect([403, 404]).toContain(refused.status)
  })
})
