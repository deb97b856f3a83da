import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SubmitAnswer } from '../../collections/Applications/states'
import { axeViolations, axeWithoutScript, baseUrl, launchBrowser, newPage, staffHeaders } from './browser'

/**
 * A result document against the running platform: a reviewer finishes an
 * application with 准予, the applicant downloads the PDF on /track/, and
 * anyone checks its number on /verify/ — with the QR code's ?n= and the
 * script, and without JavaScript — before and after staff revoke it; axe in
 * the normal and 长辈版 modes.
 */

let browser: Browser
let submitted: SubmitAnswer
let number: string
let documentId: string

async function call(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl()}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.200.9.1', ...headers }, body: JSON.stringify(body) })
}

/** An approved application of 030502 with a result template: its document's number and id. */
async function issueOne(): Promise<void> {
  const editor = await staffHeaders('admin-city')
  const services = (await (await fetch(`${baseUrl()}/api/services?where[code][equals]=030502&depth=0`, { headers: editor })).json()) as { docs: { id: string }[] }
  const template = await call('/api/result-templates', { service: services.docs[0]!.id, title: '{事项名称}办理结果', body: '{申请人}：\n您申请的{事项名称}已于{办结日期}办结，准予办理。\n{办理结果}' }, editor)
  expect(template.status).toBe(201)
  const submit = await call('/api/applications/submit', {
    serviceCode: '030502',
    divisionCode: '410105001001',
    applicant: { name: '赵晓明', idNumber: '11010519491231002X', phone: '13800138099', email: '' },
    answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
  })
  expect(submit.status).toBe(201)
  submitted = (await submit.json()) as SubmitAnswer
  const reviewer = await staffHeaders('reviewer-community')
  const found = (await (await fetch(`${baseUrl()}/api/applications?where[trackingNumber][equals]=${submitted.trackingNumber}&depth=0`, { headers: reviewer })).json()) as { docs: { id: string }[] }
  const id = found.docs[0]!.id
  for (const [action, note] of [['accept', ''], ['startProcessing', ''], ['approve', '经审核，准予认定。']]) {
    expect((await call(`/api/applications/${id}/actions`, { action, note }, reviewer)).status).toBe(200)
  }
  const documents = (await (await fetch(`${baseUrl()}/api/result-documents?where[application][equals]=${id}&depth=0`, { headers: reviewer })).json()) as { docs: { id: string; number: string }[] }
  number = documents.docs[0]!.number
  documentId = documents.docs[0]!.id
}

beforeAll(async () => {
  browser = await launchBrowser()
  await issueOne()
}, 120_000)
afterAll(() => browser.close())

const residentPage = (options: Parameters<typeof newPage>[1] = {}) => newPage(browser, { extraHTTPHeaders: { 'X-Forwarded-For': `10.200.9.${Math.floor(Math.random() * 200) + 10}` }, ...options })

async function inMode(page: Page, mode: string): Promise<void> {
  if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
}

describe('result documents on the portal', () => {
  it('lets the applicant download the PDF from /track/', async () => {
    const page = await residentPage()
    await page.goto(`/track/?t=${submitted.trackingNumber}`)
    await page.getByLabel('查询码').fill(submitted.queryCode)
    await page.getByRole('button', { name: '查询' }).click()
    await page.locator('[data-slot="resultDocument"]').filter({ hasText: number }).waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载结果文件（PDF）' }).click()])
    const bytes = await (await download.createReadStream()).toArray()
    expect(Buffer.concat(bytes).subarray(0, 5).toString()).toBe('%PDF-')
    expect(download.suggestedFilename()).toContain(number)
    expect(await axeViolations(page), 'status with the result document').toEqual([])
    await page.context().close()
  }, 120_000)

  it.each(['standard', 'elderly'])('checks the number from the QR code with the script (%s mode)', async (mode) => {
    const page = await residentPage()
    await inMode(page, mode)
    await page.goto(`/verify/?n=${number}`)
    await page.locator('[data-verify-status]').filter({ hasText: '有效' }).waitFor()
    expect(await page.getByLabel('核验编号').inputValue()).toBe(number)
    const rows = await page.locator('[data-verify-rows]').textContent()
    expect(rows).toContain('赵**')
    expect(rows).not.toContain('晓明')
    expect(await axeViolations(page), 'verified').toEqual([])
    // A malformed number: the error beside the field and in the summary.
    await page.getByLabel('核验编号').fill('12345')
    await page.getByRole('button', { name: '查询' }).click()
    await page.locator('#verify-errors').filter({ hasText: '16位' }).waitFor()
    expect(await axeViolations(page), 'malformed number').toEqual([])
    await page.context().close()
  }, 120_000)

  it.each(['standard', 'elderly'])('checks a number without JavaScript: the form post is answered by a page (%s mode, axe on the markup)', async (mode) => {
    const page = await residentPage({ javaScriptEnabled: false })
    await page.goto(`/verify/?n=${number}`)
    expect(await page.getByLabel('核验编号').inputValue()).toBe('')
    expect(await axeWithoutScript(browser, page, mode), 'verify form').toEqual([])
    await page.getByLabel('核验编号').fill(number.toLowerCase())
    await page.getByRole('button', { name: '查询' }).click()
    await page.getByRole('heading', { name: '核验结果：有效' }).waitFor()
    expect(await page.locator('main').textContent()).toContain('赵**')
    expect(await axeWithoutScript(browser, page, mode), 'verify answer page').toEqual([])
    await page.context().close()
  }, 120_000)

  it('shows 已撤销 with the reason once staff revoke it, and 查无此件 for an unknown number', async () => {
    const revoke = await call(`/api/result-documents/${documentId}/revoke`, { note: '申请材料不实' }, await staffHeaders('reviewer-community'))
    expect(revoke.status).toBe(200)
    const page = await residentPage()
    await page.goto(`/verify/?n=${number}`)
    await page.locator('[data-verify-status]').filter({ hasText: '已撤销' }).waitFor()
    expect(await page.locator('[data-verify-rows]').textContent()).toContain('申请材料不实')
    await page.getByLabel('核验编号').fill('7K3M-Q9XA-2D4F-HT8B')
    await page.getByRole('button', { name: '查询' }).click()
    await page.locator('[data-verify-status]').filter({ hasText: '查无此件' }).waitFor()
    expect(await axeViolations(page), 'unknown number').toEqual([])
    await page.context().close()
  }, 120_000)
})
