import { describe, expect, it } from 'vitest'

import { axeViolations, baseUrl, launchBrowser, newPage, signIn, staffHeaders } from './browser'

/** The list over the real HTTP server, REST and GraphQL, as `username` (or nobody). */
async function listAs(username?: string): Promise<{ graphql: unknown; rest: number }> {
  const headers = { ...(username ? await staffHeaders(username) : {}), 'Content-Type': 'application/json' }
  const rest = await fetch(`${baseUrl()}/api/sensitive-words?limit=10`, { headers })
  const graphql = await fetch(`${baseUrl()}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: '{ SensitiveWords(limit: 10) { docs { word action } } }' }) })
  return { rest: rest.status, graphql: await graphql.json() }
}

describe('the sensitive-word list in the admin', () => {
  it('is shown to administrators only, over REST and GraphQL', async () => {
    const admin = await listAs('admin-city')
    expect(admin.rest).toBe(200)
    expect(admin.graphql).toMatchObject({ data: { SensitiveWords: { docs: expect.any(Array) } } })
    for (const username of ['board-community', 'board-city', undefined]) {
      const other = await listAs(username)
      expect(other.rest, username).toBe(403)
      expect(other.graphql, username).toMatchObject({ data: { SensitiveWords: null }, errors: [expect.objectContaining({ message: expect.any(String) })] })
    }
  })

  it('imports a city list from the list screen: preview of the counts, then the import', async () => {
    const browser = await launchBrowser()
    try {
      const page = await newPage(browser)
      await signIn(page, 'admin-city')
      await page.goto('/admin/collections/sensitive-words')
      await page.getByRole('navigation', { name: '敏感词操作' }).getByRole('link', { name: '批量导入' }).click()
      await page.getByRole('heading', { level: 1, name: '批量导入敏感词' }).waitFor()
      const file = page.getByLabel('选择词表文件（.txt 或 .csv）')

      await file.setInputFiles({ name: 'bad.txt', mimeType: 'text/plain', buffer: Buffer.from('浏览器导入甲,block\n浏览器导入乙,delete\n') })
      await page.getByRole('button', { name: '预览' }).click()
      await page.getByRole('alert').getByText('发现 1 行有问题，词表没有导入').waitFor()
      expect((await page.getByRole('table', { name: /^有问题的行/ }).getByRole('row').allTextContents()).slice(1)).toEqual([expect.stringMatching(/^2处理方式只能是/)])
      expect(await axeViolations(page, ['.app-import'])).toEqual([])

      await file.setInputFiles({ name: 'city.txt', mimeType: 'text/plain', buffer: Buffer.from('浏览器导入甲,block\n浏览器导入乙,mask\n浏览器导入甲\n') })
      await page.getByRole('button', { name: '预览' }).click()
      await page.getByRole('status').getByText('新增：2 个').waitFor()
      await expect(page.getByRole('status').getByText('文件中重复的行：1 行').isVisible()).resolves.toBe(true)
      expect(await axeViolations(page, ['.app-import'])).toEqual([])
      await page.getByRole('button', { name: '确认导入（新增 2 个，修改 0 个）' }).click()
      await page.getByText('已导入：新增 2 个词，修改 0 个词').waitFor()
      const { docs } = (await (await fetch(`${baseUrl()}/api/sensitive-words?where[word][like]=浏览器导入&limit=10`, { headers: await staffHeaders('admin-city') })).json()) as { docs: { word: string }[] }
      expect(docs.map((doc) => doc.word).sort()).toEqual(['浏览器导入乙', '浏览器导入甲'])
    } finally {
      await browser.close()
    }
  })
})
