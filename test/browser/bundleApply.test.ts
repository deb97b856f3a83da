import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, axeWithoutScript, launchBrowser, newPage } from './browser'
import { confirmation, fillBundleForm } from './bundleForm'

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

    await page.getByRole('button', { name: '提交申请' }).click()
    await page.locator('#error-summary').waitFor()
    expect(await axeViolations(page), 'form with errors').toEqual([])
    await fillBundleForm(page, true)
    await page.getByRole('button', { name: '提交申请' }).click()
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

  it.each(['standard', 'elderly'])('works without JavaScript: the form post answered by the joint confirmation page, then the joint status (%s mode, axe-clean)', async (mode) => {
    const page = await residentPage({ javaScriptEnabled: false })
    await page.goto('/apply/bundles/business-start/')
    expect(await axeWithoutScript(browser, page, mode), 'form').toEqual([])
    await fillBundleForm(page, false)
    await page.getByRole('button', { name: '提交申请' }).click()
    const { members } = await confirmation(page)
    expect(members).toHaveLength(4)
    expect(await axeWithoutScript(browser, page, mode), 'confirmation').toEqual([])
    await page.getByRole('button', { name: '查询办理进度' }).click()
    await page.getByText('整体状态').waitFor()
    expect(await page.locator('[data-member]').count()).toBe(4)
    expect(await axeWithoutScript(browser, page, mode), 'joint status').toEqual([])
    await page.context().close()
  }, 120_000)
})
