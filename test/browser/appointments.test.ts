import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, axeWithoutScript, baseUrl, launchBrowser, newPage, signInToDashboard, staffHeaders } from './browser'
import { DEFAULT_BOOKING_HOURS } from '../../scripts/lib/seed/appointmentSchedules'
import { signInWithoutScript, signInWithScript } from './resident'

/**
 * 预约 against the real platform: a signed-in resident books a counter
 * service step by step from /appointments/ (plain forms: the same with and
 * without JavaScript), sees the QR code, finds the booking in 我的预约,
 * changes its time (改约) and cancels it; a hotline agent books for a
 * caller; centre staff reach 预约签到 from the admin's navigation and mark a
 * booking 标记未到, then undo it. Axe in both modes.
 */

const SERVICE = '010103'
const CENTRE_NAME = '金水区政务服务中心'
/** The centre whose hours the staff test changes for a moment (no other test books there). */
const STAFF_CENTRE_NAME = '二七区政务服务中心'
const DEFAULT_PERIODS = DEFAULT_BOOKING_HOURS.periods

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
  begunBooking = bookSlotBeginningSoon()
  // Awaited by the check-in test, which reports a failure here.
  begunBooking.catch(() => undefined)
})
afterAll(async () => {
  await browser.close()
  await (await begunBooking.catch(() => undefined))?.restore()
})

let clients = 0
const residentPage = (options: Parameters<typeof newPage>[1] = {}) => newPage(browser, { extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${120 + ++clients}` }, ...options })
const randomPhone = () => `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

/**
 * A booking at the staff centre whose five-minute slot begins at the next
 * whole minute (China time), made when the file starts so that the other
 * tests run while its time comes; the check-in test runs last. The centre's
 * hours (and a public holiday falling today) are put back afterwards.
 */
type BegunBooking = { number: string; startsAt: Date; restore: () => Promise<void> }
let begunBooking: Promise<BegunBooking>

async function bookSlotBeginningSoon(): Promise<BegunBooking> {
  const admin = await staffHeaders('admin-city')
  const centres = await (await fetch(`${baseUrl()}/api/service-centres?where[name][equals]=${encodeURIComponent(STAFF_CENTRE_NAME)}&depth=0`)).json()
  const centre = centres.docs[0].id as string
  const schedules = await (await fetch(`${baseUrl()}/api/appointment-schedules?where[centre][equals]=${centre}&depth=0`, { headers: admin })).json()
  const schedule = schedules.docs[0]
  const saveSchedule = (data: object) =>
    fetch(`${baseUrl()}/api/appointment-schedules/${schedule.id}`, { method: 'PATCH', headers: { ...admin, 'Content-Type': 'application/json' }, body: JSON.stringify(data) })
  const startsAt = new Date(Math.ceil((Date.now() + 5_000) / 60_000) * 60_000)
  const china = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString()
  const [date, start, end] = [china(startsAt).slice(0, 10), china(startsAt).slice(11, 16), china(new Date(startsAt.getTime() + 5 * 60_000)).slice(11, 16)]
  const everyDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
  // On a public holiday the centre is closed whatever its hours: open today for the test.
  const holidays = await (await fetch(`${baseUrl()}/api/calendar-days?where[date][equals]=${date}&where[kind][equals]=holiday&depth=0`, { headers: admin })).json()
  const holiday = holidays.docs[0] as { id: string } | undefined
  const setKind = (kind: string) => fetch(`${baseUrl()}/api/calendar-days/${holiday!.id}`, { method: 'PATCH', headers: { ...admin, 'Content-Type': 'application/json' }, body: JSON.stringify({ kind }) })
  const restore = async () => {
    await saveSchedule({ periods: DEFAULT_PERIODS, slotMinutes: 30 })
    if (holiday) await setKind('holiday')
  }
  try {
    if (holiday) expect((await setKind('workday')).status).toBe(200)
    expect((await saveSchedule({ periods: [{ start, end, weekdays: everyDay }], slotMinutes: 5 })).status).toBe(200)
    const response = await fetch(`${baseUrl()}/api/appointments/desk`, {
      method: 'POST',
      headers: { ...(await staffHeaders('agent-city')), 'Content-Type': 'application/json' },
      body: JSON.stringify({ service: SERVICE, centre, slot: `${date} ${start}`, name: '钱坤', phone: randomPhone() }),
    })
    expect(response.status).toBe(201)
    const { number } = (await response.json()) as { number: string }
    return { number, startsAt, restore }
  } catch (error) {
    await restore()
    throw error
  }
}

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

/** 我的预约 › 改约: another free slot of the same centre; returns the new time as the confirmation shows it. */
async function changeFromMine(page: Page, number: string, check?: (step: string) => Promise<void>): Promise<string> {
  await page.goto('/api/appointments/mine')
  await page.getByRole('region', { name: `预约${number}` }).getByRole('link', { name: '改约' }).click()
  await page.getByRole('heading', { level: 1, name: '改约' }).waitFor()
  const original = /原预约：(\S+) (\d\d:\d\d)/.exec((await page.getByText('原预约：').textContent()) ?? '')!
  const other = page.locator(`input[name="slot"]:not([disabled]):not([value="${original[1]} ${original[2]}"])`).first()
  const [date, start] = (await other.getAttribute('value'))!.split(' ')
  await other.check()
  await check?.('改约')
  await page.getByRole('button', { name: '改到这个时段' }).click()
  await page.getByRole('heading', { name: '改约成功' }).waitFor()
  await check?.('改约成功')
  const time = `${date} ${start}-`
  expect(await page.getByRole('region', { name: `预约${number}` }).textContent()).toContain(time)
  return time
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

  it.each([true, false])('改约 in 我的预约 (JavaScript %s): the booking moves to another free slot', async (javaScriptEnabled) => {
    const page = await residentPage({ javaScriptEnabled })
    await (javaScriptEnabled ? signInWithScript : signInWithoutScript)(page, randomPhone())
    const number = await bookOnPages(page)
    const time = await changeFromMine(page, number)
    await page.goto('/api/appointments/mine')
    expect(await page.getByRole('region', { name: `预约${number}` }).textContent()).toContain(time)
    await page.context().close()
  }, 120_000)

  it.each(['standard', 'elderly'])('the 改约 pages have no axe-core violations in the %s mode, with and without JavaScript', async (mode) => {
    const page = await residentPage()
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await signInWithScript(page, randomPhone())
    const number = await bookOnPages(page)
    await changeFromMine(page, number, async (step) => {
      expect(await axeViolations(page), step).toEqual([])
      expect(await axeWithoutScript(browser, page, mode), `${step} without JavaScript`).toEqual([])
    })
    await page.context().close()
  }, 180_000)

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

  it('centre staff open 预约签到 from the admin, mark a booking whose time has begun 标记未到, undo it and check it in', async () => {
    const { number, startsAt } = await begunBooking
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, startsAt.getTime() - Date.now()) + 1_000))

    const page = await newPage(browser)
    await signInToDashboard(page, 'admin-city')
    const link = page.getByRole('link', { name: '预约签到', includeHidden: true })
    expect(await link.getAttribute('href')).toBe('/api/appointments/check-in')
    await page.goto((await link.getAttribute('href'))!)
    await page.getByRole('heading', { level: 1, name: '预约签到' }).waitFor()
    expect(await axeViolations(page), '预约签到').toEqual([])
    await page.getByRole('button', { name: `标记未到 ${number}` }).click()
    await page.getByRole('heading', { level: 1, name: '已标记未到' }).waitFor()
    expect(await page.getByRole('row', { name: new RegExp(number) }).textContent()).toContain('爽约')
    await page.getByRole('button', { name: `撤销爽约 ${number}` }).click()
    await page.getByRole('heading', { level: 1, name: '已撤销爽约' }).waitFor()
    await page.getByLabel('预约号（扫码或输入）').fill(number)
    await page.getByRole('button', { name: '签到', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: '已签到' }).waitFor()
    await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await page.reload()
    expect(await axeViolations(page), '已签到, 长辈版').toEqual([])
    await page.context().close()
  }, 120_000)
})
