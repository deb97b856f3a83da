import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, axeWithoutScript, baseUrl, launchBrowser, newPage, signIn, staffHeaders } from './browser'
import { answeredOrder } from './orders'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/** No 18-digit ID number and no mobile number anywhere in what the page sends. */
async function expectNothingPersonal(page: Page): Promise<void> {
  const html = await page.content()
  expect(html.match(/(?<!\d)\d{17}[\dXx](?!\d)/g)).toBeNull()
  expect(html.match(/(?<!\d)1[3-9]\d{9}(?!\d)/g)).toBeNull()
}

describe('the public figures, answers and open data pages', () => {
  it('lead from the city down to a community and back without JavaScript, axe-clean', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false })
    await page.goto('/')
    await page.locator('footer').getByRole('link', { name: '办事和热线数据' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('郑州市办事和热线数据')
    expect(await page.getByText('少于 3 件的数据不公布').count()).toBe(1)
    expect(await page.locator('table caption').allTextContents()).toEqual(expect.arrayContaining(['郑州市各区的办件评价和热线数据', '各服务中心办件评价和差评整改']))
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(expect.arrayContaining(['各部门办件评价', '各事项办件评价', '各服务中心办件评价']))
    expect(await axeWithoutScript(browser, page, 'standard'), 'city').toEqual([])
    await expectNothingPersonal(page)
    for (const [name, heading] of [
      ['金水区', '金水区办事和热线数据'],
      ['经八路街道', '经八路街道办事和热线数据'],
      ['纬五路社区', '纬五路社区办事和热线数据'],
    ] as const) {
      await page.locator('.figure-table').getByRole('link', { name, exact: true }).click()
      await expect.poll(() => page.locator('h1').textContent()).toBe(heading)
    }
    expect(page.url()).toMatch(/\/statistics\/410105001001\/$/)
    expect(await axeWithoutScript(browser, page, 'standard'), 'community').toEqual([])
    await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '金水区' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('金水区办事和热线数据')
    await page.context().close()
  })

  it('list published answers and the open data with its schema and licence, axe-clean', async () => {
    const page = await newPage(browser)
    await page.goto('/answers/')
    await expect.poll(() => page.locator('h1').textContent()).toBe('答复公开')
    expect(await axeViolations(page), 'answers').toEqual([])
    await expectNothingPersonal(page)
    await page.getByRole('link', { name: '诉求处理决定' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('诉求处理决定')
    expect(await axeViolations(page), 'decisions').toEqual([])
    await page.goto('/open-data/')
    await expect.poll(() => page.locator('h1').textContent()).toBe('开放数据')
    expect(await page.getByText('CC BY 4.0').count()).toBe(1)
    const schema = await page.request.get(new URL(await page.getByRole('link', { name: /JSON Schema/ }).getAttribute('href') ?? '', page.url()).href)
    expect(schema.status()).toBe(200)
    expect(((await schema.json()) as { $schema: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(await axeViolations(page), 'open data').toEqual([])
    await page.context().close()
  })

  it('let an agent check the wording of a consenting sender’s answer and publish it from the order’s page', async () => {
    const order = await answeredOrder(
      { kind: 'suggestion', summary: '王秀英建议在纬五路口增设休息座椅', content: '纬五路口等公交的老人多，建议增设座椅。', caller: { name: '王秀英', phone: '13700003333', answerConsent: true } },
      '已转交市政部门，将于下月在纬五路口增设两处座椅。',
    )
    const agent = await newPage(browser)
    await signIn(agent, 'agent-community')
    await agent.goto(`/admin/collections/tickets/${order}`)
    const question = agent.getByLabel('公开的问题')
    await question.waitFor({ timeout: 60_000 })
    expect(await question.inputValue()).toBe('王秀英建议在纬五路口增设休息座椅')
    await question.fill('建议在纬五路口增设休息座椅')
    await agent.getByRole('button', { name: '公开答复' }).click()
    await agent.getByText('这条答复已在门户网站“答复公开”栏目公开。').waitFor({ timeout: 60_000 })
    expect(await axeViolations(agent, ['.publish-answer'])).toEqual([])
    const headers = await staffHeaders('agent-community')
    const { publicAnswer } = (await (await fetch(`${baseUrl()}/api/tickets/${order}?depth=0`, { headers })).json()) as { publicAnswer: { published: boolean; question: string; reply: string } }
    expect(publicAnswer).toMatchObject({ published: true, question: '建议在纬五路口增设休息座椅', reply: '已转交市政部门，将于下月在纬五路口增设两处座椅。' })
  }, 180_000)
})
