import { beforeAll, describe, expect, it } from 'vitest'

import { citizenIdCheckCharacter } from '../../collections/validation/identity'
import { baseUrl, launchBrowser, newPage, signIn, staffHeaders } from './browser'

/**
 * Masking as an access boundary over the real HTTP server: a reader who sees
 * ID numbers and phones masked cannot recover them with prefix, range or
 * sorted queries over REST or GraphQL, directly or through a relationship;
 * an exact look-up by the full number still finds the person.
 */

const api = (path: string, init: RequestInit = {}) => fetch(`${baseUrl()}${path}`, init)
const first17 = `410105197306${String(10 + Math.floor(Math.random() * 20)).padStart(2, '0')}${String(100 + Math.floor(Math.random() * 800))}`
const ID_NUMBER = first17 + citizenIdCheckCharacter(first17)

type Refusal = { errors: { data?: { code?: string }; message: string }[] }

async function restAs(username: string, path: string): Promise<{ body: Refusal & { docs?: { id: string }[] }; status: number }> {
  const response = await api(path, { headers: await staffHeaders(username) })
  return { status: response.status, body: (await response.json()) as Refusal & { docs?: { id: string }[] } }
}

async function graphqlAs(username: string, query: string) {
  const response = await api('/api/graphql', {
    method: 'POST',
    headers: { ...(await staffHeaders(username)), 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  return (await response.json()) as { data?: Record<string, null | { docs: { id: string }[] }>; errors?: { message: string }[] }
}

let personId = ''

beforeAll(async () => {
  const divisions = (await (await api('/api/divisions?where[code][equals]=410105001001&depth=0')).json()) as { docs: { id: string }[] }
  const created = await api('/api/persons', {
    method: 'POST',
    headers: { ...(await staffHeaders('registrar-city')), 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: '查询边界', idNumber: ID_NUMBER, phone: '13612340000', division: divisions.docs[0]!.id }),
  })
  expect(created.status).toBe(201)
  personId = ((await created.json()) as { doc: { id: string } }).doc.id
})

describe('queries on personal values over HTTP', () => {
  it.each([
    ['a prefix of the ID number', `/api/persons?where[idNumber][like]=${ID_NUMBER.slice(0, 10)}`],
    ['part of a phone', '/api/persons?where[phone][contains]=1361234'],
    ['a range', `/api/persons?where[idNumber][greater_than]=${ID_NUMBER.slice(0, 10)}`],
    ['a sort by phone', '/api/persons?sort=phone'],
    ['a sort by ID number, descending', '/api/persons?sort=-idNumber'],
    ['a prefix through a relationship', `/api/registers?where[person.idNumber][like]=${ID_NUMBER.slice(0, 8)}`],
  ])('refuses %s over REST with 403, a Chinese message and a code', async (_, path) => {
    const { body, status } = await restAs('registrar-community', path)
    expect(status).toBe(403)
    expect(body.errors[0]).toMatchObject({ data: { code: 'PERSONAL_FIELD_QUERY' }, message: expect.stringContaining('不能按') })
  })

  it('refuses a prefix and a sort over GraphQL', async () => {
    for (const query of [
      `{ Persons(where: { idNumber: { like: "${ID_NUMBER.slice(0, 10)}" } }) { docs { id } } }`,
      '{ Persons(sort: "phone") { docs { id } } }',
      '{ Registers(sort: "person.idNumber") { docs { id } } }',
    ]) {
      const answer = await graphqlAs('registrar-community', query)
      expect(answer.errors?.[0]?.message, query).toContain('不能按')
      expect(Object.values(answer.data ?? {}).every((value) => value === null), query).toBe(true)
    }
  })

  it('finds a person by the full ID number over REST and GraphQL, and keeps handlers off callers', async () => {
    const { body, status } = await restAs('registrar-community', `/api/persons?where[idNumber][equals]=${ID_NUMBER}&depth=0`)
    expect([status, body.docs?.map((doc) => doc.id)]).toEqual([200, [personId]])
    const answer = await graphqlAs('registrar-community', `{ Persons(where: { idNumber: { equals: "${ID_NUMBER}" } }) { docs { id } } }`)
    expect(answer.data?.Persons?.docs.map((doc) => doc.id)).toEqual([personId])

    const caller = await restAs('reviewer-street', '/api/tickets?where[caller.name][like]=王')
    expect([caller.status, caller.body.errors[0]?.data?.code]).toEqual([403, 'FIELD_NOT_QUERYABLE'])
  })

  it('keeps the admin list working, and empty, when a personal column is sorted or filtered by part of a value, and offers the way back', async () => {
    const browser = await launchBrowser()
    try {
      const page = await newPage(browser)
      await signIn(page, 'registrar-community')
      for (const query of [`where[name][equals]=${encodeURIComponent('查询边界')}&sort=-idNumber`, `where[idNumber][like]=${ID_NUMBER.slice(0, 10)}`]) {
        await page.goto(`/admin/collections/persons?${query}`)
        await page.locator('.collection-list').waitFor()
        // The list renders, without the rows the refused query would have found, and says why.
        await expect(page.getByRole('alert').filter({ hasText: '不能按' }).textContent()).resolves.toContain('请点击其他列排序')
        expect(await page.getByText('查询边界').count()).toBe(0)
      }
      // The admin keeps the refused sort for the next visit; the notice offers the way back.
      await page.goto('/admin/collections/persons')
      await page.getByRole('alert').getByRole('link', { name: '按默认顺序查看' }).click()
      await page.waitForURL(/sort=name/)
      await page.locator('.collection-list').waitFor()
      expect(await page.getByRole('alert').filter({ hasText: '不能按' }).count()).toBe(0)
      await page.goto('/admin/collections/persons')
      await page.locator('.collection-list .table').waitFor()
      expect(await page.getByRole('alert').filter({ hasText: '不能按' }).count()).toBe(0)
    } finally {
      await browser.close()
    }
  })
})
