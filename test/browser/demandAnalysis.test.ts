import { describe, expect, it } from 'vitest'

import { answeredOrder } from './orders'
import { axeViolations, launchBrowser, newPage, signIn } from './browser'

/**
 * 诉求分析 in the admin: a district agent sees this month's complaint counted,
 * its group of similar demands linked from the group lists, and the page is
 * axe-clean.
 */
describe('诉求分析', () => {
  it('counts the month’s orders, lists the groups of similar demands with links, and is axe-clean', async () => {
    // Three phrasings of one problem: one group, with more demands this month than other tests' one-off orders.
    for (const [index, summary] of ['纬五路公交站候车亭顶棚漏雨', '纬五路公交站候车亭漏雨', '纬五路候车亭顶棚漏雨没人修'].entries()) {
      await answeredOrder({ kind: 'complaint', summary, content: '下雨时候车亭漏雨，老人没处躲。', caller: { name: '赵先生', phone: `1370000444${index}` } }, '已转交公交公司维修。')
    }
    const browser = await launchBrowser()
    try {
      const agent = await newPage(browser)
      await signIn(agent, 'agent-district')
      await agent.goto('/admin/statistics/demands')
      await agent.getByRole('heading', { level: 1, name: '诉求分析' }).waitFor({ timeout: 60_000 })
      await agent.getByRole('heading', { level: 2, name: '相似诉求分组' }).waitFor()
      const topList = agent.getByRole('table', { name: '本月诉求最多的分组（每月一题）' })
      await topList.getByRole('link', { name: '纬五路公交站候车亭顶棚漏雨' }).waitFor()
      expect(await topList.getByRole('link', { name: '纬五路公交站候车亭顶棚漏雨' }).getAttribute('href')).toMatch(/^\/admin\/collections\/demand-groups\/[\w-]+$/)
      expect(await agent.locator('body').textContent()).not.toContain('137000044')
      expect(await axeViolations(agent, ['.app-analysis'])).toEqual([])
    } finally {
      await browser.close()
    }
  }, 180_000)
})
