import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeWithoutScript, baseUrl, launchBrowser, newPage, staffHeaders } from './browser'

/**
 * Online applications in a browser without JavaScript, against the real
 * platform: apply with a file, read the tracking number and query code on
 * the confirmation page, look the application up, supplement, rate; a
 * signed-in resident's own page of one application, withdrawn from there;
 * /track/ opening the owner's application without the code when scripts
 * run; axe on every page in the normal and the elderly mode.
 */

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/** 就业见习报名: a radio, a select, optional uploads. */
const SERVICE = '/apply/030502/'
const TITLE = '就业见习报名'
let clients = 0
/** Each page its own client behind the test's stand-in proxy, so the per-client limits are its own. */
const residentPage = (options: Parameters<typeof newPage>[1] = {}) =>
  newPage(browser, { extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${30 + ++clients}` }, ...options })
const withoutScript = () => residentPage({ javaScriptEnabled: false })

const diploma = async () => ({
  name: 'diploma.png',
  mimeType: 'image/png',
  buffer: await sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 220, g: 228, b: 238 } } }).png().toBuffer(),
})

async function fillApplication(page: Page, phone: string): Promise<void> {
  await page.goto(SERVICE)
  await page.getByLabel('姓名', { exact: true }).fill('陈晓')
  await page.getByLabel('身份证号码', { exact: true }).fill('11010519491231002X')
  await page.getByLabel('手机号码', { exact: true }).fill(phone)
  // Without JavaScript: one select of every community, grouped by street.
  await page.locator('#divisionCode-all').selectOption({ label: '纬五路社区' })
  await page.getByLabel('16至24岁失业青年').check()
  await page.getByLabel('想去哪类单位见习').selectOption('其他')
  await page.getByLabel('毕业证书（选填）').setInputFiles(await diploma())
}

/** 继续 to the server's 核对您填写的内容 page; the file is chosen there (a page cannot carry it over); 确认提交. */
async function checkAndConfirm(page: Page): Promise<void> {
  await page.getByRole('button', { name: '继续' }).click()
  await page.getByRole('heading', { level: 1, name: '核对您填写的内容' }).waitFor()
  await page.getByLabel('毕业证书（选填）').setInputFiles(await diploma())
  await page.getByRole('button', { name: '确认提交' }).click()
}

/** Apply without JavaScript; the tracking number and query code from the confirmation page. */
async function apply(page: Page, phone: string): Promise<{ queryCode: string; trackingNumber: string }> {
  await fillApplication(page, phone)
  await checkAndConfirm(page)
  await page.getByRole('heading', { level: 1, name: '申请已提交' }).waitFor()
  const trackingNumber = (await page.locator('[data-slot="trackingNumber"]').textContent())!.trim()
  const queryCode = (await page.locator('[data-slot="queryCode"]').textContent())!.trim()
  expect(trackingNumber).toMatch(/^YZ\d{14}$/)
  expect(queryCode).toMatch(/^\d{6}$/)
  return { queryCode, trackingNumber }
}

async function lookUp(page: Page, { queryCode, trackingNumber }: { queryCode: string; trackingNumber: string }): Promise<void> {
  await page.goto('/track/')
  await page.getByLabel('受理编号').fill(trackingNumber)
  await page.getByLabel('查询码').fill(queryCode)
  await page.getByRole('button', { name: '查询', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
}

const statusShown = async (page: Page) => (await page.locator('[data-application-status]').textContent())?.trim()

/** A reviewer's workflow action over the staff API. */
async function reviewerActs(trackingNumber: string, action: string, note = ''): Promise<void> {
  const headers = await staffHeaders('reviewer-community')
  const found = await fetch(`${baseUrl()}/api/applications?where[trackingNumber][equals]=${trackingNumber}&depth=0`, { headers })
  const { docs } = (await found.json()) as { docs: { id: string }[] }
  const response = await fetch(`${baseUrl()}/api/applications/${docs[0]!.id}/actions`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ action, note }),
  })
  expect(response.status, action).toBe(200)
}

/** Sign a resident in within the page's context (its cookie jar), through the API in demo mode. */
async function signInResident(page: Page, phone: string): Promise<void> {
  const code = await page.request.post('/api/residents/code', { data: { phone } })
  const { demoCode } = (await code.json()) as { demoCode: string }
  expect((await page.request.post('/api/residents/sign-in', { data: { phone, code: demoCode, consent: true } })).status()).toBe(200)
}

const randomPhone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

describe('online applications without JavaScript', () => {
  it('applies with a file, tracks with the number and code, supplements and rates, each answer a page', async () => {
    const page = await withoutScript()
    const application = await apply(page, randomPhone())
    expect(await page.locator('main').textContent()).toContain('查询码只显示这一次，请抄下或打印本页。')

    // The confirmation's own button opens the status page with both.
    await page.getByRole('button', { name: '查询办理进度' }).click()
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
    expect(await statusShown(page)).toBe('已提交')
    expect(page.url()).not.toContain(application.queryCode)

    await reviewerActs(application.trackingNumber, 'accept')
    await reviewerActs(application.trackingNumber, 'requestSupplement', '请补充上传毕业证书背面')
    await lookUp(page, application)
    expect(await statusShown(page)).toBe('需补正')
    expect(await page.locator('main').textContent()).toContain('请补充上传毕业证书背面')
    await page.getByLabel('补正材料（选填）').setInputFiles(await diploma())
    await page.getByLabel('补正说明（选填）').fill('已上传毕业证书背面')
    await page.getByRole('button', { name: '提交补正材料' }).click()
    await page.getByText('补正材料已提交，工作人员会继续办理。').waitFor()
    expect(await page.locator('main').textContent()).not.toMatch(/陈晓|11010519491231002X/)

    await reviewerActs(application.trackingNumber, 'startProcessing')
    await reviewerActs(application.trackingNumber, 'approve', '已安排到见习单位')
    await lookUp(page, application)
    expect(await statusShown(page)).toBe('已办结')
    await page.getByLabel('非常满意').check()
    await page.getByLabel('意见和建议（选填）').fill('办得很快')
    await page.getByRole('button', { name: '提交评价' }).click()
    await page.getByText('感谢您的评价。').first().waitFor()
    await expect.poll(() => page.getByRole('button', { name: '提交评价' }).count()).toBe(0)
    await page.context().close()
  }, 180_000)

  it('gives the signed-in owner the page of their application without a code, and withdraws from it; nobody else sees it', async () => {
    const page = await withoutScript()
    await signInResident(page, randomPhone())
    const { trackingNumber } = await apply(page, randomPhone())
    await page.goto(`/api/applications/mine/${trackingNumber}`)
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
    expect(await page.locator('input[name="queryCode"]').count()).toBe(0)
    await page.getByLabel('确定要撤回这份申请吗？撤回后不能恢复。').check()
    await page.getByRole('button', { name: '确定撤回' }).click()
    await page.getByText('申请已撤回，工作人员不会再办理。').waitFor()
    expect(await statusShown(page)).toBe('已撤回')

    const stranger = await withoutScript()
    await signInResident(stranger, randomPhone())
    const response = await stranger.goto(`/api/applications/mine/${trackingNumber}`)
    expect(response?.status()).toBe(404)
    await stranger.getByRole('heading', { name: '没有找到' }).waitFor()
    const anonymous = await withoutScript()
    expect((await anonymous.goto(`/api/applications/mine/${trackingNumber}`))?.status()).toBe(404)
    for (const each of [page, stranger, anonymous]) await each.context().close()
  }, 120_000)

  it('opens the owner’s application on /track/ without the code when scripts run, and acts on it', async () => {
    const page = await residentPage()
    await signInResident(page, randomPhone())
    const submitted = await page.request.post('/api/applications/submit', {
      data: {
        serviceCode: '030502',
        divisionCode: '410105001001',
        applicant: { name: '陈晓', idNumber: '11010519491231002X', phone: randomPhone(), email: '' },
        answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
      },
    })
    const { trackingNumber } = (await submitted.json()) as { trackingNumber: string }
    await page.goto(`/track/?t=${trackingNumber}`)
    await page.locator('[data-slot="statusLabel"]').filter({ hasText: '已提交' }).waitFor()
    expect(await page.locator('[data-lookup]').isHidden()).toBe(true)
    await page.getByRole('button', { name: '撤回申请' }).click()
    await page.getByRole('button', { name: '确定撤回' }).click()
    await page.getByText('申请已撤回，工作人员不会再办理。').waitFor()
    await page.context().close()
  }, 90_000)

  it.each(['standard', 'elderly'])('has no axe-core violations on the pages and answers in the %s mode', async (mode) => {
    const page = await withoutScript()
    await fillApplication(page, randomPhone())
    expect(await axeWithoutScript(browser, page, mode), 'apply form').toEqual([])
    await page.getByRole('button', { name: '继续' }).click()
    await page.getByRole('heading', { level: 1, name: '核对您填写的内容' }).waitFor()
    expect(await axeWithoutScript(browser, page, mode), 'check your answers').toEqual([])
    await page.getByRole('button', { name: '确认提交' }).click()
    await page.getByRole('heading', { level: 1, name: '申请已提交' }).waitFor()
    expect(await axeWithoutScript(browser, page, mode), 'confirmation').toEqual([])
    await page.getByRole('button', { name: '查询办理进度' }).click()
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
    expect(await axeWithoutScript(browser, page, mode), 'status page with the withdraw form').toEqual([])

    await page.goto('/track/')
    expect(await axeWithoutScript(browser, page, mode), 'lookup form').toEqual([])
    await page.getByLabel('受理编号').fill('YZ00000000000000')
    await page.getByLabel('查询码').fill('000000')
    await page.getByRole('button', { name: '查询', exact: true }).click()
    await page.getByRole('heading', { name: '没有找到' }).waitFor()
    expect(await axeWithoutScript(browser, page, mode), 'refusal page').toEqual([])

    await page.goto(SERVICE)
    await page.getByRole('button', { name: '继续' }).click()
    await page.getByRole('heading', { name: '提交没有成功' }).waitFor()
    expect(await axeWithoutScript(browser, page, mode), 'refused application').toEqual([])
    await page.context().close()
  }, 120_000)
})
