import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, axeWithoutScript, launchBrowser, newPage } from './browser'
import { confirmation, fillBundleForm, fillQuestions, pageForm, picture } from './bundleForm'
import { registeredPerson, verifiedResident } from './resident'

/**
 * 一件事 on the portal, against the real platform: a bundle that can be
 * applied for as one offers 一次申请, its one form submits every service at
 * once, the confirmation lists the joint number, query code and each
 * member's tracking number, and /track/ opens the joint status; a bundle
 * that cannot says why; the same without JavaScript; axe in the normal and
 * the elderly mode.
 */

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

let clients = 0
const residentPage = (options: Parameters<typeof newPage>[1] = {}) =>
  newPage(browser, { extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${120 + ++clients}` }, ...options })

/** A person registered in 纬五路社区 and a page signed in and verified as them; `serial` (0–9) keeps tests apart. */
async function verifiedPage(serial: number, name: string): Promise<{ page: Page; person: { idNumber: string; name: string } }> {
  const suffix = String((process.pid % 100) * 10 + serial).padStart(3, '0')
  const person = await registeredPerson(`41010519600412${suffix}`, name)
  const page = await residentPage()
  await verifiedResident(page, `1360002${suffix}${serial}`, person)
  return { page, person }
}

describe('a 一件事 on the portal', () => {
  it.each(['standard', 'elderly'])('is applied for as one from its page, confirmed with each member, and tracked as one (%s mode, axe-clean)', async (mode) => {
    const page = await residentPage()
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await page.goto('/bundles/retirement/')
    expect(await axeViolations(page), 'bundle page').toEqual([])
    await page.getByRole('link', { name: '一次申请退休一件事' }).click()
    await page.getByRole('heading', { level: 1, name: '一次申请：退休一件事' }).waitFor()
    // The form's script runs by the load event; a press before would post the form itself.
    await page.waitForLoadState('load')

    await page.getByRole('button', { name: '继续' }).click()
    await page.locator('#error-summary').waitFor()
    expect(await axeViolations(page), 'form with errors').toEqual([])
    await fillBundleForm(page, true)
    await page.getByRole('button', { name: '继续' }).click()
    await page.getByRole('heading', { name: '核对您填写的内容' }).waitFor()
    expect(await axeViolations(page), 'check step').toEqual([])
    await page.getByRole('button', { name: '确认提交' }).click()
    const { members, number, queryCode } = await confirmation(page)
    expect(members).toHaveLength(3)
    expect(members.every((member) => /^YZ\d{14}$/.test(member))).toBe(true)
    expect(await axeViolations(page), 'confirmation').toEqual([])

    await page.getByRole('link', { name: '查询办理进度' }).click()
    await page.getByLabel('查询码').fill(queryCode)
    await page.getByRole('button', { name: '查询', exact: true }).click()
    await page.getByText('整体状态').waitFor()
    expect(await page.locator('[data-joint-status]').textContent()).toBe('已提交')
    expect(await page.locator('[data-member]').count()).toBe(3)
    expect(await page.content()).toContain(number)
    expect(await axeViolations(page), 'joint status').toEqual([])
    await page.context().close()
  }, 120_000)

  it('says plainly when a bundle cannot be applied for as one, and lists the separate ways', async () => {
    const page = await residentPage()
    await page.goto('/bundles/birth/')
    await page.getByRole('heading', { name: '这件事暂不能一次申请' }).waitFor()
    const callout = (await page.locator('[data-bundle-separately]').textContent())!
    expect(callout).toContain('“出生医学证明首次签发”需要到办理窗口现场办理')
    expect(callout).toContain('出生登记：在本平台网上申请')
    expect(await page.locator('a[href^="/apply/bundles/"]').count()).toBe(0)
    expect((await page.goto('/apply/bundles/birth/'))!.status()).toBe(404)
    await page.context().close()
  })

  it.each(['standard', 'elderly'])('works without JavaScript: the server’s check page, the materials chosen there, the joint confirmation page, then the joint status (%s mode, axe-clean)', async (mode) => {
    const page = await residentPage({ javaScriptEnabled: false })
    await page.goto('/apply/bundles/business-start/')
    expect(await axeWithoutScript(browser, page, mode), 'form').toEqual([])
    await fillBundleForm(page, false)
    const definition = await pageForm(page)
    await page.getByRole('button', { name: '继续' }).click()

    await page.getByRole('heading', { level: 1, name: '核对您填写的内容' }).waitFor()
    expect(await page.locator('.lead').textContent()).toContain('一件事：开办企业一件事')
    const listed = (await page.locator('.summary-list').allTextContents()).join('')
    expect(listed).toContain('赵卫东')
    expect(listed).toContain('纬五路社区')
    for (const field of definition.fields.filter((each) => each.required)) expect(listed).toContain(field.label)
    expect(await page.locator('form input[type="hidden"][name="bundleCode"]').getAttribute('value')).toBe('business-start')
    expect(await axeWithoutScript(browser, page, mode), 'check page').toEqual([])
    // Files cannot be carried from the form: they are chosen on this page.
    for (const [index, upload] of definition.uploads.entries()) {
      if (upload.required) await page.locator(`[name="upload-${index}"]`).setInputFiles(await picture())
    }
    await page.getByRole('button', { name: '确认提交' }).click()
    const { members } = await confirmation(page)
    expect(members).toHaveLength(4)
    expect(await axeWithoutScript(browser, page, mode), 'confirmation').toEqual([])
    await page.getByRole('button', { name: '查询办理进度' }).click()
    await page.getByText('整体状态').waitFor()
    expect(await page.locator('[data-member]').count()).toBe(4)
    expect(await axeWithoutScript(browser, page, mode), 'joint status').toEqual([])
    await page.context().close()
  }, 120_000)

  it('fills the one form from the platform for a verified resident who ticks the one consent box (axe-clean in both modes)', async () => {
    const { page, person } = await verifiedPage(7, '孙秀兰')
    await page.goto('/apply/bundles/retirement/')
    await page.waitForLoadState('load')
    // One box for all three services, naming what is read.
    await page.getByLabel(/^使用平台已有的信息为我填写：姓名、身份证号码、手机号码、所在社区/).check()
    await page.getByText('已用平台已有的信息填写，请核对。').waitFor()
    expect(await page.getByLabel('姓名', { exact: true }).inputValue()).toBe(person.name)
    expect(await page.getByLabel('身份证号码', { exact: true }).inputValue()).toBe(person.idNumber)
    expect(await page.getByLabel('社区', { exact: true }).inputValue()).toBe('410105001001')
    for (const mode of ['standard', 'elderly']) {
      await page.evaluate((chosen) => (chosen === 'elderly' ? document.documentElement.setAttribute('data-mode', 'elderly') : document.documentElement.removeAttribute('data-mode')), mode)
      expect(await axeViolations(page), `filled form, ${mode}`).toEqual([])
    }
    await fillQuestions(page)
    await page.getByRole('button', { name: '继续' }).click()
    await page.getByRole('heading', { name: '核对您填写的内容' }).waitFor()
    expect(await page.locator('[data-check-answers]').textContent()).toContain(person.name)
    await page.getByRole('button', { name: '确认提交' }).click()
    expect((await confirmation(page)).members).toHaveLength(3)
    await page.context().close()
  }, 120_000)

  it('refills the one form without JavaScript: the server renders it filled from the platform, on through the check page (axe-clean in both modes)', async () => {
    const { page: signedIn, person } = await verifiedPage(8, '钱玉芬')
    const page = await residentPage({ javaScriptEnabled: false, storageState: await signedIn.context().storageState() })
    await signedIn.context().close()
    await page.goto('/apply/bundles/retirement/')
    // The server's filled form has no script data: the questions are read from the portal's page first.
    const definition = await pageForm(page)
    await page.getByLabel(/^使用平台已有的信息为我填写/).check()
    await page.getByRole('button', { name: '用平台已有的信息填写（不提交）' }).click()
    await page.getByRole('heading', { level: 1, name: '一次申请：退休一件事' }).waitFor()
    await page.locator('[data-filled]').waitFor()
    expect(await page.getByLabel('姓名', { exact: true }).inputValue()).toBe(person.name)
    expect(await page.locator('#divisionCode-all').inputValue()).toBe('410105001001')
    expect(await page.locator('input[type="hidden"][name="reuse.consent"]').getAttribute('value')).toBe('yes')
    for (const mode of ['standard', 'elderly']) expect(await axeWithoutScript(browser, page, mode), `filled form, ${mode}`).toEqual([])
    await page.getByLabel('手机号码', { exact: true }).fill('13900007702')
    await fillQuestions(page, definition)
    await page.getByRole('button', { name: '继续' }).click()
    await page.getByRole('heading', { level: 1, name: '核对您填写的内容' }).waitFor()
    expect((await page.locator('.summary-list').allTextContents()).join('')).toContain(person.name)
    await page.getByRole('button', { name: '确认提交' }).click()
    expect((await confirmation(page)).members).toHaveLength(3)
    await page.context().close()
  }, 120_000)
})
