import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

import { launchBrowser, newPage, signInThroughForm } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

const fillSetupForm = async (
  page: Awaited<ReturnType<typeof newPage>>,
  fields: { confirm: string; password: string },
) => {
  await page.getByLabel('姓名').fill('城市管理员')
  await page.getByLabel(/^用户名/).fill('city-admin')
  await page.getByLabel(/^密码/).fill(fields.password)
  await page.getByLabel('再次输入密码').fill(fields.confirm)
  await page.getByRole('button', { name: '创建管理员' }).click()
}

describe('the one-time setup link', () => {
  it('refuses a wrong token without showing the form', async () => {
    const page = await newPage(browser)
    await page.goto('/setup?token=not-the-token')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('需要一次性设置链接')
    expect(await page.locator('form').count()).toBe(0)
  })

  it('explains problems in Chinese, also without JavaScript', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false })
    await page.goto(inject('setupUrl'))
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    await fillSetupForm(page, { password: 'City-admin-2026', confirm: 'City-admin-2027' })
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '请修改以下问题' }).textContent()).toContain('两次输入的密码不一致')
  })

  it('creates the first administrator once, who can then sign in', async () => {
    const page = await newPage(browser)
    await page.goto(inject('setupUrl'))
    await fillSetupForm(page, { password: 'short', confirm: 'short' })
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '请修改以下问题' }).textContent()).toContain('至少10位')

    await fillSetupForm(page, { password: 'City-admin-2026', confirm: 'City-admin-2026' })
    await page.waitForURL((url) => url.pathname === '/admin/login')
    await signInThroughForm(page, 'city-admin', 'City-admin-2026')
    await page.getByRole('heading', { level: 2, name: '组织与人员' }).waitFor()

    const again = await newPage(browser)
    await again.goto(inject('setupUrl'))
    expect(await again.getByRole('heading', { level: 1 }).textContent()).toBe('系统已设置管理员')
  })
})
