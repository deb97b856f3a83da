import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, baseUrl, launchBrowser, newPage, signIn } from './browser'

/**
 * Guides never promise what the platform does not do, as a resident sees it:
 * a service done in another system links out to that system by name and
 * offers no apply button here; 即办件 and 承诺件 are said in plain words.
 */

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/** 交通违法处理和罚款缴纳: done in 交管12123, which gives the result at once. */
const ELSEWHERE = '/services/100301/'
/** 生育登记: applied for here, a reviewer decides within 1 working day. */
const REVIEWED = '/services/010101/'

describe('a service done in another system', () => {
  it('shows a link out labelled with the system’s name and no apply button', async () => {
    const page = await newPage(browser)
    await page.goto(ELSEWHERE)
    const out = page.locator('a[data-elsewhere]')
    await expect.poll(() => out.textContent()).toContain('到“交管12123”办理')
    expect(await out.getAttribute('href')).toBe('https://ha.122.gov.cn/')
    expect(await page.getByRole('link', { name: '在线办理' }).count()).toBe(0)
    expect(await page.locator('a[href*="/apply/"]').count()).toBe(0)
    expect(await page.locator('.key-facts').textContent()).toContain('在“交管12123”办理，不在本平台')
    expect((await fetch(`${baseUrl()}/apply/100301/`)).status).toBe(404)
    await page.context().close()
  })
})

describe('a service applied for on this platform', () => {
  it('says 承诺件 in plain words, 法律未规定 instead of 0 days, and that the result comes after review', async () => {
    const page = await newPage(browser)
    await page.goto(REVIEWED)
    const facts = (await page.locator('.key-facts').textContent()) ?? ''
    expect(facts).toContain('承诺件：自受理之日起1个工作日内办结')
    expect(facts).toContain('审核后1个工作日内办结')
    const time = (await page.locator('section[aria-labelledby="time-title"]').textContent()) ?? ''
    expect(time).toContain('法律未规定办结时限')
    expect(time).not.toContain('0 个工作日')
    await page.goto('/apply/010101/')
    expect(await page.locator('[data-outcome]').textContent()).toContain('提交后由工作人员审核，不会当场出结果')
    await page.context().close()
  })
})

describe('the admin', () => {
  it('refuses to publish 当场办结 in a guide whose result comes after review, naming the element', async () => {
    const response = await fetch(`${baseUrl()}/api/services?where[code][equals]=010101&depth=0`)
    const [guide] = ((await response.json()) as { docs: { id: string; summary: string }[] }).docs
    if (!guide) throw new Error('guide 010101 not found')
    const page = await newPage(browser)
    await signIn(page, 'editor-city')
    await page.goto(`/admin/collections/services/${guide.id}`)
    // Publish only after the admin's server-side form check has answered (see catalogue.test.ts).
    const checked = page.waitForResponse((answer) => answer.request().method() === 'POST' && 'next-action' in answer.request().headers())
    await page.locator('#field-summary').fill(`${guide.summary}材料齐全的当场办结。`)
    await checked
    await page.getByRole('button', { name: '发布修改' }).click()
    await page.locator('.payload-toast-container').getByText('事项简介').waitFor()
    await page.getByText('无法发布：事项简介写了“当场办结”，但本事项的办理结果不是当场出具（审核后出结果）').waitFor()
    const published = await fetch(`${baseUrl()}/api/services/${guide.id}?depth=0`)
    expect(((await published.json()) as { summary: string }).summary).toBe(guide.summary)
    await page.context().close()
  })
})

describe('accessibility', () => {
  it.each(['standard', 'elderly'])('has no axe-core violations on these guides in the %s mode', async (mode) => {
    const context = await browser.newContext({ locale: 'zh-CN', baseURL: baseUrl() })
    if (mode === 'elderly') await context.addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    const page = await context.newPage()
    for (const path of [ELSEWHERE, REVIEWED, '/apply/010101/']) {
      await page.goto(path)
      expect(await axeViolations(page), path).toEqual([])
    }
    await context.close()
  }, 120_000)
})
