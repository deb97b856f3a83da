import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { chinaDate, dueDateText } from '../../collections/CalendarDays/workingDays'
import { shiftMonth } from '../../collections/Tickets/analysis/compute'
import { axeViolations, baseUrl, followListLink, launchBrowser, newPage, signIn, signInToDashboard, staffHeaders } from './browser'
import { confirmation, fillBundleForm } from './bundleForm'

/**
 * A hotline agent's call, end to end in the admin: look up the caller,
 * find the guide as the portal does, answer directly; then a complaint
 * dispatched to the wrong office, returned, re-dispatched to the street,
 * handled, closed and called back, each person with the buttons on the
 * order's page in the admin. The 派单目录's suggestion as the agent types,
 * taken from the keyboard, and the order counted in 承办单位考核 with its
 * CSV. And a 一件事 filed for a caller: the desk
 * opens its one form, the agent submits it and reads out the joint number
 * and query code, and the order closes.
 */

const DISTRICT_CIVIL_AFFAIRS = '郑州市金水区民政局'
const PHONE = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

/** The district's 人社局, which the catalogue rule below names as the handler. */
const DISTRICT_HRSS = '郑州市金水区人力资源和社会保障局'

/** A REST read as a demo staff account: the first document the query finds. */
async function firstDoc<Doc>(username: string, query: string): Promise<Doc> {
  const response = await fetch(`${baseUrl()}/api/${query}`, { headers: await staffHeaders(username) })
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: Doc[] }).docs[0]!
}

/**
 * A 派单目录 rule for 金水区, written by the district's editor as the admin
 * form writes it: orders naming 社保断缴 go to the 人社局 within 3 working days.
 */
async function hrssRule(): Promise<{ department: string; id: string; name: string }> {
  const name = '社保断缴（金水区）'
  const [division, department] = await Promise.all([
    firstDoc<{ id: string }>('editor-district', 'divisions?where[code][equals]=410105000000&depth=0'),
    firstDoc<{ id: string }>('editor-district', 'departments?where[code][equals]=jinshui-hrss&depth=0'),
  ])
  const response = await fetch(`${baseUrl()}/api/dispatch-rules`, {
    method: 'POST',
    headers: { ...(await staffHeaders('editor-district')), 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, keywords: '社保断缴', division: division.id, department: department.id, timeLimitDays: 3 }),
  })
  expect(response.status).toBe(201)
  return { id: ((await response.json()) as { doc: { id: string } }).doc.id, name, department: department.id }
}

/** An admin page's first render for a new account can take a while on a busy 2-core machine. */
const ADMIN_PAGE_TIMEOUT_MS = 60_000

/** Find the order in the admin's list by its number and open it. */
async function openTicket(page: Page, number: string): Promise<void> {
  await page.goto(`/admin/collections/tickets?search=${number}`)
  await followListLink(page, page.getByRole('link', { name: number }), ADMIN_PAGE_TIMEOUT_MS)
  await page.locator('#ticket-workflow-heading').waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
}

/** Take one step with the buttons on the order's page: choose the action, fill its inputs, confirm, and wait for the reload. */
async function act(page: Page, number: string, action: string, inputs: { note?: string; selects?: Record<string, string> } = {}): Promise<void> {
  await openTicket(page, number)
  await page.locator(`button[data-action="${action}"]`).click()
  for (const [name, label] of Object.entries(inputs.selects ?? {})) await page.locator(`#workflow-${name}`).selectOption({ label })
  if (inputs.note) await page.locator('#workflow-note').fill(inputs.note)
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: /^确认/ }).click()])
}

const statusOf = async (page: Page, number: string) => {
  await openTicket(page, number)
  return page.locator('#ticket-workflow-heading').textContent()
}

describe('the hotline desk', () => {
  it('takes a call from look-up to a direct answer, and carries a complaint through the whole loop', async () => {
    const browser = await launchBrowser()
    try {
      const agent = await newPage(browser)
      await signInToDashboard(agent, 'agent-community')
      expect(await agent.getByRole('link', { name: '热线坐席台', includeHidden: true }).getAttribute('href')).toBe('/admin/hotline/desk')
      await agent.goto('/admin/hotline/desk')
      await agent.getByRole('heading', { level: 1, name: '热线坐席台' }).waitFor()

      // The number is typed first, and Enter looks the caller up.
      await agent.keyboard.type(PHONE)
      await agent.keyboard.press('Enter')
      await agent.getByRole('heading', { name: '历史工单（0）' }).waitFor()

      // Pinyin initials find the guide, as on the portal.
      await agent.getByLabel('事项名称、常用说法或拼音').fill('sfz')
      const guides = agent.getByRole('list', { name: '查找办事指南' })
      await guides.getByRole('listitem').first().waitFor()
      const title = (await guides.getByRole('listitem').first().getByRole('link').textContent())!
      expect(title).toContain('身份证')
      await guides.getByRole('button', { name: `用“${title}”答复` }).click()
      await agent.getByText(`相关指南：${title}`).waitFor()

      await agent.getByLabel('来电人姓名').fill('钱阿姨')
      await agent.getByLabel('诉求摘要').fill('咨询身份证丢了怎么补办')
      await agent.getByLabel('诉求内容').fill('身份证丢失，问补办需要带什么、去哪里办。')
      await agent.getByLabel('答复内容').fill('按指南告知：带户口簿到户籍所在地派出所办理，可以先办临时身份证')
      expect(await axeViolations(agent, ['.hotline-desk'])).toEqual([])
      await agent.getByRole('button', { name: '提交工单' }).click()
      const answered = agent.getByRole('status').filter({ hasText: '已受理工单' })
      await answered.waitFor()
      expect(await answered.textContent()).toContain('已办结')

      await agent.getByRole('button', { name: '查询（回车）' }).click()
      await agent.getByRole('heading', { name: '历史工单（1）' }).waitFor()
      expect(await agent.getByRole('table', { name: '来电人的历史工单' }).textContent()).toContain('咨询身份证丢了怎么补办')

      // The order concerns the agent's community unless another is picked by name; a name not on the list is refused.
      const division = agent.getByLabel('诉求所在区划')
      expect(await division.inputValue()).toBe('郑州市金水区经八路街道纬五路社区')
      await division.fill('纬五路')
      await agent.getByRole('button', { name: '提交工单' }).click()
      await agent.getByText('请从列表中选择街道或社区').waitFor()
      expect(await division.getAttribute('aria-invalid')).toBe('true')
      await division.fill('郑州市金水区经八路街道纬五路社区')

      // A complaint, dispatched to the wrong office.
      await agent.getByLabel('诉求类型').selectOption({ label: '投诉' })
      await agent.getByLabel('诉求摘要').fill('楼下饭店油烟扰民')
      await agent.getByLabel('诉求内容').fill('纬五路21号院楼下饭店油烟直排，窗户都不能开。')
      await agent.getByLabel('派单').check()
      await agent.getByLabel('承办部门').selectOption({ label: DISTRICT_CIVIL_AFFAIRS })
      await agent.getByRole('button', { name: '提交工单' }).click()
      const dispatched = agent.getByRole('status').filter({ hasText: '已派单' })
      await dispatched.waitFor()
      const number = (await dispatched.textContent())!.match(/GD\d{14}/)![0]

      const district = await newPage(browser)
      await signIn(district, 'reviewer-district')
      await act(district, number, 'return', { note: '油烟扰民不属于民政职责，请派街道协调处理' })
      expect(await statusOf(agent, number)).toContain('已受理')

      const street = await newPage(browser)
      await signIn(street, 'reviewer-street')

      await act(agent, number, 'dispatch', { selects: { division: '经八路街道（街道）' }, note: '请街道协调城管中队处理' })
      await act(street, number, 'accept')
      await act(street, number, 'reply', { note: '已协调城管中队上门，饭店已加装油烟净化器' })
      await act(agent, number, 'close')
      await act(agent, number, 'callBack', { selects: { satisfaction: '满意' }, note: '来电人确认油烟已解决' })
      expect(await statusOf(agent, number)).toContain('已回访')
      await expect.poll(() => agent.locator('body').textContent(), { timeout: 10_000 }).toContain('退回重派')

      // 热线统计 counts both orders of this call in the community, as accessible charts with tables.
      expect(await agent.getByRole('link', { name: '热线统计', includeHidden: true }).getAttribute('href')).toBe('/admin/statistics/hotline')
      await agent.goto('/admin/statistics/hotline')
      await agent.getByText('统计范围：纬五路社区').waitFor()
      const total = Number(await agent.locator('.app-statistics__figure').first().locator('.app-statistics__value').textContent())
      expect(total).toBeGreaterThanOrEqual(2)
      await agent.getByRole('img', { name: /^按诉求类型统计的工单数：/ }).waitFor()
      expect(await axeViolations(agent)).toEqual([])
    } finally {
      await browser.close()
    }
  }, 300_000)

  it('suggests the catalogue’s handler and due date as the agent types, dispatches there from the keyboard, and 承办单位考核 counts it by name', async () => {
    const rule = await hrssRule()
    const text = '单位没给交社保，社保断缴三个月了，影响孩子上学'
    const browser = await launchBrowser()
    try {
      const agent = await newPage(browser)
      await signIn(agent, 'agent-community')
      await agent.goto('/admin/hotline/desk')
      await agent.getByRole('heading', { level: 1, name: '热线坐席台' }).waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
      await agent.getByLabel('来电号码').fill(PHONE)
      await agent.getByLabel('诉求类型').selectOption({ label: '投诉' })
      await agent.getByLabel('诉求摘要').fill('单位不交社保')
      await agent.getByLabel('诉求内容').fill(text)

      // The hint, as the catalogue answers for these words: the handler by name and the due date by the rule's 3 working days.
      const community = await firstDoc<{ id: string }>('agent-community', 'divisions?where[code][equals]=410105001001&depth=0')
      const query = new URLSearchParams({ division: community.id, kind: 'complaint', text: `单位不交社保\n${text}` })
      const asked = await fetch(`${baseUrl()}/api/dispatch-rules/suggest?${query}`, { headers: await staffHeaders('agent-community') })
      const { suggestion } = (await asked.json()) as { suggestion: { dueDate: string; dueDateProvisional: boolean; rule: string } }
      expect(suggestion.rule).toBe(rule.id)
      const hint = agent.locator('.hotline-desk__hint[aria-live="polite"]')
      const use = hint.getByRole('button', { name: '按建议派单' })
      await use.waitFor()
      expect(await hint.textContent()).toContain(`派单目录建议：派往 ${DISTRICT_HRSS}，应办结 ${dueDateText(suggestion.dueDate, suggestion.dueDateProvisional)}（规则：${rule.name}）`)
      expect(await axeViolations(agent, ['.hotline-desk'])).toEqual([])

      // From the words typed, Tab reaches the button and Enter takes the suggestion into the dispatch fields.
      await agent.getByLabel('诉求内容').focus()
      await agent.keyboard.press('Tab')
      expect(await use.evaluate((button) => button === document.activeElement)).toBe(true)
      await agent.keyboard.press('Enter')
      expect(await agent.getByLabel('派单').isChecked()).toBe(true)
      const chosen = (label: string) => agent.getByLabel(label).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)
      expect(await chosen('承办部门')).toBe(DISTRICT_HRSS)
      expect(await chosen('或承办街道、社区')).toBe('请选择')

      await agent.getByRole('button', { name: '提交工单' }).click()
      const dispatched = agent.getByRole('status').filter({ hasText: '已派单' })
      await dispatched.waitFor()
      const number = (await dispatched.textContent())!.match(/GD\d{14}/)![0]
      const order = await firstDoc<{ assignee: { department: string }; dispatchSuggestion: { rule: string } }>('agent-community', `tickets?where[number][equals]=${number}&depth=0`)
      expect(order.assignee.department).toBe(rule.department)
      expect(order.dispatchSuggestion.rule).toBe(rule.id)

      // 承办单位考核: this month's table names the 人社局 in words, with the order counted; its CSV has a Chinese header row.
      const month = chinaDate().slice(0, 7)
      await agent.goto('/admin/statistics/handlers')
      const table = agent.getByRole('table', { name: `${month} 各承办单位的办理情况` })
      await table.waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
      const row = table.getByRole('row', { name: new RegExp(`^${DISTRICT_HRSS}`) })
      expect(await row.getByRole('rowheader').textContent()).toBe(DISTRICT_HRSS)
      expect(Number(await row.getByRole('cell').first().textContent())).toBeGreaterThanOrEqual(1)
      expect(await axeViolations(agent)).toEqual([])
      const csv = await agent.request.get((await agent.getByRole('link', { name: '下载 CSV（Excel 可打开）' }).getAttribute('href'))!)
      expect(csv.headers()['content-type']).toContain('text/csv')
      const lines = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n')
      expect(lines[0]).toBe('承办单位,派单数,退回数,退回率(%),办结数,按时办结数,按时办结率(%),重新办理数,评价数,满意数,满意率(%)')
      expect(lines.some((line) => line.startsWith(`"${DISTRICT_HRSS}",`))).toBe(true)

      // The month picker shows another month: last month's figures, without this month's order.
      const earlier = shiftMonth(month, -1)
      await agent.getByLabel('月份', { exact: true }).fill(earlier)
      await Promise.all([agent.waitForURL((url) => url.searchParams.get('month') === earlier), agent.getByRole('button', { name: '查看', exact: true }).click()])
      await agent.getByText(new RegExp(`^(${earlier} 各承办单位的办理情况|这个月没有派出或办结的工单。)`)).first().waitFor()
      expect(await agent.getByRole('row', { name: new RegExp(`^${DISTRICT_HRSS}`) }).count()).toBe(0)

      // An account that is not a desk agent gets no table, and no CSV.
      const reviewer = await newPage(browser)
      await signIn(reviewer, 'reviewer-community')
      await reviewer.goto('/admin/statistics/handlers')
      await reviewer.getByText('只有热线坐席和系统管理员可以查看承办单位考核。').waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
      expect(await reviewer.getByRole('table').count()).toBe(0)
      expect((await reviewer.request.get(`/api/tickets/scores?month=${month}&format=csv`)).status()).toBe(403)
    } finally {
      await browser.close()
    }
  }, 300_000)

  it('files a 一件事 for a caller: the order opens its one form, the agent reads out the joint number and query code, and the order closes (axe-clean)', async () => {
    const browser = await launchBrowser()
    try {
      const agent = await newPage(browser)
      await signIn(agent, 'agent-community')
      await agent.goto('/admin/hotline/desk')
      await agent.getByRole('heading', { level: 1, name: '热线坐席台' }).waitFor()
      await agent.getByLabel('来电号码').fill(PHONE)
      await agent.getByLabel('诉求类型').selectOption({ label: '代办申请' })
      await agent.getByLabel('来电人姓名').fill('赵卫东')
      await agent.getByLabel('诉求摘要').fill('代为申请退休一件事')
      await agent.getByLabel('诉求内容').fill('来电人下月退休，不会上网，请坐席代为一次办好退休、医保和公积金。')
      await agent.getByLabel('仅受理').check()
      await agent.getByLabel('为来电人一次申请的一件事').selectOption({ label: '退休一件事' })
      expect(await axeViolations(agent, ['.hotline-desk'])).toEqual([])
      await agent.getByRole('button', { name: '提交工单' }).click()
      const outcome = agent.getByRole('status').filter({ hasText: '已受理工单' })
      await outcome.waitFor()
      const number = (await outcome.textContent())!.match(/GD\d{14}/)![0]
      const form = outcome.getByRole('link', { name: '为来电人一次申请“退休一件事”（新窗口）' })
      expect(await form.getAttribute('href')).toBe(`/apply/bundles/retirement/?ticket=${number}`)
      expect(await axeViolations(agent, ['.hotline-desk'])).toEqual([])

      // The portal's form, in the agent's session: the caller's details, not the agent's.
      await agent.goto((await form.getAttribute('href'))!)
      await agent.getByRole('heading', { level: 1, name: '一次申请：退休一件事' }).waitFor()
      await agent.waitForLoadState('load')
      await fillBundleForm(agent, true)
      await agent.getByRole('button', { name: '继续' }).click()
      await agent.getByRole('button', { name: '确认提交' }).click()
      const { members } = await confirmation(agent)
      expect(members).toHaveLength(3)
      expect(await axeViolations(agent), 'confirmation read out to the caller').toEqual([])

      await openTicket(agent, number)
      expect(await agent.locator('#ticket-workflow-heading').textContent()).toContain('已办结')
      await expect.poll(() => agent.locator('body').textContent(), { timeout: 10_000 }).toContain('已代为提交一件事“退休一件事”')
    } finally {
      await browser.close()
    }
  }, 300_000)
})
