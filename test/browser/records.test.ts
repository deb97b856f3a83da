import { describe, expect, it } from 'vitest'

import { citizenIdCheckCharacter } from '../../collections/validation/identity'
import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { axeViolations, baseUrl, launchBrowser, newPage, signIn } from './browser'

/** Records that never change silently, over real HTTP and in the admin of an offline intranet. */

const api = (path: string, init: RequestInit = {}) => fetch(`${baseUrl()}${path}`, init)

async function headersFor(username: string): Promise<Record<string, string>> {
  const response = await api('/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  return { Authorization: `JWT ${((await response.json()) as { token: string }).token}`, 'Content-Type': 'application/json' }
}

const send = async (username: string, method: string, path: string, body: unknown) =>
  api(path, { method, headers: await headersFor(username), body: JSON.stringify(body) })

async function divisionId(code: string): Promise<string> {
  const body = (await (await api(`/api/divisions?where[code][equals]=${code}&depth=0`)).json()) as { docs: { id: string }[] }
  return body.docs[0]!.id
}

/** A work order the community agent took and answered at once: closed. */
async function closedTicket(): Promise<string> {
  const created = await send('agent-community', 'POST', '/api/tickets', {
    channel: 'phone',
    kind: 'consultation',
    summary: '咨询居住证办理地点',
    content: '来电人询问在哪里办理居住证。',
    division: await divisionId('410105001001'),
  })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  const answered = await send('agent-community', 'POST', `/api/tickets/${doc.id}/actions`, { action: 'answerDirectly', note: '告知到社区服务中心办理' })
  expect(answered.status).toBe(200)
  return doc.id
}

/** An audit entry with a change list: a registrar's correction of a person's notes and phone. */
async function auditEntryWithChanges(): Promise<string> {
  const first17 = `41010519800101${String(Math.floor(Math.random() * 900) + 100)}`
  const created = await send('registrar-city', 'POST', '/api/persons', {
    name: '审计测试',
    idNumber: first17 + citizenIdCheckCharacter(first17),
    phone: '13612345678',
    division: await divisionId('410105001001'),
  })
  const { doc } = (await created.json()) as { doc: { id: string } }
  expect((await send('registrar-city', 'PATCH', `/api/persons/${doc.id}`, { notes: '已核对户口簿', phone: '13712345678' })).status).toBe(200)
  const log = (await (
    await api(`/api/audit-log?where[targetId][equals]=${doc.id}&where[action][equals]=update&depth=0`, { headers: await headersFor('admin-city') })
  ).json()) as { docs: { id: string }[] }
  return log.docs[0]!.id
}

describe('a finished work order', () => {
  it('refuses an edit over REST and GraphQL, in Chinese with a machine code', async () => {
    const id = await closedTicket()
    const rest = await send('agent-community', 'PATCH', `/api/tickets/${id}`, { summary: '改写后的摘要' })
    expect(rest.status).toBe(403)
    const { errors } = (await rest.json()) as { errors: { data?: { code?: string }; message: string }[] }
    expect(errors[0]).toMatchObject({ message: expect.stringContaining('已办结'), data: { code: 'TICKET_FINISHED' } })

    const graphql = await send('agent-community', 'POST', '/api/graphql', { query: `mutation { updateTicket(id: "${id}", data: { summary: "改写" }) { summary } }` })
    const answer = (await graphql.json()) as { errors?: { message: string }[] }
    expect(answer.errors?.[0]?.message).toContain('已办结')

    const stored = (await (await api(`/api/tickets/${id}?depth=0`, { headers: await headersFor('agent-community') })).json()) as { summary: string }
    expect(stored.summary).toBe('咨询居住证办理地点')
  })
})

describe('the admin on an intranet', () => {
  it('shows an audit entry’s change list with every outside request blocked; a finished order’s save refused in Chinese, its history naming the agent', async () => {
    const [auditId, ticketId] = [await auditEntryWithChanges(), await closedTicket()]
    const browser = await launchBrowser()
    try {
      const page = await newPage(browser)
      const outside: string[] = []
      await page.context().route('**/*', (route) => {
        const { hostname } = new URL(route.request().url())
        if (hostname === 'localhost' || hostname === '127.0.0.1') return route.continue()
        outside.push(hostname)
        return route.abort()
      })
      await signIn(page, 'admin-city')
      await page.goto(`/admin/collections/audit-log/${auditId}`)
      const changes = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '原值' }) })
      await changes.waitFor()
      expect(await changes.getByRole('row', { name: /备注/ }).textContent()).toContain('已核对户口簿')
      expect(await changes.getByRole('row', { name: /联系电话|电话/ }).textContent()).toMatch(/136\*{4}5678.*137\*{4}5678/)
      expect(await axeViolations(page, ['.audit-changes'])).toEqual([])

      await page.goto(`/admin/collections/tickets/${ticketId}`)
      await page.getByText('这张工单已经结束，内容不能再修改。').waitFor()
      await page.locator('#field-summary').fill('改写后的摘要')
      await page.locator('#action-save').click()
      await page.getByText(/工单已办结，不能再修改/).waitFor()
      // The history names who took each step in words, not by an account's id.
      await page.getByRole('cell', { name: '郭霞' }).first().waitFor()
      expect(await page.getByRole('cell', { name: '纬五路社区' }).count()).toBe(2)
      expect(outside).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
