import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { axeViolations, baseUrl, launchBrowser, newPage, signInToDashboard, staffHeaders } from './browser'

/**
 * Guide feedback and honest search on the built portal against the running
 * platform: 这个页面对您有帮助吗 and 我要纠错 with and without JavaScript, who
 * reads the corrections over REST, and a search with no real match.
 */

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/** 最低生活保障申请, kept by the city's civil affairs bureau. */
const GUIDE = '/services/120101/'

const api = async (path: string, headers: Record<string, string> = {}, init: RequestInit = {}) => {
  const response = await fetch(`${baseUrl()}${path}`, { ...init, headers: { 'Content-Type': 'application/json', ...headers } })
  return { status: response.status, body: (await response.json()) as { docs?: { description: string }[]; id?: string; totalDocs?: number } }
}

/** Open 我要纠错 (a details element: it opens without JavaScript too). */
const openCorrection = (page: Page) => page.locator('summary', { hasText: '我要纠错' }).click()

async function fillCorrection(page: Page, description: string): Promise<void> {
  await openCorrection(page)
  await page.getByLabel('哪部分内容有误').selectOption({ label: '申请材料' })
  await page.getByLabel('哪里有误，正确的应该是什么').fill(description)
  await page.getByLabel('联系电话').fill('13912345678')
}

describe('guide feedback with JavaScript', () => {
  it('answers 这个页面对您有帮助吗 in place', async () => {
    const page = await newPage(browser)
    await page.goto(GUIDE)
    await page.getByRole('button', { name: '没有帮助' }).click()
    await expect.poll(() => page.locator('[data-helpful-status]').textContent()).toContain('感谢您的反馈')
  })

  it('shows what to fix, then takes the correction and says when it will be answered', async () => {
    const page = await newPage(browser)
    await page.goto(GUIDE)
    await openCorrection(page)
    await page.getByRole('button', { name: '提交纠错' }).click()
    const summary = page.locator('#correction-errors')
    await expect.poll(() => summary.locator('li').allTextContents()).toEqual(['请选择哪部分内容有误', '请写明哪里有误'])
    await page.getByLabel('哪部分内容有误').selectOption({ label: '申请材料' })
    await page.getByLabel('哪里有误，正确的应该是什么').fill('有脚本：户口簿复印件已不需要')
    await page.getByLabel('联系电话').fill('13912345678')
    await page.getByRole('button', { name: '提交纠错' }).click()
    await expect.poll(() => page.locator('[data-correction-status]').textContent()).toMatch(/已收到您的纠错，将在\d{4}-\d{2}-\d{2}前处理/)
  })
})

describe('guide feedback without JavaScript', () => {
  it('posts the forms and answers with pages in the portal’s frame', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false })
    await page.goto(GUIDE)
    await page.getByRole('button', { name: '有帮助', exact: true }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('感谢您的反馈')
    expect(await page.getByRole('link', { name: /返回“最低生活保障申请”/ }).getAttribute('href')).toBe(GUIDE)

    await page.goto(GUIDE)
    await openCorrection(page)
    await page.getByRole('button', { name: '提交纠错' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('提交没有成功')

    await page.goto(GUIDE)
    await fillCorrection(page, '无脚本：办理地点已经搬迁')
    await page.getByRole('button', { name: '提交纠错' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('纠错已提交')
    expect(await page.locator('main').textContent()).toContain('处理结果会以短信告诉您')
  })
})

describe('who reads the corrections (REST)', () => {
  it('shows them to the guide’s department editors and administrators, and to nobody else', async () => {
    const admin = await staffHeaders('admin-city')
    const departments = await fetch(`${baseUrl()}/api/departments?where[code][equals]=city-civil-affairs&depth=0`).then((response) => response.json() as Promise<{ docs: { id: string }[] }>)
    const divisions = await fetch(`${baseUrl()}/api/divisions?where[code][equals]=410100000000&depth=0`, { headers: admin }).then((response) => response.json() as Promise<{ docs: { id: string }[] }>)
    const created = await api('/api/users', admin, {
      method: 'POST',
      body: JSON.stringify({ username: 'editor-civil', name: '民政编辑', password: DEMO_PASSWORD, roles: ['editor'], division: divisions.docs[0]!.id, department: departments.docs[0]!.id }),
    })
    expect(created.status).toBe(201)

    const seenBy = async (username: string) => api('/api/guide-corrections?depth=0&limit=100', await staffHeaders(username))
    const byCivil = await seenBy('editor-civil')
    expect(byCivil.status).toBe(200)
    expect(byCivil.body.docs!.map((doc) => doc.description)).toEqual(expect.arrayContaining(['有脚本：户口簿复印件已不需要', '无脚本：办理地点已经搬迁']))
    expect((await seenBy('admin-city')).body.totalDocs).toBe(byCivil.body.totalDocs)
    // The city's government-services editor works for another department.
    expect((await seenBy('editor-city')).body.totalDocs).toBe(0)
    expect((await seenBy('reviewer-city')).status).toBe(403)
    expect((await seenBy('agent-city')).status).toBe(403)
    expect((await api('/api/guide-corrections')).status).toBe(403)
  })

  it('lists them on the department editor’s dashboard as 待处理的纠错', async () => {
    const page = await newPage(browser)
    await signInToDashboard(page, 'editor-civil')
    const panel = page.locator('section[aria-labelledby="corrections-heading"]')
    await expect.poll(() => panel.textContent()).toMatch(/共 \d+ 条待处理/)
    expect(await axeViolations(page, ['section[aria-labelledby="corrections-heading"]'])).toEqual([])
    const other = await newPage(browser)
    await signInToDashboard(other, 'editor-city')
    await expect.poll(() => other.locator('section[aria-labelledby="corrections-heading"]').textContent()).toContain('没有待处理的指南纠错')
  })
})

describe('a search with no real match', () => {
  it.each(['阿斯顿发', '火星移民签证', 'qwerty'])('says 没有找到 for %s and offers 12345 and 网上12345', async (query) => {
    const page = await newPage(browser)
    await page.goto(`/search/?q=${encodeURIComponent(query)}`)
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('没有找到')
    expect(await page.locator('[data-search-results] li').count()).toBe(0)
    const nothing = page.locator('[data-search-nothing]')
    expect(await nothing.isVisible()).toBe(true)
    expect(await nothing.getByRole('link', { name: '网上12345' }).getAttribute('href')).toBe('/hotline/')
    expect(await nothing.getByRole('link', { name: '12345', exact: true }).getAttribute('href')).toBe('tel:12345')
  })

  it('counts the miss into the editors’ worklist once the query has settled', async () => {
    const page = await newPage(browser)
    await page.goto(`/search/?q=${encodeURIComponent('火星种菜补贴')}`)
    const admin = await staffHeaders('admin-city')
    await expect
      .poll(async () => (await api(`/api/search-misses?where[query][equals]=${encodeURIComponent('火星种菜补贴')}`, admin)).body.totalDocs, { timeout: 10_000 })
      .toBe(1)
  })

  it('finds the right guide for a miswritten query, and counts exactly what it lists', async () => {
    const page = await newPage(browser)
    await page.goto(`/search/?q=${encodeURIComponent('身分证补办')}`)
    const status = page.locator('[data-search-status]')
    await expect.poll(() => status.textContent()).toMatch(/找到 \d+ 个/)
    const titles = await page.locator('[data-search-results] li h2').allTextContents()
    expect(titles.slice(0, 3)).toContain('居民身份证补领')
    const count = Number(/找到 (\d+) 个/.exec((await status.textContent())!)![1])
    // 显示更多 until every result is listed, double-clicked as residents do: the count is what the list holds.
    const items = page.locator('[data-search-results] > li')
    const more = page.getByRole('button', { name: /显示更多/ })
    for (let shown = await items.count(); shown < count; shown = await items.count()) {
      await more.dblclick()
      await expect.poll(() => items.count()).toBeGreaterThan(shown)
    }
    expect(await items.count()).toBe(count)
    expect(await more.count()).toBe(0)
  })
})

describe('accessibility', () => {
  it.each(['standard', 'elderly'])('has no axe-core violations on a guide’s feedback and an empty search in the %s mode', async (mode) => {
    const page = await newPage(browser)
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await page.goto(GUIDE)
    await openCorrection(page)
    await page.getByRole('button', { name: '提交纠错' }).click()
    await page.locator('#correction-errors li').first().waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.goto(`/search/?q=${encodeURIComponent('阿斯顿发')}`)
    await page.locator('[data-search-nothing]').waitFor()
    expect(await axeViolations(page)).toEqual([])
  })
})
