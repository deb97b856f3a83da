import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { citizenIdCheckCharacter } from '../../collections/validation/identity'
import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { baseUrl, launchBrowser, newPage, signIn } from './browser'

/**
 * The population base over the real HTTP server: the four-level access
 * matrix through REST, GraphQL and the admin, masking for every role, and
 * import, export and the logged full view as a client calls them.
 */

const api = (path: string, init: RequestInit = {}) => fetch(`${baseUrl()}${path}`, init)
const tokens = new Map<string, string>()

async function headersFor(username: string): Promise<Record<string, string>> {
  if (!tokens.has(username)) {
    const response = await api('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    })
    tokens.set(username, ((await response.json()) as { token: string }).token)
  }
  return { Authorization: `JWT ${tokens.get(username)}` }
}

let sequence = 501 + Math.floor(Math.random() * 200) * 2
const newIdNumber = (region = '410105') => {
  const first17 = `${region}19750611${String((sequence += 2) % 1000).padStart(3, '0')}`
  return first17 + citizenIdCheckCharacter(first17)
}

async function divisionId(code: string): Promise<string> {
  const body = (await (await api(`/api/divisions?where[code][equals]=${code}&depth=0`)).json()) as { docs: { id: string }[] }
  return body.docs[0]!.id
}

async function createPerson(username: string, community: string, name: string) {
  return api('/api/persons', {
    method: 'POST',
    headers: { ...(await headersFor(username)), 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, idNumber: newIdNumber(), phone: '13612345678', division: await divisionId(community) }),
  })
}

type Created = { doc: { id: string; idNumber: string; phone: string } }
const PLACES = { A: '410105001001', B: '410105002001', C: '410102001001' } as const
const ids: Record<keyof typeof PLACES, string> = { A: '', B: '', C: '' }

beforeAll(async () => {
  for (const [key, community] of Object.entries(PLACES) as [keyof typeof PLACES, string][]) {
    const response = await createPerson('registrar-city', community, `矩阵${key}`)
    expect(response.status).toBe(201)
    ids[key] = ((await response.json()) as Created).doc.id
  }
})

describe('the four-level access matrix', () => {
  const SEES = {
    'registrar-community': ['A'],
    'registrar-street': ['A'],
    'registrar-district': ['A', 'B'],
    'registrar-city': ['A', 'B', 'C'],
  } as const

  it.each(Object.entries(SEES))('%s reads exactly its own subtree over REST and GraphQL, masked', async (username, keys) => {
    const headers = await headersFor(username)
    const filter = Object.values(ids).map((id) => `where[id][in]=${id}`).join('&')
    const rest = (await (await api(`/api/persons?${filter}&depth=0`, { headers })).json()) as { docs: { id: string; idNumber: string }[] }
    const expected = keys.map((key) => ids[key]).sort()
    expect(rest.docs.map((doc) => doc.id).sort()).toEqual(expected)
    expect(rest.docs.every((doc) => /^\d\*{17}$/.test(doc.idNumber))).toBe(true)

    const graphql = (await (
      await api('/api/graphql', {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: `{ Persons(where: { id: { in: ${JSON.stringify(Object.values(ids))} } }) { docs { id idNumber phone } } }` }),
      })
    ).json()) as { data: { Persons: { docs: { id: string; idNumber: string; phone: string }[] } } }
    expect(graphql.data.Persons.docs.map((doc) => doc.id).sort()).toEqual(expected)
    expect(graphql.data.Persons.docs.every((doc) => doc.phone === '136****5678' && /^\d\*{17}$/.test(doc.idNumber))).toBe(true)

    for (const key of ['A', 'B', 'C'] as const) {
      const single = await api(`/api/persons/${ids[key]}?depth=0`, { headers })
      expect(single.status).toBe((keys as readonly string[]).includes(key) ? 200 : 404)
      const update = await api(`/api/persons/${ids[key]}`, {
        method: 'PATCH',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ notes: `${username} 核对` }),
      })
      // Payload answers an update of a record outside the row filter with 403, a read with 404.
      expect([update.status, key]).toEqual([(keys as readonly string[]).includes(key) ? 200 : 403, key])
    }
  })

  it('lets each level create in its own subtree only', async () => {
    expect((await createPerson('registrar-community', PLACES.A, '社区新建')).status).toBe(201)
    expect((await createPerson('registrar-community', '410105001002', '社区越权')).status).toBe(403)
    expect((await createPerson('registrar-street', PLACES.B, '街道越权')).status).toBe(403)
    expect((await createPerson('registrar-district', PLACES.B, '区新建')).status).toBe(201)
    expect((await createPerson('registrar-district', PLACES.C, '区越权')).status).toBe(403)
    expect((await createPerson('reviewer-city', PLACES.A, '审核越权')).status).toBe(403)
    expect((await api('/api/persons')).status).toBe(403)
  })

  it('shows masked ID numbers in the admin list', async () => {
    const browser = await launchBrowser()
    try {
      const page = await newPage(browser)
      await signIn(page, 'registrar-community')
      await page.goto(`${baseUrl()}/admin/collections/persons?where[id][equals]=${ids.A}`)
      const row = page.locator('.table tbody tr').first()
      await row.waitFor()
      expect(await row.textContent()).toMatch(/矩阵A.*4\*{17}/)
    } finally {
      await browser.close()
    }
  })
})

describe('import, export and the full view over HTTP', () => {
  const TITLES = '姓名,公民身份号码,民族,联系电话,户籍地址,现住址,社区代码,人员状态,迁出或死亡日期,社会保险,备注'
  const upload = async (csv: string, mode: 'check' | 'commit') => {
    const form = new FormData()
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'people.csv')
    form.append('mode', mode)
    return api('/api/persons/import', { method: 'POST', headers: await headersFor('registrar-street'), body: form })
  }

  it('checks, refuses a bad file with its report, and commits a good one', async () => {
    const valid = newIdNumber()
    const wrongCheck = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0')
    const bad = await upload(`${TITLES}\r\n导入甲,${wrongCheck},汉族,,,,${PLACES.A},,,,\r\n`, 'commit')
    expect(bad.status).toBe(422)
    const report = (await bad.json()) as { code: string; created: number; problems: { column: string; row: number }[] }
    expect(report).toMatchObject({ code: 'ROWS_INVALID', created: 0 })
    expect(report.problems.map((problem) => [problem.row, problem.column])).toEqual([[2, '公民身份号码']])

    const good = `${TITLES}\r\n导入乙,${newIdNumber()},汉族,,,,${PLACES.A},,,,\r\n`
    const checked = await upload(good, 'check')
    expect(await checked.json()).toMatchObject({ rows: 1, problems: [], created: 0 })
    const committed = await upload(good, 'commit')
    expect(committed.status).toBe(201)
    expect(await committed.json()).toMatchObject({ created: 1 })
  })

  it('exports the caller’s own subtree, masked, and logs the export', async () => {
    const headers = await headersFor('registrar-community')
    const response = await api('/api/persons/export?format=csv', { headers })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="persons-\d{4}-\d{2}-\d{2}\.csv"/)
    const bytes = Buffer.from(await response.arrayBuffer())
    // The byte order mark lets Excel open UTF-8 CSV correctly.
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const text = bytes.subarray(3).toString('utf8')
    expect(text.startsWith('姓名,公民身份号码')).toBe(true)
    expect(text).toContain('矩阵A')
    expect(text).not.toContain('矩阵B')
    expect(text).not.toMatch(/\d{18}/)
    const audit = (await (await api('/api/audit-log?where[action][equals]=export&sort=-createdAt&limit=1', { headers })).json()) as {
      docs: { actorName: string; summary: string }[]
    }
    expect(audit.docs[0]).toMatchObject({ actorName: '罗静', summary: expect.stringMatching(/^导出 \d+ 人（CSV）$/) })
  })

  it('refuses the full view to staff without the permission', async () => {
    const response = await api(`/api/persons/${ids.A}/reveal`, { method: 'POST', headers: await headersFor('registrar-community') })
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({ code: 'VIEW_FULL_NOT_ALLOWED', message: expect.stringContaining('权限') })
  })
})

afterAll(() => tokens.clear())

describe('the open interface for other systems', () => {
  const clientKey = async (data: Record<string, unknown>): Promise<string> => {
    const apiKey = crypto.randomUUID()
    const response = await api('/api/api-clients', {
      method: 'POST',
      headers: { ...(await headersFor('admin-city')), 'Content-Type': 'application/json' },
      body: JSON.stringify({ enableAPIKey: true, apiKey, ...data }),
    })
    expect(response.status).toBe(201)
    return apiKey
  }
  const asClient = (key: string, path: string, init: RequestInit = {}) =>
    api(path, { ...init, headers: { ...(init.headers ?? {}), Authorization: `api-clients API-Key ${key}` } })
  const filter = () => Object.values(ids).map((id) => `where[id][in]=${id}`).join('&')

  it('reads only the granted collections in its division, masked, and every read is logged', async () => {
    const key = await clientKey({ name: '区民政系统', division: await divisionId('410105000000'), collections: ['persons'], mode: 'read' })
    const response = await asClient(key, `/api/persons?${filter()}&depth=0`)
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: { id: string; idNumber: string }[] }
    expect(docs.map((doc) => doc.id).sort()).toEqual([ids.A, ids.B].sort())
    expect(docs.every((doc) => /^\d\*{17}$/.test(doc.idNumber))).toBe(true)

    expect((await asClient(key, '/api/households')).status).toBe(403)
    const write = await asClient(key, '/api/persons', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: '只读写入', idNumber: newIdNumber(), division: await divisionId(PLACES.A) }),
    })
    expect(write.status).toBe(403)
    expect((await api('/api/persons', { headers: { Authorization: 'api-clients API-Key not-a-key' } })).status).toBe(403)

    const audit = (await (await api('/api/audit-log?where[action][equals]=api-read&sort=-createdAt&limit=1', { headers: await headersFor('admin-city') })).json()) as {
      docs: { actorName: string; by: string; summary: string }[]
    }
    expect(audit.docs[0]).toMatchObject({ actorName: '区民政系统', by: 'api', summary: '读取 2 条' })
  })

  it('writes in its division with a read-write key, sees full values when granted, and is limited per minute', async () => {
    const key = await clientKey({
      name: '社区网格系统',
      division: await divisionId(PLACES.A),
      collections: ['persons'],
      mode: 'readWrite',
      personalData: 'full',
      rateLimitPerMinute: 5,
    })
    const idNumber = newIdNumber()
    const create = (community: string) =>
      asClient(key, '/api/persons', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: '接口新建', idNumber, division: community }),
      })
    const created = await create(await divisionId(PLACES.A))
    expect(created.status).toBe(201)
    expect(((await created.json()) as Created).doc.idNumber).toBe(idNumber)
    expect((await create(await divisionId(PLACES.B))).status).toBe(403)
    const statuses: number[] = []
    for (let index = 0; index < 4; index += 1) statuses.push((await asClient(key, `/api/persons?${filter()}`)).status)
    expect(statuses).toEqual([200, 200, 200, 429])
  })
})
