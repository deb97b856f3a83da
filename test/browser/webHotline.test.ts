import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, baseUrl, followListLink, launchBrowser, newPage, signIn, staffHeaders } from './browser'
import { fillRequest, signInOnPage, signInWithScript } from './resident'

/**
 * 网上12345 against the real platform: a resident files a complaint with a
 * photo on the portal; the desk dispatches it, the district office replies,
 * the desk closes it; the resident tracks it by number and phone, sees the
 * reply, rates it and says it is not solved; the desk sees it reopened.
 * Also the same form without JavaScript, "是否是这些问题？", choosing the
 * guide a request is about (search, a guide page's link, typed without
 * JavaScript), and axe in both modes.
 */

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

const ADMIN_PAGE_TIMEOUT_MS = 60_000
const randomPhone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`
let clients = 0
/** Each page its own client behind the test's stand-in proxy, so the per-client limit is its own. */
const residentPage = (options: Parameters<typeof newPage>[1] = {}) => newPage(browser, { extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${100 + ++clients}` }, ...options })

async function api(path: string, username: string, body?: Record<string, string>) {
  const response = await fetch(`${baseUrl()}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { ...(await staffHeaders(username)), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  expect(response.status, path).toBeLessThan(300)
  return response.json()
}

const ticketByNumber = async (number: string) => (await api(`/api/tickets?where[number][equals]=${number}&depth=0`, 'agent-community')).docs[0]
/** The code of the guide an order is about, or null. */
const serviceCodeOf = async (number: string): Promise<null | string> =>
  (await api(`/api/tickets?where[number][equals]=${number}&depth=1`, 'agent-community')).docs[0].service?.code ?? null

async function track(page: Page, number: string, phone: string): Promise<void> {
  await page.goto(`/hotline/track/?n=${number}`)
  if (await page.getByLabel('工单编号').inputValue() !== number) await page.getByLabel('工单编号').fill(number)
  await page.getByLabel('手机号码').fill(phone)
  await page.getByRole('button', { name: '查询', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: `工单 ${number}` }).waitFor()
}

describe('网上12345', () => {
  it('goes from the portal form with a photo through the desk and back to the resident, who rates and reopens it', async () => {
    const phone = randomPhone()
    const page = await residentPage()
    await page.goto('/')
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '网上12345' }).click()
    await page.getByRole('heading', { level: 1, name: '网上12345' }).waitFor()
    await fillRequest(page, `楼道里堆满杂物，消防通道被堵住了，编号${Date.now()}，请物业清理`, phone)
    const photo = await sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 200, g: 90, b: 40 } } }).jpeg().toBuffer()
    await page.getByLabel('照片（选填）').setInputFiles({ name: 'corridor.jpg', mimeType: 'image/jpeg', buffer: photo })
    await page.getByRole('button', { name: '提交诉求' }).click()
    await page.getByRole('heading', { name: '诉求已提交' }).waitFor()
    const number = (await page.locator('[data-slot="number"]').textContent())!
    expect(number).toMatch(/^GD\d{14}$/)
    expect(await page.locator('[data-guide-row]').isHidden()).toBe(true)

    // The desk has it, from the web, with its photo.
    const ticket = await ticketByNumber(number)
    expect(ticket).toMatchObject({ channel: 'web', status: 'received', kind: 'complaint' })
    expect((await api(`/api/ticket-photos?where[ticket][equals]=${ticket.id}&depth=0`, 'agent-community')).totalDocs).toBe(1)
    // The resident was texted the number and the due date at 受理.
    const texts = async () =>
      ((await api(`/api/notifications?where[ticket][equals]=${ticket.id}&where[channel][equals]=sms&sort=createdAt&depth=0`, 'agent-community')).docs as { message: string }[]).map(
        ({ message }) => message,
      )
    expect(await texts()).toEqual([expect.stringContaining(`工单编号${number}，我们将在${ticket.dueDate}前答复`)])
    const department = (await api('/api/departments?where[code][equals]=jinshui-civil-affairs&depth=0', 'agent-community')).docs[0]
    await api(`/api/tickets/${ticket.id}/actions`, 'agent-community', { action: 'dispatch', department: department.id })
    await api(`/api/tickets/${ticket.id}/actions`, 'reviewer-district', { action: 'accept' })
    await api(`/api/tickets/${ticket.id}/actions`, 'reviewer-district', { action: 'reply', note: '已通知物业，杂物已于今天清理完毕。' })
    await api(`/api/tickets/${ticket.id}/actions`, 'agent-community', { action: 'close' })
    expect((await texts())[1]).toContain('答复：已通知物业，杂物已于今天清理完毕。')

    // The resident follows the confirmation's link, sees the reply, rates, then says it is not solved.
    await page.getByRole('link', { name: '查询办理进度' }).click()
    await track(page, number, phone)
    expect(await page.locator('[data-ticket-reply]').textContent()).toBe('已通知物业，杂物已于今天清理完毕。')
    expect(await page.locator('main').textContent()).not.toMatch(/agent|reviewer|民政局/)
    expect(await axeViolations(page), 'tracking answer with the rating and reopening forms').toEqual([])
    await page.getByLabel('满意', { exact: true }).check()
    await page.getByRole('button', { name: '提交评价' }).click()
    await page.getByText('感谢您的评价。').waitFor()
    await page.getByLabel('哪里没有解决').fill('第二天楼道里又堆满了')
    await page.getByRole('button', { name: '没有解决，要求重新办理' }).click()
    await page.getByText('已收到，热线会重新安排办理').waitFor()
    expect(await page.locator('[data-ticket-status]').textContent()).toBe('已受理')

    // The desk sees it among the reopened orders.
    const agent = await newPage(browser)
    await signIn(agent, 'agent-community')
    await agent.goto('/admin/collections/tickets')
    await followListLink(agent, agent.locator('a[data-queue="reopened"]'), ADMIN_PAGE_TIMEOUT_MS)
    await followListLink(agent, agent.getByRole('link', { name: number }), ADMIN_PAGE_TIMEOUT_MS)
    await agent.getByText('来电人要求重新办理').waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
    await agent.context().close()
    await page.context().close()
  }, 240_000)

  it('works without JavaScript: the form post and the tracking answer are pages', async () => {
    const phone = randomPhone()
    const page = await residentPage({ javaScriptEnabled: false })
    await page.goto('/hotline/')
    await fillRequest(page, '小区东侧的垃圾桶好几天没人清运，气味很大', phone, { script: false })
    await page.getByRole('button', { name: '提交诉求' }).click()
    await page.getByRole('heading', { name: '诉求已提交' }).waitFor()
    const number = (await page.locator('[data-ticket-number]').textContent())!.trim()
    expect(number).toMatch(/^GD\d{14}$/)
    await page.getByRole('link', { name: '查询诉求办理进度' }).click()
    await track(page, number, phone)
    expect(await page.locator('[data-ticket-status]').textContent()).toBe('已受理')
    await page.context().close()
  }, 120_000)

  it('finds the guide a request is about as the resident types, and files the order with it', async () => {
    const page = await residentPage({ viewport: { width: 390, height: 844 } })
    await page.goto('/hotline/')
    await fillRequest(page, `补办身份证时窗口让多交一张照片，指南里没写，编号${Date.now()}`, randomPhone())
    await page.getByLabel('涉及哪方面').selectOption('')
    await page.getByLabel('相关的办事事项（选填）').fill('身份证丢了')
    const found = page.getByRole('list', { name: '找到的办事事项' })
    await found.getByRole('listitem').first().waitFor()
    expect(await page.locator('[data-guide-status]').textContent()).toMatch(/^找到 \d+ 个相关事项$/)
    expect(await found.getByRole('listitem').count()).toBeLessThanOrEqual(6)
    const title = (await found.getByRole('listitem').first().locator('strong').textContent())!
    expect(title).toContain('身份证')
    // By keyboard: Enter in the field goes to the first guide, Enter chooses it; focus lands on the choice.
    await page.getByLabel('相关的办事事项（选填）').press('Enter')
    await page.keyboard.press('Enter')
    await page.getByText(`已选择：${title}`).waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`已选择：${title}`)
    const code = await page.locator('[data-service-code]').inputValue()
    expect(code).not.toBe('')
    expect(await page.locator('main').textContent()).not.toContain(code)
    await page.getByRole('button', { name: '提交诉求' }).click()
    await page.getByRole('heading', { name: '诉求已提交' }).waitFor()
    const number = (await page.locator('[data-slot="number"]').textContent())!
    expect(await page.locator('[data-slot="guideTitle"]').textContent()).toBe(title)
    expect(await serviceCodeOf(number)).toBe(code)
    expect((await ticketByNumber(number)).content).not.toContain('相关办事事项')

    // 改选 clears the choice; words matching nothing say so.
    await page.goto('/hotline/')
    await page.getByLabel('相关的办事事项（选填）').fill('低保')
    await page.getByRole('button', { name: /^选这个事项/ }).first().click()
    await page.getByRole('button', { name: '改选' }).click()
    expect(await page.locator('[data-service-code]').inputValue()).toBe('')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('serviceQuery')
    await page.getByLabel('相关的办事事项（选填）').fill('火星移民签证')
    await page.getByText('没有找到相关事项，可以不选').waitFor()
    await page.context().close()
  }, 120_000)

  it('names the guide a guide page linked from by its title, and ignores an unknown code', async () => {
    const page = await residentPage()
    await page.goto('/services/')
    await page.locator('main a[href^="/services/"]:not([href="/services/"])').first().click()
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!
    const code = new URL(page.url()).pathname.split('/')[2]!
    await page.getByRole('link', { name: '到网上12345反映' }).click()
    await page.waitForURL((url) => url.pathname === '/hotline/' && url.searchParams.get('service') === code)
    await page.getByText(`已选择：${title}`).waitFor()
    expect(await page.locator('main').textContent()).not.toContain(code)
    await page.goto('/hotline/?service=NO-SUCH-GUIDE')
    await page.getByRole('heading', { level: 1, name: '网上12345' }).waitFor()
    expect(await page.locator('[data-guide-chosen]').isHidden()).toBe(true)
    expect(await page.locator('[data-service-code]').inputValue()).toBe('')
    await page.context().close()
  }, 120_000)

  it('without JavaScript links the guide whose title the resident typed', async () => {
    const page = await residentPage({ javaScriptEnabled: false })
    await page.goto('/hotline/')
    const option = page.locator('#guide-titles option').first()
    const [title, code] = [(await option.getAttribute('value'))!, (await option.getAttribute('data-code'))!]
    await fillRequest(page, `按指南办理时遇到问题，编号${Date.now()}`, randomPhone(), { script: false })
    await page.getByLabel('相关的办事事项（选填）').fill(title)
    await page.getByRole('button', { name: '提交诉求' }).click()
    await page.getByRole('heading', { name: '诉求已提交' }).waitFor()
    const number = (await page.locator('[data-ticket-number]').textContent())!.trim()
    expect(await page.locator('[data-guide-title]').textContent()).toBe(title)
    expect(await serviceCodeOf(number)).toBe(code)
    await page.context().close()
  }, 120_000)

  it('shows similar open requests in the community before filing, and lets the resident follow one', async () => {
    const earlier = await fetch(`${baseUrl()}/api/tickets/web`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.250' },
      body: JSON.stringify({ kind: 'helpRequest', topicCode: '1301', divisionCode: '410105001001', address: '纬五路8号', content: '小区南门口的窨井盖丢了，晚上路过很危险', phone: randomPhone() }),
    })
    expect(earlier.status).toBe(201)
    const { number } = await earlier.json()
    const page = await residentPage()
    await page.goto('/hotline/')
    await fillRequest(page, '南门口窨井盖丢了，晚上走路很危险', randomPhone())
    await page.getByRole('button', { name: '提交诉求' }).click()
    const similar = page.getByRole('region', { name: '是否是这些问题？' })
    await similar.waitFor()
    expect(await similar.textContent()).toContain(number)
    expect(await axeViolations(page), 'similar requests shown').toEqual([])
    await similar.locator('li', { hasText: number }).getByRole('button', { name: '是这个问题，不再提交' }).click()
    await page.getByRole('heading', { name: '不用重复提交' }).waitFor()
    expect(await page.locator('[data-slot="followedNumber"]').first().textContent()).toBe(number)
    // Not signed in: 登录后关注 signs in and comes back to 网上12345.
    await page.getByRole('link', { name: '登录后关注' }).click()
    await page.waitForURL((url) => url.pathname === '/my/sign-in/' && url.searchParams.get('next') === '/hotline/')
    await signInOnPage(page, randomPhone(), '/hotline/')
    await page.context().close()
  }, 120_000)

  it.each(['standard', 'elderly'])('lets a signed-in resident follow a similar request and find it in 我的 (%s mode)', async (mode) => {
    const marker = `${mode}${Date.now()}`
    const earlier = await fetch(`${baseUrl()}/api/tickets/web`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.249' },
      body: JSON.stringify({ kind: 'complaint', topicCode: '1301', divisionCode: '410105001001', address: '纬五路12号', content: `纬五路12号院的垃圾站三天没有清运，臭味很大 ${marker}`, phone: randomPhone() }),
    })
    expect(earlier.status).toBe(201)
    const { number } = await earlier.json()
    const phone = randomPhone()
    const page = await residentPage()
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await signInWithScript(page, phone)
    await page.goto('/hotline/')
    // The account's number is filled in: the script knows the resident is signed in.
    await expect.poll(() => page.getByLabel('手机号码').inputValue()).toBe(phone)
    await fillRequest(page, `12号院垃圾站三天没有清运了，臭味很大 ${marker}`, null)
    await page.getByRole('button', { name: '提交诉求' }).click()
    const similar = page.getByRole('region', { name: '是否是这些问题？' })
    await similar.waitFor()
    await similar.locator('li', { hasText: number }).getByRole('button', { name: '是这个问题，关注它' }).click()
    await page.getByRole('heading', { level: 1, name: '已关注' }).waitFor()
    expect(await page.locator('[data-similar-followed]').textContent()).toContain(`您已关注工单 ${number}`)
    expect(await axeViolations(page), 'followed').toEqual([])

    await page.getByRole('link', { name: '查看“我的”' }).click()
    const followed = page.getByRole('region', { name: '我关注的诉求' })
    await followed.locator(`[data-followed="${number}"]`).waitFor()
    expect(await followed.textContent()).toContain('纬五路12号院的垃圾站三天没有清运')
    expect(await axeViolations(page), '我的 with 我关注的诉求').toEqual([])
    // Only the desk's order itself was filed: following made no second order.
    expect((await api(`/api/tickets?where[content][contains]=${encodeURIComponent(marker)}&depth=0`, 'agent-community')).totalDocs).toBe(1)

    // Over GraphQL the follower reads their own follow; an anonymous caller none.
    const followsOverGraphql = async (of: Page) => JSON.stringify(await (await of.request.post('/api/graphql', { data: { query: '{ TicketFollowers(limit: 100) { docs { id resident { id } } } }' } })).json())
    expect(await followsOverGraphql(page)).toMatch(/"docs":\[\{"id"/)
    const anonymous = await residentPage()
    expect(await followsOverGraphql(anonymous)).not.toMatch(/"id"/)
    await anonymous.context().close()

    await followed.getByRole('button', { name: '取消关注' }).click()
    await followed.locator('[data-empty="followed"]').waitFor()
    await page.context().close()
  }, 120_000)

  it.each(['standard', 'elderly'])('has no axe-core violations in the %s mode, with errors shown and on the tracking pages', async (mode) => {
    const page = await residentPage({ viewport: { width: 390, height: 844 } })
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await page.goto('/hotline/')
    expect(await axeViolations(page), 'form').toEqual([])
    await page.getByLabel('相关的办事事项（选填）').fill('身份证')
    await page.getByRole('list', { name: '找到的办事事项' }).getByRole('listitem').first().waitFor()
    expect(await axeViolations(page), 'form with guides found').toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.getByRole('button', { name: /^选这个事项/ }).first().click()
    expect(await axeViolations(page), 'form with a guide chosen').toEqual([])
    await page.getByRole('button', { name: '改选' }).click()
    await page.getByRole('button', { name: '提交诉求' }).click()
    await page.locator('#error-summary li').first().waitFor()
    expect(await page.locator('#error-summary li').allTextContents()).toEqual(expect.arrayContaining(['请写明您的诉求', '请填写手机号码，工单编号和答复会发到这个号码']))
    expect(await axeViolations(page), 'form with errors').toEqual([])
    // Nothing wider than a phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.goto('/hotline/track/')
    expect(await axeViolations(page), 'tracking form').toEqual([])
    await page.getByLabel('工单编号').fill('GD00000000000000')
    await page.getByLabel('手机号码').fill('13900000000')
    await page.getByRole('button', { name: '查询', exact: true }).click()
    await page.getByRole('heading', { name: '没有找到' }).waitFor()
    expect(await axeViolations(page), 'refusal page').toEqual([])
    await page.context().close()
  }, 120_000)
})
