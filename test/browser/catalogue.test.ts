import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, newPage, signIn, signInToDashboard } from './browser'

type Guide = { code: string; id: string; summary: string; title: string }

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/** The first published guide of a kind, as an anonymous caller sees it. */
async function publicGuide(kind: string, skip = 0): Promise<Guide> {
  const response = await fetch(
    `${baseUrl()}/api/services?where[kind][equals]=${kind}&sort=code&limit=1&page=${skip + 1}&depth=0`,
  )
  const body = (await response.json()) as { docs: Guide[] }
  if (!body.docs[0]) throw new Error(`no ${kind} guide`)
  return body.docs[0]
}

describe('editing guides in the admin', () => {
  it('lets an editor change a guide and publish it, and residents then read the change', async () => {
    const guide = await publicGuide('counter')
    const page = await newPage(browser)
    await signIn(page, 'editor-city')
    await page.goto(`/admin/collections/services/${guide.id}`)
    const summary = page.locator('#field-summary')
    await summary.fill(`${guide.summary}（已核对）`)
    await page.getByRole('button', { name: '发布修改' }).click()
    await expect
      .poll(async () => {
        const response = await fetch(`${baseUrl()}/api/services/${guide.id}?depth=0`)
        return ((await response.json()) as Guide).summary
      })
      .toBe(`${guide.summary}（已核对）`)
    // The preview opens the guide's page on the portal.
    const preview = page.getByRole('link', { name: '预览' })
    expect(await preview.getAttribute('href')).toBe(`/services/${guide.code}/`)
  })

  it('refuses to publish a guide with a missing element and says which one', async () => {
    const guide = await publicGuide('info')
    const page = await newPage(browser)
    await signIn(page, 'editor-city')
    await page.goto(`/admin/collections/services/${guide.id}`)
    await page.locator('.tabs-field__tab-button', { hasText: '地点与咨询' }).click()
    // The admin checks the form on the server after each change; publishing
    // before that answer arrives lets the late answer clear the field's error.
    const checked = page.waitForResponse((response) => response.request().method() === 'POST' && 'next-action' in response.request().headers())
    await page.locator('#field-link__url').fill('')
    await checked
    await page.getByRole('button', { name: '发布修改' }).click()
    // The toast names the element; the field itself says why.
    await page.locator('.payload-toast-container').getByText('外部链接').waitFor()
    await page.getByText('无法发布：缺少「外部链接」').waitFor()
    const response = await fetch(`${baseUrl()}/api/services/${guide.id}?depth=0`)
    expect(((await response.json()) as { link: { url: string } }).link.url).toMatch(/^https?:/)
  })

  it('filters the guide list by kind and shows the guides due for review on the dashboard', async () => {
    const page = await newPage(browser)
    await signInToDashboard(page, 'editor-city')
    await page.getByRole('heading', { name: '待复核的办事指南' }).waitFor()
    await page.goto('/admin/collections/services')
    // The filters are live once they have loaded the life stages.
    await expect.poll(() => page.getByLabel('人生阶段').locator('option').count()).toBe(17)
    await page.getByLabel('办理方式').selectOption('online')
    await page.waitForURL((url) => url.search.includes('online'))
    await expect.poll(() => page.locator('tbody tr').count()).toBe(25)
    const kinds = await page.locator('tbody tr td.cell-kind').allTextContents()
    expect(new Set(kinds)).toEqual(new Set(['在本平台在线申请']))
  })
})
