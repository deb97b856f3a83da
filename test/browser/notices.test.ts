import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SubmitAnswer } from '../../collections/Applications/states'
import { axeViolations, baseUrl, followListLink, launchBrowser, newPage, signIn, staffHeaders } from './browser'
import { signInWithScript } from './resident'

/**
 * Issue 19's notices, certificates and department-system hand-over in a
 * real browser: the 打印 link on a case's page opens the notice as a PDF;
 * the applicant downloads their notices on /track/; 我的 › 开具证明 offers
 * every certificate; a department handled by its own system shows no
 * workflow buttons. Axe on the resident pages in both modes.
 */

const SERVICE = '030502'
const ADMIN_PAGE_TIMEOUT_MS = 60_000
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
}, 120_000)
afterAll(() => browser.close())

const forwardedFor = () => `10.201.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`

async function call(path: string, body: unknown, headers: Record<string, string> = {}, method = 'POST'): Promise<Response> {
  return fetch(`${baseUrl()}${path}`, { method, headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor(), ...headers }, body: body === undefined ? undefined : JSON.stringify(body) })
}

/** A resident's application over the API, and its id as the reviewer sees it. */
async function submitted(): Promise<SubmitAnswer & { id: string }> {
  const response = await call('/api/applications/submit', {
    serviceCode: SERVICE,
    divisionCode: '410105001001',
    applicant: { name: '孙晓梅', idNumber: '11010519491231002X', phone: '13800138077', email: '' },
    answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
  })
  expect(response.status).toBe(201)
  const answer = (await response.json()) as SubmitAnswer
  const found = await fetch(`${baseUrl()}/api/applications?where[trackingNumber][equals]=${answer.trackingNumber}&depth=0`, { headers: await staffHeaders('reviewer-community') })
  return { ...answer, id: ((await found.json()) as { docs: { id: string }[] }).docs[0]!.id }
}

const openCase = async (page: Page, trackingNumber: string) => {
  await page.goto(`/admin/collections/applications?where[trackingNumber][equals]=${trackingNumber}`)
  await followListLink(page, page.getByRole('link', { name: trackingNumber }), ADMIN_PAGE_TIMEOUT_MS)
}

describe('notices and certificates', () => {
  it('gives a case worker a 打印 link per notice the case allows, opening the PDF', async () => {
    const application = await submitted()
    expect((await call(`/api/applications/${application.id}/actions`, { action: 'accept' }, await staffHeaders('reviewer-community'))).status).toBe(200)
    const page = await newPage(browser)
    await signIn(page, 'reviewer-community')
    await openCase(page, application.trackingNumber)
    const link = page.getByRole('link', { name: '打印受理通知书' })
    await link.waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
    expect(await page.getByRole('link', { name: '打印收件回执' }).count()).toBe(1)
    expect(await page.getByRole('link', { name: '打印不予受理决定书' }).count()).toBe(0)
    // The link as the browser follows it, with the reviewer's session.
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, baseUrl()).toString())
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/pdf')
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
    expect(await axeViolations(page, ['[data-notice-links]'])).toEqual([])
    await page.context().close()
  }, 180_000)

  it('hides the workflow buttons of a department handled by its own system instead of reviewers', async () => {
    const admin = await staffHeaders('admin-city')
    const service = (await (await fetch(`${baseUrl()}/api/services?where[code][equals]=${SERVICE}&depth=0`, { headers: admin })).json()) as { docs: { department: string }[] }
    const existing = (await (await fetch(`${baseUrl()}/api/department-systems?where[department][equals]=${service.docs[0]!.department}&depth=0`, { headers: admin })).json()) as { docs: { id: string }[] }
    for (const doc of existing.docs) await call(`/api/department-systems/${doc.id}`, undefined, admin, 'DELETE')
    const created = await call(
      '/api/department-systems',
      { name: '人社局审批系统', department: service.docs[0]!.department, mode: 'instead', webhookUrl: 'https://hooks.example.org/yizhan', signingSecret: 'browser-test-signing-secret-0123456789' },
      admin,
    )
    expect(created.status).toBe(201)
    const systemId = ((await created.json()) as { doc: { id: string } }).doc.id
    try {
      const application = await submitted()
      const page = await newPage(browser)
      await signIn(page, 'reviewer-community')
      await openCase(page, application.trackingNumber)
      await page.getByText('这件申请由“人社局审批系统”办理，请在该系统中操作。').waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
      expect(await page.getByRole('button', { name: '受理', exact: true }).count()).toBe(0)
      expect(await page.getByRole('button', { name: '不予受理' }).count()).toBe(0)
      await page.context().close()
    } finally {
      await call(`/api/department-systems/${systemId}`, undefined, admin, 'DELETE')
    }
  }, 180_000)

  it.each(['standard', 'elderly'])('lets the applicant download their notices on /track/ (%s mode)', async (mode) => {
    const application = await submitted()
    const page = await newPage(browser, { extraHTTPHeaders: { 'X-Forwarded-For': forwardedFor() } })
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await page.goto(`/track/?t=${application.trackingNumber}`)
    await page.getByLabel('查询码').fill(application.queryCode)
    await page.getByRole('button', { name: '查询' }).click()
    const button = page.getByRole('button', { name: '下载收件回执（PDF）' })
    await button.waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(download.suggestedFilename()).toContain('收件回执')
    expect(await axeViolations(page), 'status with notices').toEqual([])
    await page.context().close()
  }, 120_000)

  it.each(['standard', 'elderly'])('offers every certificate in 我的 › 开具证明 (%s mode)', async (mode) => {
    const page = await newPage(browser, { extraHTTPHeaders: { 'X-Forwarded-For': forwardedFor() } })
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await signInWithScript(page, `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`)
    const section = page.locator('section[aria-labelledby="certificates-title"]')
    for (const name of ['开具居住证明', '开具家庭成员关系证明', '开具低保对象登记证明', '开具残疾人登记证明', '开具退役军人登记证明']) {
      expect(await section.getByRole('button', { name }).count()).toBe(1)
    }
    // Not verified: the refusal says what to do.
    await section.getByRole('button', { name: '开具低保对象登记证明' }).click()
    await page.getByText('需要先完成实名核验').waitFor()
    await page.goBack()
    await section.waitFor()
    expect(await axeViolations(page), '我的').toEqual([])
    await page.context().close()
  }, 120_000)
})
