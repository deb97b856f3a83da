import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { FormDefinition, FormField } from '../../collections/Applications/form/validate'
import type { BundleSubmitAnswer } from '../../collections/BundleCases/states'
import { axeViolations, axeWithoutScript, baseUrl, launchBrowser, newPage, staffHeaders } from './browser'
import { fillRequest, signInWithoutScript, signInWithScript } from './resident'

/**
 * 我的's 12345 requests against the real platform: a signed-in resident
 * files a web request (the phone filled in from the account), the desk
 * answers and closes it, and the resident rates it and says it is not
 * solved from 我的 — with JavaScript on /my/, and without it on the page
 * /my/'s <noscript> links to. A 一件事 submitted without an account is
 * added to 我的 by its joint number and query code, with and without
 * JavaScript. Axe in both modes.
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

/** A valid answer to a question of the merged form, as the JSON the portal's script sends. */
function answerTo(field: FormField): string | string[] {
  const first = field.options?.[0] ?? ''
  if (field.type === 'checkboxes') return [first]
  if (field.type === 'select' || field.type === 'radio') return first
  if (field.type === 'date') return '2026-01-05'
  if (field.type === 'number') return '10'
  return `${field.label}的回答`
}

/** 退休一件事 submitted without an account (the form's own definition read from its page, a picture for every material): its joint number, query code and members. */
async function bundleWithoutAccount(): Promise<BundleSubmitAnswer> {
  const page = await residentPage({ javaScriptEnabled: false })
  await page.goto('/apply/bundles/retirement/')
  const definition = JSON.parse((await page.locator('#application-form').textContent())!) as FormDefinition
  await page.context().close()
  const form = new FormData()
  const answers = Object.fromEntries(definition.fields.map((field) => [field.name, answerTo(field)]))
  form.append('application', JSON.stringify({ bundleCode: 'retirement', divisionCode: '410105001001', applicant: { name: '赵卫东', idNumber: '11010519491231002X', phone: randomPhone(), email: '' }, answers }))
  const picture = await sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 200, g: 210, b: 220 } } }).png().toBuffer()
  for (const index of definition.uploads.keys()) form.append(`upload-${index}`, new Blob([new Uint8Array(picture)], { type: 'image/png' }), 'material.png')
  const response = await fetch(`${baseUrl()}/api/applications/submit-bundle`, { method: 'POST', body: form, headers: { Accept: 'application/json', 'X-Forwarded-For': `198.51.100.${60 + ++clients}` } })
  expect(response.status).toBe(201)
  return (await response.json()) as BundleSubmitAnswer
}

/** Fill 我的's form that adds an earlier application or 一件事, and send it. */
async function claimOnMy(page: Page, { number, queryCode }: BundleSubmitAnswer): Promise<void> {
  await page.goto('/my/')
  await page.getByLabel('受理编号或联办编号').fill(number)
  await page.getByLabel('查询码').fill(queryCode)
  await page.getByRole('button', { name: '添加到我的' }).click()
}

describe('我的: a 一件事 submitted without an account', () => {
  it.each(['standard', 'elderly'])('with JavaScript: added by its joint number and query code, listed as one entry with its members (%s mode, axe-clean)', async (mode) => {
    const submitted = await bundleWithoutAccount()
    const page = await residentPage()
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await signInWithScript(page, randomPhone())
    await claimOnMy(page, submitted)
    await page.getByRole('status').getByText('已添加到“我的”。').waitFor()
    const joint = page.locator(`[data-bundle-case="${submitted.number}"]`)
    await joint.getByRole('heading', { name: '退休一件事（已提交）' }).waitFor()
    for (const member of submitted.members) await joint.locator(`[data-application="${member.trackingNumber}"]`).waitFor()
    expect(await page.locator('[data-list="applications"] > [data-application]').count()).toBe(0)
    expect(await axeViolations(page), '我的 with a 一件事').toEqual([])
    await page.context().close()
  }, 120_000)

  it.each(['standard', 'elderly'])('without JavaScript: the form post answered by a page, then 我的 as a page lists it (%s mode, axe-clean)', async (mode) => {
    const submitted = await bundleWithoutAccount()
    const page = await residentPage({ javaScriptEnabled: false })
    await signInWithoutScript(page, randomPhone())
    await claimOnMy(page, submitted)
    await page.getByText(`一件事 ${submitted.number}（退休一件事，共3项申请）已添加到“我的”。`).waitFor()
    expect(await axeWithoutScript(browser, page, mode), 'claimed page').toEqual([])
    await page.goto('/api/my/overview')
    const joint = page.locator(`[data-bundle-case="${submitted.number}"]`)
    await joint.getByRole('heading', { name: '退休一件事（已提交）' }).waitFor()
    expect(await joint.locator('[data-application]').count()).toBe(3)
    expect(await axeWithoutScript(browser, page, mode), '我的 with a 一件事 without JavaScript').toEqual([])
    await page.context().close()
  }, 120_000)
})
