import { describe, expect, it } from 'vitest'

import { axeViolations, launchBrowser, newPage, signInToDashboard } from './browser'

describe('人口统计 in the admin', () => {
  it('shows a community registrar their own community as accessible charts with data tables', async () => {
    const browser = await launchBrowser()
    try {
      const page = await newPage(browser)
      await signInToDashboard(page, 'registrar-community')
      const link = page.getByRole('link', { name: '人口统计', includeHidden: true })
      expect(await link.getAttribute('href')).toBe('/admin/statistics/population')
      expect(await page.getByRole('link', { name: '办件统计', includeHidden: true }).count()).toBe(0)
      await page.goto('/admin/statistics/population')
      await page.getByRole('heading', { level: 1, name: '人口统计' }).waitFor()
      await page.getByText('统计范围：纬五路社区').waitFor()
      const total = Number(await page.locator('.app-statistics__figure').first().locator('.app-statistics__value').textContent())
      expect(total).toBeGreaterThan(50)

      const pyramid = page.getByRole('img', { name: /^男性在册人口按年龄段：/ })
      await pyramid.waitFor()
      expect(await pyramid.getAttribute('aria-label')).toMatch(/85岁及以上 \d+ 人/)
      const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: '业务登记' }) })
      await section.getByText('查看数据表').click()
      const rows = await section.getByRole('table').getByRole('rowheader').allTextContents()
      expect(rows).toEqual(['失业人员', '退休人员', '低保对象', '残疾人', '退役军人', '老年人（60周岁及以上）', '育龄妇女（15至49周岁）'])

      expect(await axeViolations(page)).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
