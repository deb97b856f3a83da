import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, baseUrl, followListLink, launchBrowser, newPage, signIn, staffHeaders } from './browser'

const EDITED = '【一站通】工单{工单编号}已受理，请在{应办结日期}前留意答复{暂定说明}。'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

const api = async (path: string, username: string, init: RequestInit = {}) => {
  const response = await fetch(`${baseUrl()}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.200.18.4', ...(await staffHeaders(username)), ...init.headers },
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { docs?: Record<string, unknown>[] } }
}

describe('短信模板 in the admin', () => {
  it('an editor’s draft, approved by an administrator, is the wording of the next message', async () => {
    const editor = await newPage(browser)
    await signIn(editor, 'editor-city')
    await editor.goto('/admin/collections/sms-templates?limit=100')
    await followListLink(editor, editor.getByRole('link', { name: '热线工单：已受理' }))
    const text = editor.locator('#field-text')
    await text.fill(EDITED.replace('{暂定说明}', '{来电人姓名}'))
    await editor.getByRole('alert').filter({ hasText: '模板里有这个事件没有的变量：{来电人姓名}' }).waitFor()
    await text.fill(EDITED)
    const preview = editor.locator('.template-preview')
    await preview.getByText('【一站通】工单GD20261206000045已受理，请在2026-12-11前留意答复。').waitFor()
    expect(await preview.textContent()).toContain('45 字，按 1 条短信发送')
    expect(await axeViolations(editor, ['.template-preview'])).toEqual([])
    // Editors draft; only administrators see the approval button.
    expect(await editor.getByRole('button', { name: '审核通过并启用' }).count()).toBe(0)
    await editor.getByRole('button', { name: '保存草稿' }).click()
    await editor.getByText('草稿成功保存。').waitFor()

    // Not sent until approved.
    const before = await api('/api/sms-templates?where[event][equals]=ticket.received&depth=0', 'admin-city')
    expect(before.body.docs?.[0]).toMatchObject({ _status: 'published', text: expect.stringContaining('您的诉求已收到') })

    const admin = await newPage(browser)
    await signIn(admin, 'admin-city')
    await admin.goto(editor.url())
    await admin.locator('#field-text').waitFor()
    expect(await admin.locator('#field-text').inputValue()).toBe(EDITED)
    await admin.getByRole('button', { name: '审核通过并启用' }).click()
    await admin.getByText('更新成功。').waitFor()

    const after = await api('/api/sms-templates?where[event][equals]=ticket.received&depth=0', 'admin-city')
    expect(after.body.docs?.[0]).toMatchObject({ _status: 'published', text: EDITED, editedBy: expect.any(String), approvedBy: expect.any(String) })

    const divisions = await api('/api/divisions?where[code][equals]=410105001001&depth=0', 'agent-community')
    const order = await api('/api/tickets/desk', 'agent-community', {
      method: 'POST',
      body: JSON.stringify({ caller: { name: '赵女士', phone: '13700008888' }, kind: 'helpRequest', summary: '楼道灯坏了', content: '3号楼2单元楼道灯坏了', division: divisions.body.docs?.[0]?.id }),
    })
    expect(order.status).toBe(201)
    const { docs } = (await api(`/api/notifications?where[ticket][equals]=${String(order.body.id)}&depth=0`, 'agent-community')).body
    expect(docs?.map((doc) => doc.message)).toEqual([`【一站通】工单${String(order.body.number)}已受理，请在${String(order.body.dueDate)}前留意答复。`])
  })
})
