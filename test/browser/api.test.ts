import { describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { medianTimes, sameWork } from '../helpers/timing'
import { baseUrl } from './browser'

/** The real HTTP server: REST, GraphQL and custom endpoints agree with the access rules. */

const api = (path: string, init: RequestInit = {}) => fetch(`${baseUrl()}${path}`, init)

const tokenFor = async (username: string): Promise<string> => {
  const response = await api('/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

describe('the HTTP API', () => {
  it('reports health', async () => {
    const response = await api('/api/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: 'sqlite' })
  })

  it('serves the public divisions tree to anyone', async () => {
    const response = await api('/api/divisions?where[level][equals]=district&limit=10')
    const body = (await response.json()) as { docs: { name: string }[] }
    expect(body.docs.map((doc) => doc.name).sort()).toEqual(
      ['中原区', '二七区', '惠济区', '管城回族区', '金水区'].sort(),
    )
  })

  it('refuses the staff list to anonymous callers', async () => {
    expect((await api('/api/users')).status).toBe(403)
  })

  it('gives REST and GraphQL the same scoped view of the staff', async () => {
    const token = await tokenFor('admin-street')
    const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const rest = (await (await api('/api/users?limit=100&depth=0', { headers })).json()) as {
      docs: { username: string }[]
    }
    const graphql = (await (
      await api('/api/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: '{ Users(limit: 100) { docs { username } } }' }),
      })
    ).json()) as { data: { Users: { docs: { username: string }[] } } }
    const names = (docs: { username: string }[]) => docs.map((doc) => doc.username).sort()
    expect(names(rest.docs)).toHaveLength(13)
    expect(names(graphql.data.Users.docs)).toEqual(names(rest.docs))
    expect(names(rest.docs).every((name) => /-(street|community)$/.test(name))).toBe(true)
  })

  it('lets nobody register through Payload\'s "first user" endpoint', async () => {
    const response = await api('/api/users/first-register', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        username: 'intruder',
        password: 'Intruder-2026',
        name: '闯入者',
        roles: ['admin'],
      }),
    })
    expect(response.status).toBe(403)
    const token = await tokenFor('admin-city')
    const found = (await (
      await api('/api/users?where[username][equals]=intruder', {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()) as { totalDocs: number }
    expect(found.totalDocs).toBe(0)
  })

  it('answers a scope violation with a Chinese message and a machine code', async () => {
    const token = await tokenFor('admin-community')
    const divisions = (await (await api('/api/divisions?where[code][equals]=410105000000')).json()) as {
      docs: { id: string }[]
    }
    const response = await api('/api/users', {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        username: 'too-high',
        name: '越级账号',
        password: 'Too-high-2026',
        roles: ['agent'],
        division: divisions.docs[0]?.id,
      }),
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0]?.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('sends the retired "create first user" screen to the setup page', async () => {
    const response = await api('/admin/create-first-user', { redirect: 'manual' })
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location') ?? '', baseUrl()).pathname).toBe('/setup')
  })

  it('shows anonymous REST and GraphQL callers published guides only, without staff-only fields', async () => {
    const token = await tokenFor('editor-city')
    const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const first = async (path: string) => ((await (await api(path)).json()) as { docs: { id: string }[] }).docs[0]?.id
    const created = await api('/api/services?draft=true', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        code: '990201',
        title: '只给工作人员看的草稿',
        kind: 'counter',
        topic: await first('/api/topics?limit=1'),
        department: await first('/api/departments?where[code][equals]=city-civil-affairs'),
        _status: 'draft',
      }),
    })
    expect(created.status).toBe(201)
    const draft = ((await created.json()) as { doc: { id: string } }).doc

    const anonymousList = (await (await api('/api/services?where[code][equals]=990201&draft=true')).json()) as {
      totalDocs: number
    }
    expect(anonymousList.totalDocs).toBe(0)
    expect((await api(`/api/services/${draft.id}?draft=true`)).status).toBe(404)
    const staffView = await api(`/api/services/${draft.id}?draft=true`, { headers })
    expect(staffView.status).toBe(200)

    const query = (code: string) =>
      `{ Services(draft: true, where: { code: { equals: "${code}" } }) { docs { code title reviewDue } } }`
    const graphql = async (code: string) =>
      ((await (
        await api('/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: query(code) }),
        })
      ).json()) as { data: { Services: { docs: { code: string; reviewDue: null | string }[] } } }).data.Services.docs
    expect(await graphql('990201')).toEqual([])

    const published = (await (await api('/api/services?limit=1&depth=0')).json()) as {
      docs: Record<string, unknown>[]
    }
    const guide = published.docs[0] ?? {}
    expect(guide).toHaveProperty('title')
    expect(guide).not.toHaveProperty('reviewDue')
    expect(guide).not.toHaveProperty('editorNotes')
    expect(guide).not.toHaveProperty('seedHash')
    const [viaGraphql] = await graphql(String(guide.code))
    expect(viaGraphql).toMatchObject({ code: guide.code, reviewDue: null })
    expect((await api(`/api/services/versions?where[parent][equals]=${String(guide.id)}`)).status).toBe(403)
  })
})

describe('staff sign-in over HTTP', () => {
  let addresses = 0
  const signIn = (username: string, password: string, address = `192.0.2.${(addresses += 1)}`) =>
    api('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify({ username, password }),
    })

  it('answers an unknown account like a wrong password, in about the same time', async () => {
    const unknown = await signIn('nobody-here', 'Wrong-password-1')
    const wrong = await signIn('admin-city', 'Wrong-password-1')
    expect([unknown.status, wrong.status]).toEqual([401, 401])
    expect(await unknown.json()).toEqual(await wrong.json())
    const [unknownTime, wrongTime] = await medianTimes(
      9,
      async (round) => (await signIn(`nobody-${round}`, 'Wrong-password-1')).arrayBuffer(),
      async () => (await signIn('agent-city', 'Wrong-password-1')).arrayBuffer(),
    )
    expect(sameWork(unknownTime, wrongTime), `${unknownTime} ms against ${wrongTime} ms`).toBe(true)
  })

  it('throttles guesses at an account from one address with 429 and Retry-After, not its owner elsewhere', async () => {
    const attacker = '192.0.2.200'
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await signIn('admin-district', 'Wrong-password-1', attacker)).status).toBe(401)
    const refused = await signIn('admin-district', DEMO_PASSWORD, attacker)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = (await refused.json()) as { errors: { data: { code: string }; message: string }[] }
    expect(body.errors[0]).toMatchObject({ data: { code: 'SIGN_IN_THROTTLED' }, message: expect.stringContaining('登录失败次数太多') })
    expect((await signIn('admin-district', DEMO_PASSWORD)).status).toBe(200)
  })
})
