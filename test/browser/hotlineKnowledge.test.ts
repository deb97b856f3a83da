import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { axeViolations, baseUrl, launchBrowser, newPage, signIn, staffHeaders } from './browser'
import { answeredOrder } from './orders'
import { signInWithScript } from './resident'

/**
 * The hotline knowledge base at the desk: an editor's entry for the city
 * shows beside the guides when an agent types a query, and counts a use;
 * residents and anonymous callers get nothing of it over GraphQL. A work
 * order's reply becomes a draft entry from the order's page.
 */

const TITLE = '身份证补办窗口春节期间临时调整'
const ANSWER = '春节期间（2月1日至2月7日）身份证补办只在市民之家窗口办理。'

/** An entry published by the city's editor over REST, for the whole city. */
async function publishEntry(): Promise<void> {
  const headers = { ...(await staffHeaders('editor-city')), 'Content-Type': 'application/json' }
  const divisions = (await (await fetch(`${baseUrl()}/api/divisions?where[code][equals]=410100000000&depth=0`, { headers })).json()) as { docs: { id: string }[] }
  const response = await fetch(`${baseUrl()}/api/knowledge-entries`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ kind: 'notice', title: TITLE, keywords: ['身份证'], answer: ANSWER, areas: [divisions.docs[0]!.id], validTo: new Date(Date.now() + 7 * 86_400_000).toISOString(), _status: 'published' }),
  })
  expect(response.status).toBe(201)
}

const knowledgeOverGraphql = async (page: Page): Promise<string> =>
  JSON.stringify(await (await page.request.post('/api/graphql', { data: { query: '{ KnowledgeEntries(limit: 50) { docs { id title answer } } }' } })).json())

describe('the hotline knowledge base', () => {
  it('shows an agent the entry beside the guides, counts its use and fills the reply with it, and is axe-clean; turns an order’s reply into a draft entry; residents get nothing over GraphQL', async () => {
    await publishEntry()
    const browser = await launchBrowser()
    try {
      const agent = await newPage(browser)
      await signIn(agent, 'agent-community')
      await agent.goto('/admin/hotline/desk')
      await agent.getByRole('heading', { level: 1, name: '热线坐席台' }).waitFor()
      await agent.getByLabel('事项名称、常用说法或拼音').fill('sfz')
      const knowledge = agent.getByRole('list', { name: '热线知识库' })
      await knowledge.getByRole('listitem').first().waitFor()
      expect(await knowledge.textContent()).toContain(TITLE)
      expect(await agent.getByRole('list', { name: '查找办事指南' }).getByRole('listitem').count()).toBeGreaterThan(0)
      await knowledge.getByRole('button', { name: `用“${TITLE}”答复` }).click()
      await knowledge.getByText('已记录使用，答复已填入工单').waitFor()
      expect(await agent.getByLabel('答复内容').inputValue()).toBe(ANSWER)
      expect(await axeViolations(agent, ['.hotline-desk'])).toEqual([])
      expect(await knowledgeOverGraphql(agent)).toContain(TITLE)

      // The order's reply, to a draft entry from its page.
      const ticket = await answeredOrder({ kind: 'consultation', summary: '咨询社区老年食堂的开放时间', content: '问纬五路社区老年食堂几点开门。', caller: { name: '孙大爷', phone: '13700002222' } }, '老年食堂每天10时30分至13时开放。')
      await agent.goto(`/admin/collections/tickets/${ticket}`)
      await agent.getByRole('button', { name: '转为知识条目' }).click({ timeout: 60_000 })
      await agent.waitForURL((url) => url.pathname.startsWith('/admin/collections/knowledge-entries/'), { timeout: 60_000 })
      await agent.locator('#field-answer').waitFor({ timeout: 60_000 })
      expect(await agent.locator('#field-answer').inputValue()).toBe('老年食堂每天10时30分至13时开放。')

      const anonymous = await newPage(browser)
      const resident = await newPage(browser)
      await signInWithScript(resident, `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`)
      for (const page of [anonymous, resident]) expect(await knowledgeOverGraphql(page)).not.toContain(TITLE)
    } finally {
      await browser.close()
    }
  }, 180_000)
})
