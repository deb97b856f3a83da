import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, launchBrowser, newPage } from './browser'
import { signInWithoutScript, signInWithScript } from './resident'

/**
 * Residents' sign-in on the portal against the real endpoints (demo mode,
 * so the code is shown on the page): with JavaScript, without it, and what
 * the resident's session may reach (no admin, nothing more over GraphQL).
 */

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

let numbers = 0
const newPhone = (): string => `1350000${String(process.pid % 100).padStart(2, '0')}${String((numbers += 1)).padStart(2, '0')}`

/** The document ids a GraphQL answer holds (none when it was refused). */
const idsIn = (answer: unknown): string[] => [...JSON.stringify(answer).matchAll(/"id":"([^"]+)"/g)].map((match) => match[1]!)

const graphql = async (page: Page, query: string): Promise<unknown> => (await page.request.post('/api/graphql', { data: { query } })).json()

describe('signing in on the portal', () => {
  it('with JavaScript: number, code, consent, then 我的 in an HttpOnly cookie; and no admin', async () => {
    const page = await newPage(browser)
    const phone = newPhone()
    await signInWithScript(page, phone)
    await expect.poll(() => page.locator('[data-slot="phone"]').textContent()).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`)
    expect(await page.locator('[data-slot="consent"]').textContent()).toMatch(/^已同意/)
    const cookie = (await page.context().cookies()).find((each) => each.name === 'yizhan-resident')!
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Lax')

    // A resident's session gets no admin.
    await page.goto('/admin')
    await page.waitForURL((url) => url.pathname === '/admin/unauthorized')

    // Nothing more over GraphQL than anonymous.
    const anonymous = await newPage(browser)
    for (const query of ['{ Applications(limit: 50) { docs { id } } }', '{ Residents(limit: 50) { docs { id } } }', '{ Persons(limit: 5) { docs { id } } }', '{ Notifications(limit: 5) { docs { id } } }']) {
      const anonymousIds = idsIn(await graphql(anonymous, query))
      const extra = idsIn(await graphql(page, query)).filter((id) => !anonymousIds.includes(id))
      expect({ query, extra }).toEqual({ query, extra: [] })
    }

    await page.goto('/my/')
    await page.getByRole('button', { name: '退出登录' }).click()
    await page.waitForURL((url) => url.pathname === '/my/sign-in/')
    expect((await page.request.get('/api/residents/me')).status()).toBe(401)
    await page.context().close()
    await anonymous.context().close()
  }, 60_000)

  it('without JavaScript: the code request answers with the code form, the sign-in with 我的', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false })
    const phone = newPhone()
    await signInWithoutScript(page, phone)
    expect((await page.context().cookies()).some((each) => each.name === 'yizhan-resident')).toBe(true)
    expect((await page.request.get('/api/residents/me')).status()).toBe(200)
    await page.context().close()
  }, 60_000)
})

describe('accessibility of the account pages', () => {
  it.each(['standard', 'elderly'])('has no axe-core violations in the %s mode', async (mode) => {
    const page = await newPage(browser)
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await page.goto('/privacy/')
    expect(await axeViolations(page), 'privacy notice').toEqual([])
    await page.goto('/my/sign-in/')
    await page.getByRole('button', { name: '获取验证码' }).click()
    await page.locator('#sign-in-errors').waitFor()
    expect(await axeViolations(page), 'sign-in with errors').toEqual([])
    await signInWithScript(page, newPhone())
    await page.getByRole('button', { name: '保存实名信息' }).click()
    await page.locator('#my-errors').waitFor()
    expect(await axeViolations(page), '我的 with errors').toEqual([])
    await page.context().close()
  }, 60_000)
})
