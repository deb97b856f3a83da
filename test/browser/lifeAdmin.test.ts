import { describe, expect, it } from 'vitest'

import { axeViolations, launchBrowser, newPage, signInToDashboard } from './browser'

describe('life services in the admin', () => {
  it('shows life-services staff the statistics and the subsidy settlement from their navigation, accessibly', async () => {
    const browser = await launchBrowser()
    try {
      const page = await newPage(browser)
      await signInToDashboard(page, 'life-city')
      for (const [name, path] of [
        ['生活服务统计', '/admin/life/statistics'],
        ['补贴结算', '/admin/life/settlement'],
      ] as const) {
        expect(await page.getByRole('link', { name, includeHidden: true }).getAttribute('href')).toBe(path)
        await page.goto(path)
        await page.getByRole('heading', { level: 1, name }).waitFor()
        expect(await axeViolations(page)).toEqual([])
      }
    } finally {
      await browser.close()
    }
  })
})
