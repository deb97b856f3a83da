import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { axeViolations, baseUrl, followListLink, launchBrowser, newPage, signInToDashboard, staffHeaders } from './browser'

/**
 * A life service booked by phone, end to end: a hotline agent books for a
 * caller in 纬五路社区 with 好帮手's item in 代客预约; the provider signs in
 * on the portal's form and, in its workspace, accepts, sends a worker and
 * finishes; the agent calls the caller back from the order's page in the
 * admin, and the order is rated and counted in the provider's rating.
 */

const HAOBANGSHOU = '郑州金水好帮手家政服务有限公司'
const COMMUNITY = '410105001001'
const PHONE = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

/** An admin page's first render for a new account can take a while on a busy 2-core machine. */
const ADMIN_PAGE_TIMEOUT_MS = 60_000

/** A REST read as a demo staff account: the first document the query finds. */
async function firstDoc<Doc>(username: string, query: string): Promise<Doc> {
  const response = await fetch(`${baseUrl()}/api/${query}`, { headers: await staffHeaders(username) })
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: Doc[] }).docs[0]!
}

const ratingCount = async (): Promise<number> =>
  (await firstDoc<{ rating?: { count?: number } }>('life-city', `providers?where[name][equals]=${encodeURIComponent(HAOBANGSHOU)}&depth=0`)).rating?.count ?? 0

/** Book in 代客预约 as the agent; answers the order's number as the page reads it out. */
async function bookByPhone(page: Page): Promise<string> {
  const community = await firstDoc<{ fullName: string }>('agent-district', `divisions?where[code][equals]=${COMMUNITY}&depth=0`)
  expect(await page.getByRole('link', { name: '代客预约', includeHidden: true }).getAttribute('href')).toBe('/admin/life/book')
  await page.goto('/admin/life/book')
  await page.getByRole('heading', { level: 1, name: '代客预约' }).waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
  await page.getByLabel('来电人手机号码').fill(PHONE)
  await page.getByLabel('来电人姓名').fill('王阿姨')
  await page.getByLabel('服务地址', { exact: true }).fill('纬五路21号院2号楼301')
  await page.getByLabel('服务地址所在社区').fill(community.fullName)
  await page.getByLabel('服务类别').selectOption({ label: '家政保洁' })
  const item = page.getByRole('radio', { name: new RegExp(`${HAOBANGSHOU}：日常保洁`) })
  await item.check()
  // A day and period of their own, so reruns on the shared platform seldom meet a full slot.
  await page.getByLabel('上门日期').selectOption({ index: 1 + Math.floor(Math.random() * 14) })
  await page.getByLabel('时段', { exact: true }).selectOption({ index: 1 + Math.floor(Math.random() * 3) })
  await page.getByRole('button', { name: '提交预约' }).click()
  const outcome = page.getByRole('status').filter({ hasText: '订单编号' })
  await outcome.waitFor()
  const text = (await outcome.textContent()) ?? ''
  expect(text).toContain(`已派给：${HAOBANGSHOU}`)
  expect(text).toContain('居民应付：80元')
  return /SH\d{14}/.exec(text)![0]
}

/** The provider's steps in its workspace, each a plain form post that comes back to the order's page. */
async function serveAsProvider(page: Page, number: string): Promise<void> {
  await page.goto('/life/provider/')
  await page.getByLabel('用户名').fill('provider-haobangshou')
  await page.getByLabel('密码', { exact: true }).fill('yizhan-demo-2026')
  await Promise.all([page.waitForURL('**/workspace/orders'), page.getByRole('button', { name: '登录' }).click()])
  expect(await axeViolations(page)).toEqual([])
  await Promise.all([page.waitForURL(/\/workspace\/orders\/[^/?]+$/), page.getByRole('link', { name: number }).click()])
  expect(await axeViolations(page)).toEqual([])
  for (const action of ['accept', 'assign', 'finish']) {
    const form = page.locator(`form[data-action="${action}"]`)
    await Promise.all([page.waitForEvent('load'), form.getByRole('button').click()])
  }
  expect(await page.locator('form[data-action]').count()).toBe(0)
  expect(await axeViolations(page)).toEqual([])
}

describe('booking a life service by phone', () => {
  it('goes from the agent’s booking through the provider’s workspace to the call-back, and the provider’s rating', async () => {
    const browser = await launchBrowser()
    try {
      const before = await ratingCount()
      const agent = await newPage(browser)
      await signInToDashboard(agent, 'agent-district')
      const number = await bookByPhone(agent)

      await serveAsProvider(await newPage(browser), number)

      await agent.goto(`/admin/collections/life-orders?search=${number}`)
      await followListLink(agent, agent.getByRole('link', { name: number }), ADMIN_PAGE_TIMEOUT_MS)
      const heading = agent.locator('#life-order-workflow-heading')
      await heading.waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
      expect(await heading.textContent()).toContain('待确认')
      await agent.locator('button[data-action="callBack"]').click()
      await agent.getByLabel(/来电人对服务的评价/).selectOption({ label: '非常满意' })
      await agent.getByLabel(/来电人对服务人员的评价/).selectOption({ label: '满意' })
      await agent.getByLabel(/回访记录/).fill('电话回访，来电人对保洁满意')
      await Promise.all([agent.waitForEvent('load'), agent.getByRole('button', { name: '确认回访' }).click()])
      await heading.waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
      expect(await heading.textContent()).toContain('已评价')
      expect(await ratingCount()).toBe(before + 1)
    } finally {
      await browser.close()
    }
  })
})
