import { describe, expect, it } from 'vitest'

import { axeViolations, baseUrl, launchBrowser, newPage, signIn, staffHeaders } from './browser'

const WEIWU = '410105001001'

const randomPhone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

/** A 居务公开 notice on 纬五路's board, written by its worker over the API: a published post to report. */
async function publishedNotice(title: string): Promise<string> {
  const boards = (await (await fetch(`${baseUrl()}/api/boards?where[code][equals]=${WEIWU}&depth=0`)).json()) as { docs: { id: string }[] }
  const response = await fetch(`${baseUrl()}/api/board-threads`, {
    method: 'POST',
    headers: { ...(await staffHeaders('board-community')), 'Content-Type': 'application/json' },
    body: JSON.stringify({ board: boards.docs[0]!.id, title, body: '本周六上午在社区广场集中收旧衣物。', officialKind: 'notice' }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: string } }).doc.id
}

describe('the moderation queue in the admin', () => {
  it('lets a community worker hide a reported post with a reason, and shows the yearly figures, accessibly', async () => {
    const browser = await launchBrowser()
    try {
      const title = `旧衣回收${Date.now() % 100000}`
      const thread = await publishedNotice(title)
      const resident = await newPage(browser)
      const phone = randomPhone()
      const { demoCode } = (await (await resident.request.post('/api/residents/code', { data: { phone } })).json()) as { demoCode: string }
      expect((await resident.request.post('/api/residents/sign-in', { data: { phone, code: demoCode, consent: true } })).status()).toBe(200)
      expect((await resident.request.post('/api/community/reports', { data: { thread, reason: 'rumour', details: '时间写错了' } })).status()).toBe(201)

      const page = await newPage(browser)
      await signIn(page, 'board-community')
      expect(await page.getByRole('link', { name: '论坛审核', includeHidden: true }).getAttribute('href')).toBe('/admin/community/moderation')
      await page.goto('/admin/community/moderation?tab=reports')
      await page.getByRole('heading', { level: 1, name: '论坛审核' }).waitFor()
      const post = page.getByRole('article', { name: title })
      await post.getByText('谣言或不实信息 1').waitFor()
      expect(await axeViolations(page, ['.app-moderation'])).toEqual([])
      await post.getByLabel('屏蔽的理由（必填，会告诉发帖人）').fill('活动时间有误，已另行通知')
      await post.getByRole('button', { name: '屏蔽' }).click()
      await page.getByRole('status').filter({ hasText: `已屏蔽《${title}》` }).waitFor()
      expect(await page.getByRole('article', { name: title }).count()).toBe(0)

      await page.goto('/admin/community/governance')
      await page.getByRole('heading', { level: 1, name: '社区论坛治理年报' }).waitFor()
      expect(await page.getByRole('row', { name: /纬五路社区/ }).count()).toBe(1)
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
