import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, axeWithoutScript, baseUrl, launchBrowser, newPage, staffHeaders } from './browser'
import { signInWithoutScript, signInWithScript } from './resident'

/**
 * 预约 against the real platform: a signed-in resident books a counter
 * service step by step from /appointments/ (plain forms: the same with and
 * without JavaScript), sees the QR code, finds the booking in 我的预约 and
 * cancels it; a hotline agent books for a caller. Axe in both modes.
 */

const SERVICE = '010103'
const CENTRE_NAME = '金水区政务服务中心'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

let clients = 0
const residentPage = (options: Parameters<typeof newPage>[1] = {}) => newPage(browser, { extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${120 + ++clients}` }, ...options })
const randomPhone = () => `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

/** From /appointments/ to the confirmation: service, centre, the first free slot, the name. Returns the booking's number. */
async function bookOnPages(page: Page, check?: (step: string) => Promise<void>): Promise<string> {
  await page.goto('/appointments/')
  await check?.('/appointments/')
  await page.getByLabel('要办理的事项').selectOption(SERVICE)
  await page.getByRole('button', { name: '下一步' }).click()
  await page.getByLabel(new RegExp(`^${CENTRE_NAME}`)).check()
  await page.getByRole('button', { name: '下一步' }).click()
  await page.locator('input[name="slot"]:not([disabled])').first().check()
  await page.getByLabel('办事人姓名').fill('王芳')
  await check?.('slots')
  await page.getByRole('button', { name: '预约', exact: true }).click()
  await page.getByRole('heading', { name: '预约成功' }).waitFor()
  expect(await page.locator('.appointment-qr svg').count()).toBe(1)
  await check?.('confirmation')
  return /YY[A-Z2-9]{8}/.exec((await page.locator('.appointment-qr figcaption').textContent()) ?? '')![0]
}

/** 我的预约: the booking with its QR code, then cancelled there. */
async function cancelFromMine(page: Page, number: string): Promise<void> {
  await page.goto('/my/')
  await page.getByRole('link', { name: '查看我的预约' }).click()
  await page.getByRole('heading', { level: 1, name: '我的预约' }).waitFor()
  const card = page.getByRole('region', { name: `预约${number}` })
  expect(await card.locator('svg').count()).toBe(1)
  await card.getByRole('button', { name: `取消预约 ${number}` }).click()
  await page.getByRole('heading', { name: '预约已取消' }).waitFor()
}

describe('预约 at service centres', () => {
  it('the guide of a counter service links to booking', async () => {
    const page = await residentPage()
    await page.goto(`/services/${SERVICE}/`)
    expect(await page.getByRole('link', { name: '预约办理' }).getAttribute('href')).toContain(`/api/appointments/book?service=${SERVICE}`)
    await page.context().close()
  })

  it('with JavaScript: a signed-in resident books, sees the QR code and cancels in 我的预约', async () => {
    const page = await residentPage()
    await signInWithScript(page, randomPhone())
    const number = await bookOnPages(page)
    await cancelFromMine(page, number)
    await page.context().close()
  }, 120_000)

  it('without JavaScript: the same steps as plain form posts', async () => {
    const page = await residentPage({ javaScriptEnabled: false })
    await signInWithoutScript(page, randomPhone())
    const number = await bookOnPages(page)
    await cancelFromMine(page, number)
    await page.context().close()
  }, 120_000)

  it('a hotline agent books for a caller by phone and name', async () => {
    const page = await residentPage()
    await page.goto(`/api/appointments/book?service=${SERVICE}`)
    // Residents who are not signed in are sent to sign in first.
    expect(new URL(page.url()).pathname).toBe('/my/sign-in/')
    await page.context().close()
    const centres = await (await fetch(`${baseUrl()}/api/service-centres?where[name][equals]=${encodeURIComponent(CENTRE_NAME)}&depth=0`)).json()
    const slotsPage = await residentPage()
    await signInWithScript(slotsPage, randomPhone())
    await slotsPage.goto(`/api/appointments/book?service=${SERVICE}&centre=${centres.docs[0].id}`)
    const slot = await slotsPage.locator('input[name="slot"]:not([disabled])').last().getAttribute('value')
    await slotsPage.context().close()
    const response = await fetch(`${baseUrl()}/api/appointments/desk`, {
      method: 'POST',
      headers: { ...(await staffHeaders('agent-district')), 'Content-Type': 'application/json' },
      body: JSON.stringify({ service: SERVICE, centre: centres.docs[0].id, slot, name: '赵敏', phone: randomPhone() }),
    })
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({ status: 'booked', service: SERVICE })
  }, 120_000)

  it.each(['standard', 'elderly'])('has no axe-core violations in the %s mode, with and without JavaScript', async (mode) => {
    const page = await residentPage()
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await signInWithScript(page, randomPhone())
    const number = await bookOnPages(page, async (step) => {
      expect(await axeViolations(page), step).toEqual([])
      expect(await axeWithoutScript(browser, page, mode), `${step} without JavaScript`).toEqual([])
    })
    await page.goto('/api/appointments/mine')
    await page.getByRole('region', { name: `预约${number}` }).waitFor()
    expect(await axeViolations(page), '我的预约').toEqual([])
    await page.context().close()
  }, 180_000)
})
