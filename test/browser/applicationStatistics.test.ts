import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, newPage, signIn, signInToDashboard } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
  // One application, submitted as the portal submits it, so there is something to count.
  const response = await fetch(`${baseUrl()}/api/applications/submit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.200.1.1' },
    body: JSON.stringify({
      serviceCode: '030502',
      divisionCode: '410105001001',
      applicant: { name: '王小明', idNumber: '11010519491231002X', phone: '13800138000', email: '' },
      answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
    }),
  })
  expect(response.status).toBe(201)
})
afterAll(() => browser.close())

describe('办件统计 in the admin', () => {
  it('shows a city administrator the key figures and charts, each with its data table', async () => {
    const page = await newPage(browser)
    await signInToDashboard(page, 'admin-city')
    // The navigation offers it (folded away at this window width, so followed by its address).
    const link = page.getByRole('link', { name: '办件统计', includeHidden: true })
    expect(await link.getAttribute('href')).toBe('/admin/statistics/applications')
    await page.goto('/admin/statistics/applications')
    await page.getByRole('heading', { level: 1, name: '办件统计' }).waitFor()
    await page.getByText('统计范围：郑州市').waitFor()

    const figures = await page.locator('.app-statistics__figure dt').allTextContents()
    expect(figures).toEqual(['总件数', '按期办结率', '平均办结用时（工作日）', '满意率', '超期未办结', '差评待整改'])
    const total = Number(await page.locator('.app-statistics__figure').first().locator('.app-statistics__value').textContent())
    expect(total).toBeGreaterThanOrEqual(1)

    const status = page.getByRole('img', { name: /^按办理状态统计的办件数：/ })
    await status.waitFor()
    expect(await status.evaluate((element) => element.tagName)).toBe('CANVAS')
    expect(await status.getAttribute('aria-label')).toMatch(/已提交 [1-9]\d* 件/)
    // Chart.js has drawn into it.
    await expect.poll(() => status.evaluate((canvas) => (canvas as HTMLCanvasElement).width)).toBeGreaterThan(0)

    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: '按办理状态' }) })
    await section.getByText('查看数据表').click()
    const table = section.getByRole('table', { name: /按办理状态统计的办件数/ })
    await table.waitFor()
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([
      '已提交',
      '已受理',
      '不予受理',
      '办理中',
      '需补正',
      '已办结',
      '已撤回',
    ])
    // How long finished cases took, from the figures the workflow stored when it finished them.
    await page.getByRole('heading', { level: 2, name: '办结用时' }).waitFor()
    await page.getByRole('heading', { level: 2, name: '按区' }).waitFor()
    await page.getByRole('img', { name: /^按区统计的办件数：.*金水区 [1-9]/ }).waitFor()
  })

  it('narrows to the dates asked for with the GET form', async () => {
    const page = await newPage(browser)
    await signIn(page, 'reviewer-street')
    await page.goto('/admin/statistics/applications')
    await page.getByText('统计范围：经八路街道').waitFor()
    await page.getByLabel('开始日期').fill('2020-01-01')
    await page.getByLabel('结束日期').fill('2020-01-31')
    await page.getByRole('button', { name: '查看' }).click()
    await page.waitForURL((url) => url.searchParams.get('from') === '2020-01-01')
    await page.getByText('2020-01-01 至 2020-01-31 提交的办件').waitFor()
    await page.getByText('这段时间没有提交的办件').waitFor()
    expect(await page.locator('.app-statistics__figure').first().locator('.app-statistics__value').textContent()).toBe('0')
  })

  it('is offered to case workers only', async () => {
    const page = await newPage(browser)
    await signInToDashboard(page, 'editor-city')
    expect(await page.getByRole('link', { name: '办件统计', includeHidden: true }).count()).toBe(0)
    await page.goto('/admin/statistics/applications')
    await page.getByText('只有审核人员和系统管理员可以查看办件统计').waitFor()
    expect(await page.locator('canvas').count()).toBe(0)
  })
})
