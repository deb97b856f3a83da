import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { creditCodeCheckCharacter } from '../../collections/validation/identity'
import { axeViolations, axeWithoutScript, launchBrowser, newPage } from './browser'

/**
 * 生活服务 on the portal against the running platform and its demo data (3
 * providers): /life/, a category page's 找服务 with and without JavaScript,
 * a provider's page with its price list and 预约 links, and /life/join/
 * posted without JavaScript; axe in the normal and 长辈版 modes.
 */

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
}, 120_000)
afterAll(() => browser.close())

const HAOBANGSHOU = '郑州金水好帮手家政服务有限公司'
const WEIWULU = '410105001001'

const residentPage = (options: Parameters<typeof newPage>[1] = {}) => newPage(browser, { extraHTTPHeaders: { 'X-Forwarded-For': `10.200.22.${Math.floor(Math.random() * 200) + 10}` }, ...options })

async function inMode(page: Page, mode: string): Promise<void> {
  if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
}

describe('the 生活服务 pages', () => {
  it.each(['standard', 'elderly'])('lists the categories, shows a category and a provider with its price list and 预约 links (%s mode)', async (mode) => {
    const page = await residentPage()
    await inMode(page, mode)
    expect((await page.goto('/'))?.status()).toBe(200)
    await page.getByRole('link', { name: '进入生活服务' }).click()
    await page.waitForURL('**/life/')
    for (const words of ['家政保洁', '养老护理', '查验服务人员', '企业登录', '加盟申请']) expect(await page.locator('main').textContent()).toContain(words)
    expect(await axeViolations(page), '/life/').toEqual([])

    await page.getByRole('link', { name: '家政保洁' }).click()
    await page.waitForURL('**/life/cleaning/')
    expect(await page.locator('h1').textContent()).toBe('家政保洁')
    expect(await page.locator('main').textContent()).toContain('服务标准')
    expect(await axeViolations(page), '/life/cleaning/').toEqual([])

    await page.getByRole('link', { name: HAOBANGSHOU }).first().click()
    await page.waitForURL('**/life/providers/*/')
    const main = (await page.locator('main').textContent())!
    for (const words of ['服务项目和价格', '深度保洁', '包含：', '统一社会信用代码']) expect(main).toContain(words)
    const book = page.getByRole('link', { name: /^预约\s*深度保洁$/ })
    expect(await book.getAttribute('href')).toMatch(/\/api\/life\/book\?item=[^&]+$/)
    expect(await axeViolations(page), 'provider page').toEqual([])
    expect(await axeWithoutScript(browser, page, mode), 'provider page without JavaScript').toEqual([])
  })

  it('finds the providers serving a community in place with JavaScript', async () => {
    const page = await residentPage()
    await page.goto('/life/cleaning/')
    await page.getByLabel('您所在的社区').selectOption(WEIWULU)
    await page.getByRole('button', { name: '查找' }).click()
    const result = page.locator('[data-life-search-result]')
    await result.getByText(HAOBANGSHOU).waitFor()
    expect(page.url()).toMatch(/\/life\/cleaning\/$/)
    expect(await result.textContent()).toContain('纬五路社区的家政保洁服务')
    expect(await result.getByRole('link', { name: /^预约/ }).first().getAttribute('href')).toMatch(/\/api\/life\/book\?item=/)
    expect(await axeViolations(page)).toEqual([])
  })

  it('finds them without JavaScript: the search answers with a page', async () => {
    const page = await residentPage({ javaScriptEnabled: false })
    await page.goto('/life/cleaning/')
    expect(await axeWithoutScript(browser, page, 'standard')).toEqual([])
    await page.getByLabel('您所在的社区').selectOption(WEIWULU)
    await Promise.all([page.waitForURL('**/api/life/providers/search?**'), page.getByRole('button', { name: '查找' }).click()])
    expect(await page.locator('h1').textContent()).toBe('纬五路社区的家政保洁服务')
    expect(await page.locator('main').textContent()).toContain(HAOBANGSHOU)
    expect(await axeWithoutScript(browser, page, 'elderly')).toEqual([])
  })

  it('takes a 加盟申请 posted without JavaScript and answers with a page', async () => {
    const page = await residentPage({ javaScriptEnabled: false })
    await page.goto('/life/join/')
    expect(await axeWithoutScript(browser, page, 'standard')).toEqual([])
    const credit17 = '91410105MA45H7J9K'
    const creditCode = credit17 + creditCodeCheckCharacter(credit17)
    await page.getByLabel('企业名称').fill('郑州金水净家保洁服务有限公司')
    await page.getByLabel('统一社会信用代码').fill(creditCode)
    await page.getByLabel('法定代表人').fill('冯净')
    await page.getByLabel('经营地址').fill('郑州市金水区经七路22号')
    await page.getByLabel('注册所在社区').selectOption('410105001002')
    await page.getByLabel('服务电话').fill('0371-65550505')
    await page.getByLabel('联系人', { exact: true }).fill('冯净')
    await page.getByLabel('联系人手机').fill('13900001005')
    await page.getByRole('group', { name: /服务类别/ }).getByLabel('家政保洁').check()
    await page.getByRole('group', { name: /服务区域/ }).getByLabel(/经八路街道/).check()
    await page.locator('#licence-0-number').fill(creditCode)
    await page.getByLabel(/已阅读并承诺/).check()
    await page.getByLabel('用户名').fill('jingjia-feng')
    await page.getByLabel('密码').fill('Jingjia2026pass')
    await Promise.all([page.waitForURL('**/api/life/providers/apply'), page.getByRole('button', { name: '提交申请' }).click()])
    expect(await page.locator('h1').textContent()).toBe('加盟申请已提交')
    expect(await page.locator('main').textContent()).toContain('郑州金水净家保洁服务有限公司')
  })
})
