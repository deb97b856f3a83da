import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, baseUrl, launchBrowser, newPage, staffHeaders } from './browser'
import { fillRequest, signInWithoutScript, signInWithScript } from './resident'

/**
 * 我的's 12345 requests against the real platform: a signed-in resident
 * files a web request (the phone filled in from the account), the desk
 * answers and closes it, and the resident rates it and says it is not
 * solved from 我的 — with JavaScript on /my/, and without it on the page
 * /my/'s <noscript> links to. Axe in both modes.
 */

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

let clients = 0
/** Each page its own client behind the test's stand-in proxy, so the per-client limits are its own. */
const residentPage = (options: Parameters<typeof newPage>[1] = {}) => newPage(browser, { extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${20 + ++clients}` }, ...options })
const randomPhone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

async function staffApi(path: string, body?: Record<string, string>) {
  const response = await fetch(`${baseUrl()}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { ...(await staffHeaders('agent-community')), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  expect(response.status, path).toBeLessThan(300)
  return response.json()
}

const ticketByNumber = async (number: string) => (await staffApi(`/api/tickets?where[number][equals]=${number}&depth=0`)).docs[0]

/** The desk answers the order directly, which closes it. */
async function deskAnswers(number: string, reply: string): Promise<void> {
  const ticket = await ticketByNumber(number)
  await staffApi(`/api/tickets/${ticket.id}/actions`, { action: 'answerDirectly', note: reply })
}

/** File a complaint on /hotline/ as the signed-in resident; its number. */
async function fileRequest(page: Page, content: string, { phone = null as null | string, script = true } = {}): Promise<string> {
  await page.goto('/hotline/')
  // The script fills a signed-in resident's phone in from the account.
  if (phone === null) await expect.poll(() => page.getByLabel('手机号码', { exact: true }).inputValue()).not.toBe('')
  await fillRequest(page, content, phone, { script })
  await page.getByRole('button', { name: '提交诉求' }).click()
  await page.getByRole('heading', { name: '诉求已提交' }).waitFor()
  return (await page.locator(script ? '[data-slot="number"]' : '[data-ticket-number]').textContent())!.trim()
}

describe('我的: my 12345 requests', () => {
  it('with JavaScript: filed signed in with the phone filled in, answered, rated and reopened from 我的', async () => {
    const phone = randomPhone()
    const page = await residentPage()
    await signInWithScript(page, phone)
    const number = await fileRequest(page, `单元门禁坏了好几天，外人随便进出，编号${Date.now()}`)
    expect(await page.evaluate(() => document.title)).toContain('诉求已提交')
    await deskAnswers(number, '已通知物业，门禁已于今天修好。')

    await page.goto('/my/')
    const item = page.locator(`[data-ticket="${number}"]`)
    await item.getByText('答复：已通知物业，门禁已于今天修好。', { exact: true }).waitFor()
    await item.getByLabel('评价').selectOption({ label: '满意' })
    await item.getByLabel('意见（选填）').fill('修得很快')
    await item.getByRole('button', { name: '提交评价' }).click()
    await page.locator('[data-list="ratings"]').getByText(/^满意 · 12345诉求/).waitFor()
    await item.getByText('我的评价：满意').waitFor()
    await item.getByLabel('哪里没有解决').fill('晚上门禁又坏了')
    await item.getByRole('button', { name: '没有解决，要求重新办理' }).click()
    await item.getByRole('heading', { name: /（已受理）$/ }).waitFor()
    expect(await ticketByNumber(number)).toMatchObject({ status: 'received', reopens: 1 })
    await page.context().close()
  }, 120_000)

  it('without JavaScript: 我的 as a page, with the rating and 没有解决 forms', async () => {
    const phone = randomPhone()
    const page = await residentPage({ javaScriptEnabled: false })
    await signInWithoutScript(page, phone)
    const number = await fileRequest(page, `楼下烧烤摊油烟很大，晚上关不了窗，编号${Date.now()}`, { phone, script: false })
    await deskAnswers(number, '已请城管到现场处理，摊点已迁走。')

    await page.goto('/my/')
    await page.getByRole('link', { name: '我的申请、诉求、评价和消息' }).click()
    await page.getByRole('heading', { level: 1, name: '我的' }).waitFor()
    const item = page.locator(`[data-ticket="${number}"]`)
    expect(await item.locator('[data-ticket-reply]').textContent()).toBe('已请城管到现场处理，摊点已迁走。')
    await item.getByLabel('基本满意', { exact: true }).check()
    await item.getByRole('button', { name: '提交评价' }).click()
    await page.getByText('感谢您的评价。').waitFor()
    await page.getByRole('link', { name: '返回“我的”' }).click()
    await page.getByRole('heading', { name: '我的评价' }).waitFor()
    expect(await page.locator('section[aria-labelledby="ratings-title"]').textContent()).toContain(`基本满意 · 12345诉求 ${number}`)
    await page.locator(`[data-ticket="${number}"]`).getByLabel('哪里没有解决').fill('第二天摊点又回来了')
    await page.locator(`[data-ticket="${number}"]`).getByRole('button', { name: '没有解决，要求重新办理' }).click()
    await page.getByText('已收到，热线会重新安排办理').waitFor()
    expect(await page.locator('[data-ticket-status]').textContent()).toBe('已受理')
    await page.context().close()
  }, 120_000)
})

describe('accessibility of 我的 with cases', () => {
  it.each(['standard', 'elderly'])('has no axe-core violations in the %s mode', async (mode) => {
    const page = await residentPage()
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await signInWithScript(page, randomPhone())
    const number = await fileRequest(page, `小区北门的路面塌了一个坑，编号${Date.now()}`)
    await deskAnswers(number, '已安排维修，本周内修复。')
    await page.goto('/my/')
    await page.locator(`[data-ticket="${number}"]`).getByRole('button', { name: '提交评价' }).waitFor()
    expect(await axeViolations(page), '我的 with a closed request').toEqual([])
    await page.goto('/api/my/overview')
    await page.locator(`[data-ticket="${number}"]`).getByRole('button', { name: '提交评价' }).waitFor()
    expect(await axeViolations(page), '我的 without JavaScript').toEqual([])
    await page.context().close()
  }, 120_000)
})
