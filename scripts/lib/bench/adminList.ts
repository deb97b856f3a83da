import { chromium, type Page } from 'playwright-core'

import { CHROMIUM_ARGS, chromiumPath } from '../../../test/browser/chromium'
import { median } from './timing'

/** One load of an admin page, in milliseconds from navigation start. */
type PageLoad = { firstByteMs: number; loadEventMs: number; rows: number; rowsVisibleMs: number }

export type AdminListFigures = {
  path: string
  warmUp: PageLoad
  loads: PageLoad[]
  median: { firstByteMs: number; loadEventMs: number; rowsVisibleMs: number }
  /** What the list says it holds, e.g. "1-25 / 100000", as a check that it listed them all. */
  pageInfo: string
}

/** Open `url` and wait until the list table shows its first row. */
async function loadList(page: Page, url: string): Promise<PageLoad> {
  await page.goto(url, { waitUntil: 'commit' })
  await page.locator('tbody tr').first().waitFor({ state: 'visible', timeout: 60_000 })
  // performance.now() counts from this document's navigation start.
  const visible = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
    return {
      rowsVisibleMs: performance.now(),
      firstByteMs: navigation?.responseStart ?? Number.NaN,
      rows: document.querySelectorAll('tbody tr').length,
    }
  })
  await page.waitForLoadState('load')
  const loadEventMs = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? Number.NaN,
  )
  return { ...visible, loadEventMs }
}

/**
 * The admin's list pages in Chromium, signed in with `token` (the session
 * cookie the login form would set): for each of `paths`, one warm-up load,
 * then `loads` timed loads from navigation start until the table's rows are
 * visible. The browser cache stays warm between loads, as for a reviewer
 * who opens the admin every day.
 */
export async function measureAdminLists(baseUrl: string, token: string, paths: string[], loads: number): Promise<AdminListFigures[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })
    await context.addCookies([{ name: 'payload-token', value: token, url: baseUrl, httpOnly: true, sameSite: 'Lax' }])
    const page = await context.newPage()
    const figures: AdminListFigures[] = []
    for (const path of paths) {
      const url = `${baseUrl}${path}`
      const warmUp = await loadList(page, url)
      const timed: PageLoad[] = []
      for (let load = 0; load < loads; load += 1) timed.push(await loadList(page, url))
      const pageInfo = (await page.locator('.page-controls__page-info').first().textContent({ timeout: 5_000 }).catch(() => null)) ?? ''
      figures.push({
        path,
        warmUp,
        loads: timed,
        median: {
          firstByteMs: median(timed.map((each) => each.firstByteMs)),
          rowsVisibleMs: median(timed.map((each) => each.rowsVisibleMs)),
          loadEventMs: median(timed.map((each) => each.loadEventMs)),
        },
        pageInfo: pageInfo.replace(/\s+/g, ' ').trim(),
      })
    }
    return figures
  } finally {
    await browser.close()
  }
}
