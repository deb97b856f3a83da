import type { Browser, Page } from 'playwright-core'
import QRCode from 'qrcode'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chinaDate, shiftDays } from '../../collections/CalendarDays/workingDays'
import { citizenIdCheckCharacter } from '../../collections/validation/identity'
import { axeViolations, axeWithoutScript, baseUrl, launchBrowser, newPage, staffHeaders } from './browser'

/**
 * 服务人员核验 against the running platform: the live page of a green, a
 * yellow and a red card and an unknown one, the lookup form without
 * JavaScript, and the printable card's QR code leading to the page; axe in
 * the normal and 长辈版 modes.
 */

let browser: Browser
type SeenWorker = { id: string; cardNumber: string; status: { colour: string } }
const cards: Record<'green' | 'red' | 'yellow', SeenWorker> = {} as never

/** A red card: a worker of 安居 whose health certificate lapsed yesterday, filed by city staff. */
async function fileLapsedWorker(staff: Record<string, string>): Promise<SeenWorker> {
  const providers = (await (await fetch(`${baseUrl()}/api/providers?where[name][equals]=郑州安居便民维修服务有限公司&depth=0`, { headers: staff })).json()) as { docs: { id: string; categories: string[] }[] }
  const provider = providers.docs[0]!
  const first17 = '41010519850202015'
  const inAYear = shiftDays(chinaDate(), 365)
  const response = await fetch(`${baseUrl()}/api/workers?depth=0`, {
    method: 'POST',
    headers: { ...staff, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      provider: provider.id,
      name: '周建国',
      idNumber: first17 + citizenIdCheckCharacter(first17),
      categories: [provider.categories[0]],
      certificates: [
        { kind: 'health', validUntil: shiftDays(chinaDate(), -1) },
        { kind: 'insurance', validUntil: inAYear },
        { kind: 'background', validUntil: inAYear },
      ],
    }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: SeenWorker }).doc
}

beforeAll(async () => {
  browser = await launchBrowser()
  const staff = await staffHeaders('life-city')
  const seeded = (await (await fetch(`${baseUrl()}/api/workers?depth=0&limit=100`, { headers: staff })).json()) as { docs: SeenWorker[] }
  cards.green = seeded.docs.find((worker) => worker.status.colour === 'green')!
  cards.yellow = seeded.docs.find((worker) => worker.status.colour === 'yellow')!
  cards.red = await fileLapsedWorker(staff)
}, 120_000)
afterAll(() => browser.close())

const residentPage = (options: Parameters<typeof newPage>[1] = {}) => newPage(browser, { extraHTTPHeaders: { 'X-Forwarded-For': `10.200.21.${Math.floor(Math.random() * 200) + 10}` }, ...options })

async function inMode(page: Page, mode: string): Promise<void> {
  if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
}

const WORDS = {
  green: ['绿码', '可以上门服务'],
  yellow: ['黄码', '证件即将到期'],
  red: ['红码', '请勿让其上门'],
} as const

describe('the worker verification page', () => {
  it.each(['standard', 'elderly'])('shows green, yellow and red cards in words and symbols, with no personal data (%s mode)', async (mode) => {
    const page = await residentPage()
    await inMode(page, mode)
    for (const colour of ['green', 'yellow', 'red'] as const) {
      const answer = await page.goto(`/life/workers/${cards[colour].cardNumber}/`)
      expect(answer?.status()).toBe(200)
      const banner = page.locator(`[data-worker-colour="${colour}"]`)
      for (const words of WORDS[colour]) expect(await banner.textContent()).toContain(words)
      const text = (await page.locator('main').textContent())!
      expect(text).toContain(cards[colour].cardNumber)
      expect(text).not.toMatch(/\d{17}[\dX]|1\d{10}/)
      expect(await axeViolations(page), `${colour} card`).toEqual([])
    }
    expect(await page.locator('main').textContent()).toContain('周**')
    expect(await page.locator('main').textContent()).not.toContain('周建国')
    await page.context().close()
  }, 120_000)

  it('answers an unknown card with a 404 page giving the hotline', async () => {
    const page = await residentPage()
    const answer = await page.goto('/life/workers/FWAAAAAAAA/')
    expect(answer?.status()).toBe(404)
    expect(await page.locator('main h1').textContent()).toBe('没有找到这张服务卡')
    expect(await page.locator('main').textContent()).toContain('12345')
    expect(await axeViolations(page), 'unknown card').toEqual([])
    await page.context().close()
  }, 60_000)

  it.each(['standard', 'elderly'])('finds a card from the lookup form without JavaScript (%s mode)', async (mode) => {
    const page = await residentPage({ javaScriptEnabled: false })
    await page.goto('/life/workers/')
    expect(await axeWithoutScript(browser, page, mode), 'lookup form').toEqual([])
    await page.getByLabel('服务卡号').fill(cards.green.cardNumber.toLowerCase())
    await page.getByRole('button', { name: '核验' }).click()
    await page.waitForURL(`**/life/workers/${cards.green.cardNumber}/`)
    expect(await page.locator('[data-worker-colour="green"]').count()).toBe(1)
    expect(await axeWithoutScript(browser, page, mode), 'card page without script').toEqual([])
    await page.context().close()
  }, 120_000)

  it("prints a card whose QR code holds the address of the worker's page", async () => {
    const response = await fetch(`${baseUrl()}/api/workers/${cards.green.id}/card`, { headers: await staffHeaders('life-city') })
    expect(response.status).toBe(200)
    const markup = await response.text()
    const url = /data-verification-url>([^<]+)</.exec(markup)![1]!
    expect(new URL(url).pathname).toBe(`/life/workers/${cards.green.cardNumber}/`)
    // The same encoder with the same options draws the same modules: the code holds exactly this address.
    const drawn = /<path[^>]*d="([^"]+)"/g
    const expected = [...(await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })).matchAll(drawn)].map((match) => match[1])
    expect([...markup.matchAll(drawn)].map((match) => match[1])).toEqual(expected)
    expect((await fetch(`${baseUrl()}${new URL(url).pathname}`, { headers: { 'X-Forwarded-For': '10.200.21.250' } })).status).toBe(200)
    expect((await fetch(`${baseUrl()}/api/workers/${cards.green.id}/card`)).status).toBe(401)
  }, 60_000)
})
