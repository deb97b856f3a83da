import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, newPage, signIn, signInThroughForm } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('the admin', () => {
  it('greets a demo user with the Chinese dashboard, even when the browser asks for English', async () => {
    const page = await newPage(browser, { locale: 'en-US' })
    await signInThroughForm(page, 'admin-district')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh')
    await expect.poll(() => page.title()).toContain('一站通')
    await page.getByRole('heading', { level: 2, name: '组织与人员' }).waitFor()
    const cards = await page.getByRole('heading', { level: 3 }).allTextContents()
    expect(cards).toEqual(expect.arrayContaining(['工作人员', '行政区划', '部门']))
  })

  it('offers English to staff who choose it', async () => {
    const page = await newPage(browser)
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: baseUrl() }])
    await signInThroughForm(page, 'editor-city')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.getByRole('heading', { level: 2, name: 'Organisation' }).waitFor()
    const cards = await page.getByRole('heading', { level: 3 }).allTextContents()
    expect(cards).toEqual(expect.arrayContaining(['Staff', 'Divisions', 'Departments']))
  })

  it('lists only the staff of a district admin\'s own district', async () => {
    const page = await newPage(browser)
    await signIn(page, 'admin-district')
    await page.goto('/admin/collections/users?limit=50')
    await expect.poll(() => page.locator('tbody tr').count()).toBe(20)
    await expect.poll(() => page.getByText('admin-city', { exact: true }).count()).toBe(0)
    await expect.poll(() => page.getByText('registrar-community', { exact: true }).count()).toBe(1)
  })

  it('shows the seeded divisions tree', async () => {
    const page = await newPage(browser)
    await signIn(page, 'admin-city')
    await page.goto('/admin/collections/divisions?limit=100&where[level][equals]=district')
    await expect.poll(() => page.locator('tbody tr').count()).toBe(5)
    await expect.poll(() => page.getByText('郑州市金水区', { exact: true }).count()).toBe(1)
  })

  it('asks for the current password when staff change their own', async () => {
    const page = await newPage(browser)
    await signIn(page, 'registrar-street')
    await page.goto('/admin/account')
    await page.getByRole('button', { name: '更改密码' }).click()
    await page.locator('#field-password').waitFor()
    expect(await page.locator('#field-currentPassword').count()).toBe(0)
    // Typed as a person types: the admin validates the fields as they change.
    await page.locator('#field-password').pressSequentially('New-password-2026')
    await page.locator('#field-confirm-password').pressSequentially('New-password-2026')
    await page.locator('#field-currentPassword').pressSequentially('not-the-password-1')
    // The admin re-validates the form on the server after each pause in typing; a person pauses before saving.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('当前密码不正确').first().waitFor()
  })

  it('refuses a wrong password in Chinese', async () => {
    const page = await newPage(browser)
    await page.goto('/admin/login')
    await page.getByLabel('电子邮件或用户名').fill('admin-city')
    await page.getByLabel('密码').fill('not-the-password-1')
    await page.getByRole('button', { name: '登录' }).click()
    await expect.poll(() => page.getByText(/用户名|密码|不正确|无效/).count()).toBeGreaterThan(0)
    expect(new URL(page.url()).pathname).toBe('/admin/login')
  })
})
