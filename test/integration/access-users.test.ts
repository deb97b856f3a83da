import { afterEach, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { useTestPayload } from '../helpers/payload'
import { divisionId, rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })
afterEach(() => {
  process.env.YIZHAN_MODE = 'demo'
})

const usernamesSeenBy = async (username: string): Promise<string[]> => {
  const user = await signedIn(payload, username)
  const { docs } = await payload.find({
    collection: 'users',
    overrideAccess: false,
    user,
    limit: 0,
    sort: 'username',
  })
  return docs.map((doc) => doc.username)
}

describe('users: read', () => {
  it('shows a city admin every account', async () => {
    expect(await usernamesSeenBy('admin-city')).toHaveLength(27)
  })

  it('shows a district admin the accounts of their district and below', async () => {
    const seen = await usernamesSeenBy('admin-district')
    expect(seen).toHaveLength(20)
    expect(seen).not.toContain('admin-city')
    expect(seen).toContain('registrar-community')
  })

  it('shows a community admin only their community', async () => {
    const seen = await usernamesSeenBy('admin-community')
    expect(seen).toEqual([
      'admin-community',
      'agent-community',
      'board-community',
      'editor-community',
      'registrar-community',
      'reviewer-community',
    ])
  })

  it('shows other staff only their own account', async () => {
    expect(await usernamesSeenBy('registrar-city')).toEqual(['registrar-city'])
  })

  it('shows anonymous visitors nothing', async () => {
    const refused = await rejection(payload.find({ collection: 'users', overrideAccess: false }))
    expect(refused.status).toBe(403)
  })
})

describe('users: create', () => {
  it('lets an admin create staff inside their subtree', async () => {
    const user = await signedIn(payload, 'admin-street')
    const doc = await payload.create({
      collection: 'users',
      data: {
        username: 'new-community-worker',
        name: '新同事',
        password: 'Community-2026',
        roles: ['registrar'],
        division: await divisionId(payload, '410105001002'),
      },
      overrideAccess: false,
      user,
    })
    expect(doc.scope?.street).toBe('410105001000')
  })

  it('refuses an admin staff outside their subtree', async () => {
    const user = await signedIn(payload, 'admin-street')
    const refused = await rejection(
      payload.create({
        collection: 'users',
        data: {
          username: 'outsider',
          name: '外区同事',
          password: 'Outsider-2026',
          roles: ['admin'],
          division: await divisionId(payload, '410105000000'),
        },
        overrideAccess: false,
        user,
      }),
    )
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect((await payload.count({ collection: 'users', where: { username: { equals: 'outsider' } } })).totalDocs).toBe(0)
  })

  it('refuses staff who are not admins', async () => {
    const user = await signedIn(payload, 'reviewer-city')
    const refused = await rejection(
      payload.create({
        collection: 'users',
        data: {
          username: 'by-reviewer',
          name: '某人',
          password: 'Reviewer-2026',
          roles: ['reviewer'],
          division: await divisionId(payload, '410100000000'),
        },
        overrideAccess: false,
        user,
      }),
    )
    expect(refused.status).toBe(403)
  })

  it('refuses a weak password', async () => {
    const refused = await rejection(
      payload.create({
        collection: 'users',
        data: {
          username: 'weak-password',
          name: '弱密码',
          password: '123456',
          roles: ['agent'],
          division: await divisionId(payload, '410100000000'),
        },
      }),
    )
    expect(refused.status).toBe(400)
  })
})

describe('users: update', () => {
  it('lets staff edit their own name but not their own roles or division', async () => {
    const user = await signedIn(payload, 'reviewer-community')
    const doc = await payload.update({
      collection: 'users',
      id: user.id,
      data: {
        name: '孙燕（审核）',
        roles: ['admin'],
        division: await divisionId(payload, '410100000000'),
      },
      overrideAccess: false,
      user,
    })
    expect(doc.name).toBe('孙燕（审核）')
    expect(doc.roles).toEqual(['reviewer'])
    expect(doc.scope?.community).toBe('410105001001')
  })

  it('refuses staff another account', async () => {
    const user = await signedIn(payload, 'reviewer-community')
    const other = await signedIn(payload, 'agent-community')
    const refused = await rejection(
      payload.update({ collection: 'users', id: other.id, data: { name: 'x' }, overrideAccess: false, user }),
    )
    expect([403, 404]).toContain(refused.status)
  })

  it('lets an admin change roles in their subtree but not their own', async () => {
    const admin = await signedIn(payload, 'admin-street')
    const agent = await signedIn(payload, 'agent-street')
    const doc = await payload.update({
      collection: 'users',
      id: agent.id,
      data: { roles: ['agent', 'reviewer'] },
      overrideAccess: false,
      user: admin,
    })
    expect(doc.roles).toEqual(['agent', 'reviewer'])

    const refused = await rejection(
      payload.update({
        collection: 'users',
        id: admin.id,
        data: { roles: ['editor'] },
        overrideAccess: false,
        user: admin,
      }),
    )
    expect(refused).toMatchObject({ code: 'OWN_ACCESS_PROTECTED', status: 403 })
  })
})

describe('users: delete', () => {
  it('lets an admin remove staff in their subtree but never themselves', async () => {
    const admin = await signedIn(payload, 'admin-street')
    const worker = await signedIn(payload, 'new-community-worker')
    await payload.delete({ collection: 'users', id: worker.id, overrideAccess: false, user: admin })
    const refused = await rejection(
      payload.delete({ collection: 'users', id: admin.id, overrideAccess: false, user: admin }),
    )
    expect([403, 404]).toContain(refused.status)
  })

  it('refuses an admin staff above their division', async () => {
    const admin = await signedIn(payload, 'admin-street')
    const above = await signedIn(payload, 'agent-district')
    const refused = await rejection(
      payload.delete({ collection: 'users', id: above.id, overrideAccess: false, user: admin }),
    )
    expect([403, 404]).toContain(refused.status)
  })
})

describe('users: sign-in and admin panel', () => {
  const login = (username: string, password = DEMO_PASSWORD) =>
    payload.login({ collection: 'users', data: { username, password } })

  it('lets active staff with a role into the admin panel', async () => {
    const { user } = await login('agent-community')
    const canUsePanel = payload.collections.users.config.access.admin
    expect(await canUsePanel?.({ req: { user: { ...user, collection: 'users' } } } as never)).toBe(true)
  })

  it('refuses a disabled account at sign-in and on every request', async () => {
    const target = await signedIn(payload, 'editor-community')
    await payload.update({ collection: 'users', id: target.id, data: { active: false } })
    expect(await rejection(login('editor-community'))).toMatchObject({
      code: 'ACCOUNT_DISABLED',
      status: 403,
    })
    const stale = await signedIn(payload, 'editor-community')
    expect((await rejection(payload.find({ collection: 'users', overrideAccess: false, user: stale }))).status).toBe(403)
    await payload.update({ collection: 'users', id: target.id, data: { active: true } })
  })

  it('refuses demo accounts outside demo mode', async () => {
    process.env.YIZHAN_MODE = 'production'
    expect(await rejection(login('admin-city'))).toMatchObject({
      code: 'DEMO_ACCOUNT_DISABLED',
      status: 403,
    })
    const demoAdmin = await signedIn(payload, 'admin-city')
    const refused = await rejection(
      payload.find({ collection: 'users', overrideAccess: false, user: demoAdmin }),
    )
    expect(refused.status).toBe(403)
  })
})
