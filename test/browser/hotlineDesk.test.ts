import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { axeViolations, followListLink, launchBrowser, newPage, signIn } from './browser'
import { confirmation, fillBundleForm } from './bundleForm'

/**
 * A hotline agent's call, end to end in the admin: look up the caller,
 * find the guide as the portal does, answer directly; then a complaint
 * dispatched to the wrong office, returned, re-dispatched to the street,
 * handled, closed and called back, each person with the buttons on the
 * order's page in the admin. And a 一件事 filed for a caller: the desk
 * opens its one form, the agent submits it and reads out the joint number
 * and query code, and the order closes.
 */

const DISTRICT_CIVIL_AFFAIRS = '郑州市金水区民政局'
const PHONE = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

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
      await signIn(agent, 'agent-community')
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
