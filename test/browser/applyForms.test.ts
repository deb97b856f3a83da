import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, axeWithoutScript, fillDate, launchBrowser, newPage } from './browser'

/**
 * The GOV.UK-style form parts on a real 代办 service, 高龄津贴申领, against
 * the real platform: the 老人 section, a 年 / 月 / 日 birth date, a show-if
 * question (开户银行 only for 老人的银行卡), 核对您填写的内容 with 修改 links
 * and 确认提交, the same without JavaScript through the server's check page,
 * and axe in the normal and the elderly mode.
 */

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

const ALLOWANCE = '/apply/150401/'
let clients = 0
/** Each page its own client behind the test's stand-in proxy, so the per-client limits are its own. */
const residentPage = (options: Parameters<typeof newPage>[1] = {}) =>
  newPage(browser, { extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${140 + ++clients}` }, ...options })

const picture = async (name: string) => ({
  name,
  mimeType: 'image/png',
  buffer: await sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 220, g: 228, b: 238 } } }).png().toBuffer(),
})

async function fillApplicant(page: Page): Promise<void> {
  await page.getByLabel('姓名', { exact: true }).fill('王芳')
  await page.getByLabel('身份证号码', { exact: true }).fill('11010519491231002X')
  await page.getByLabel('手机号码', { exact: true }).fill('13700137000')
  await page.getByLabel('老人姓名').fill('王建国')
  await page.getByLabel('老人身份证号码').fill('440524188001010014')
  await page.getByLabel('子女', { exact: true }).check()
  await page.getByLabel('和子女同住').check()
}

/** The three division selects of one question (the applicant's, or the elder's 户籍). */
async function chooseCommunity(page: Page, prefix: string): Promise<void> {
  await page.locator(`#${prefix}-district`).selectOption({ label: '金水区' })
  await page.locator(`#${prefix}-street`).selectOption({ label: '经八路街道' })
  await page.locator(`#${prefix}-community`).selectOption({ label: '纬五路社区' })
}

const checkRows = async (page: Page) =>
  (await page.locator('.summary-list > div').allTextContents()).map((row) => row.replace(/\s+/g, ''))

describe('a 代办 form with a show-if question, a 年月日 date and a check step', () => {
  it('hides the condition’s question until its answer is chosen, refuses an impossible date, and lets an answer be changed from the check step', async () => {
    const page = await residentPage()
    await page.goto(ALLOWANCE)
    expect(await page.locator('[data-routing]').textContent()).toBe('本事项按老人户籍所在地办理。')
    await fillApplicant(page)
    await chooseCommunity(page, 'division')
    await chooseCommunity(page, 'party-divisionCode')
    const bankName = page.getByLabel('开户银行')
    expect(await bankName.isVisible()).toBe(false)
    await page.getByLabel('老人的银行卡').check()
    expect(await bankName.isVisible()).toBe(true)
    await bankName.fill('工商银行经八路支行')
    await page.getByLabel('卡号').fill('6222000012345678')
    await fillDate(page, '老人出生日期', ['1940', '2', '30'])
    await page.getByLabel('老人的居民户口簿').setInputFiles(await picture('hukou.png'))
    await page.getByLabel('老人本人的社会保障卡或银行卡').setInputFiles(await picture('card.png'))

    await page.getByRole('button', { name: '继续' }).click()
    expect(await page.locator('#error-summary li').allTextContents()).toEqual(['老人的出生日期必须是真实的日期，例如 1945 年 3 月 8 日'])
    await fillDate(page, '老人出生日期', ['1940', '3', '8'])
    await page.getByRole('button', { name: '继续' }).click()

    await page.getByRole('heading', { name: '核对您填写的内容' }).waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-title')
    const rows = await checkRows(page)
    expect(rows).toEqual(expect.arrayContaining(['老人姓名王建国修改老人姓名', '老人出生日期1940年3月8日修改老人出生日期', '开户银行工商银行经八路支行修改开户银行', '老人的居民户口簿hukou.png修改老人的居民户口簿']))
    expect(await axeViolations(page), 'check step').toEqual([])

    // 修改 goes back to the question; the next 继续 shows the new answer.
    await page.getByRole('link', { name: '修改 开户银行' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answers-bankName')
    await bankName.fill('建设银行花园路支行')
    await page.getByRole('button', { name: '继续' }).click()
    expect(await checkRows(page)).toContain('开户银行建设银行花园路支行修改开户银行')
    await page.getByRole('button', { name: '确认提交' }).click()
    await page.getByRole('heading', { name: '申请已提交' }).waitFor()
    await page.context().close()
  }, 120_000)

  it('works without JavaScript: the condition in words, the server’s check page with the answers kept, files chosen there, 确认提交', async () => {
    const page = await residentPage({ javaScriptEnabled: false })
    await page.goto(ALLOWANCE)
    expect(await page.getByText('如“津贴发放到”选择“老人的银行卡”，请填写').isVisible()).toBe(true)
    await fillApplicant(page)
    await page.locator('#divisionCode-all').selectOption({ label: '纬五路社区' })
    await page.locator('#party-divisionCode-all').selectOption({ label: '纬五路社区' })
    await page.getByLabel('老人的社会保障卡').check()
    // Answered although its condition is not met: the server drops it.
    await page.getByLabel('开户银行').fill('不该保存的银行')
    await page.getByLabel('卡号').fill('6222000012345678')
    await fillDate(page, '老人出生日期', ['1940', '3', '8'])
    await page.getByRole('button', { name: '继续' }).click()

    await page.getByRole('heading', { level: 1, name: '核对您填写的内容' }).waitFor()
    const rows = await checkRows(page)
    expect(rows).toEqual(expect.arrayContaining(['老人姓名王建国', '老人出生日期1940年3月8日', '津贴发放到老人的社会保障卡']))
    expect(rows.join()).not.toContain('不该保存的银行')
    expect(await page.locator('input[type="hidden"][name="party.birthDate"]').getAttribute('value')).toBe('1940-03-08')
    await page.getByLabel('老人的居民户口簿').setInputFiles(await picture('hukou.png'))
    await page.getByLabel('老人本人的社会保障卡或银行卡').setInputFiles(await picture('card.png'))
    await page.getByRole('button', { name: '确认提交' }).click()
    await page.getByRole('heading', { level: 1, name: '申请已提交' }).waitFor()
    await page.context().close()
  }, 120_000)

  it.each(['standard', 'elderly'])('has no axe-core violations on the form, the check step and the check page in the %s mode', async (mode) => {
    const page = await residentPage()
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await page.goto(ALLOWANCE)
    await page.getByLabel('老人的银行卡').check()
    await page.getByRole('button', { name: '继续' }).click()
    expect(await axeViolations(page), 'form with errors and the revealed question').toEqual([])

    const plain = await residentPage({ javaScriptEnabled: false })
    await plain.goto(ALLOWANCE)
    expect(await axeWithoutScript(browser, plain, mode), 'form without script').toEqual([])
    await fillApplicant(plain)
    await plain.locator('#divisionCode-all').selectOption({ label: '纬五路社区' })
    await plain.locator('#party-divisionCode-all').selectOption({ label: '纬五路社区' })
    await plain.getByLabel('老人的社会保障卡').check()
    await plain.getByLabel('卡号').fill('6222000012345678')
    await fillDate(plain, '老人出生日期', ['1940', '3', '8'])
    await plain.getByRole('button', { name: '继续' }).click()
    await plain.getByRole('heading', { level: 1, name: '核对您填写的内容' }).waitFor()
    expect(await axeWithoutScript(browser, plain, mode), 'check page').toEqual([])
    for (const each of [page, plain]) await each.context().close()
  }, 120_000)
})
