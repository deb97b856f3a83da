import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, baseUrl, launchBrowser, newPage, signIn } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/** Search from the home page's plain GET form, as a resident would, and return the result titles. */
async function searchFromHome(page: Page, query: string): Promise<string[]> {
  await page.goto('/')
  await page.getByLabel('您要办什么事？').fill(query)
  await page.getByLabel('您要办什么事？').press('Enter')
  await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === query)
  await page.locator('[data-search-status]').filter({ hasText: /找到/ }).waitFor()
  return page.locator('[data-search-results] > li h2 a').allTextContents()
}

/** Press Tab until the focused element matches, as a keyboard user would. */
async function tabUntil(page: Page, matches: (element: Element) => boolean, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return
  }
  throw new Error('按 Tab 没有到达目标元素')
}

describe('finding a guide with the portal search', () => {
  it.each([
    ['an alias', '上户口', '出生登记'],
    ['pinyin initials', 'sfz', '居民身份证'],
    ['traditional characters', '出生登記', '出生登记'],
  ])('finds the guide by %s (%s) and lands on it', async (_style, query, title) => {
    const page = await newPage(browser)
    const titles = await searchFromHome(page, query)
    const hit = titles.slice(0, 3).find((found) => found.includes(title))
    expect(hit, `${query} → ${titles.slice(0, 3).join('、')}`).toBeDefined()
    await page.getByRole('link', { name: hit, exact: true }).first().click()
    await expect.poll(() => page.locator('h1').textContent()).toBe(hit)
    expect(page.url()).toMatch(/\/services\/\d{6}\/$/)
    await page.context().close()
  })

  it('updates the results as the resident types, without pressing Enter', async () => {
    const page = await newPage(browser)
    await page.goto('/search/')
    const status = page.locator('[data-search-status]')
    await page.locator('#search-query').pressSequentially('退休', { delay: 50 })
    await status.filter({ hasText: '与“退休”相关' }).waitFor()
    await page.locator('#search-query').pressSequentially('提取', { delay: 50 })
    await status.filter({ hasText: '与“退休提取”相关' }).waitFor()
    expect(await page.locator('[data-search-results] > li h2 a').first().textContent()).toBe('退休提取住房公积金')
    expect(new URL(page.url()).searchParams.get('q')).toBe('退休提取')
    await page.context().close()
  })

  it('narrows results with filters and keeps them in the address', async () => {
    const page = await newPage(browser)
    await searchFromHome(page, '证明')
    const found = async () => Number(/找到 (\d+) 个/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1])
    const before = await found()
    await page.getByText('筛选结果').click()
    await page.getByRole('group', { name: '到现场次数' }).getByLabel('不用跑腿').check()
    await expect.poll(() => new URL(page.url()).searchParams.get('visits')).toBe('不用跑腿')
    await expect.poll(found).toBeLessThan(before)
    expect(await found()).toBeGreaterThan(0)
    for (const tags of await page.locator('[data-search-results] > li .tags').allTextContents()) {
      expect(tags).toContain('不用跑腿')
    }
    // The filtered search is a link: opening it again gives the same results.
    await page.reload()
    await expect.poll(found).toBeLessThan(before)
    await page.context().close()
  })
})

describe('reading the portal', () => {
  it('takes a keyboard-only user from the home page to a guide’s materials', async () => {
    const page = await newPage(browser)
    await page.goto('/')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容')
    await tabUntil(page, (element) => element.id === 'home-search')
    await page.keyboard.type('出生登记')
    await page.keyboard.press('Enter')
    await page.locator('[data-search-status]').filter({ hasText: /找到/ }).waitFor()
    await tabUntil(page, (element) => element.tagName === 'A' && element.textContent === '出生登记')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/services\/010301\/$/)
    await tabUntil(page, (element) => element.textContent === '打印材料清单')
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      const style = getComputedStyle(element)
      return { outline: style.outlineStyle, inMaterials: Boolean(element.closest('#materials')) }
    })
    expect(focus).toEqual({ outline: 'solid', inMaterials: true })
    await expect.poll(() => page.locator('#materials').isVisible()).toBe(true)
    await page.context().close()
  })

  it('offers to read a guide aloud where the browser can speak', async () => {
    const page = await newPage(browser)
    await page.goto('/services/010301/')
    const button = page.locator('[data-read-aloud]')
    const canSpeak = await page.evaluate(() => 'speechSynthesis' in window)
    expect(await button.isVisible()).toBe(canSpeak)
    if (canSpeak) {
      await button.click()
      expect(await button.getAttribute('aria-pressed')).toBe('true')
    }
    await page.context().close()
  })

  it('prints a guide’s materials as a checklist with tick boxes and a QR code of the page', async () => {
    const page = await newPage(browser)
    await page.goto('/services/010301/')
    await page.emulateMedia({ media: 'print' })
    const boxes = page.locator('#materials .checklist__box')
    expect(await boxes.count()).toBeGreaterThan(0)
    expect(await boxes.first().isVisible()).toBe(true)
    expect(await page.locator('#materials .qr svg').isVisible()).toBe(true)
    expect(await page.locator('#materials .qr figcaption').textContent()).toContain('/services/010301/')
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    await page.context().close()
  })

  it('lists every page in sitemap.xml', async () => {
    const sitemap = await (await fetch(`${baseUrl()}/sitemap.xml`)).text()
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
    expect(pages).toEqual(expect.arrayContaining(['/', '/services/', '/services/010301/', '/stages/birth/', '/search/']))
    expect(pages.filter((page) => /^\/services\/\d{6}\/$/.test(page))).toHaveLength(243)
  })

  it('remembers the elderly mode across pages and visits', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', baseURL: baseUrl() })
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('button', { name: '长辈版' }).click()
    const check = async (target: Page) => {
      return target.evaluate(() => {
        const body = getComputedStyle(document.body)
        const toggle = document.querySelector('[data-mode-toggle]')!.getBoundingClientRect()
        return {
          mode: document.documentElement.dataset.mode,
          fontSize: parseFloat(body.fontSize),
          lineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
          target: Math.min(toggle.width, toggle.height),
        }
      })
    }
    const home = await check(page)
    expect(home.mode).toBe('elderly')
    expect(home.fontSize).toBeGreaterThanOrEqual(18)
    expect(home.lineHeight).toBeGreaterThanOrEqual(1.3)
    expect(home.target).toBeGreaterThanOrEqual(60)
    await page.goto('/services/010301/')
    expect((await check(page)).mode).toBe('elderly')
    const nextVisit = await context.newPage()
    await nextVisit.goto('/centres/')
    expect((await check(nextVisit)).mode).toBe('elderly')
    await nextVisit.getByRole('button', { name: '退出长辈版' }).click()
    await nextVisit.reload()
    expect((await check(nextVisit)).mode).toBeUndefined()
    await context.close()
  })

  it('can be read with JavaScript disabled, search pointing to the A–Z index', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false })
    await page.goto('/')
    await page.locator('.journey a').first().click()
    await page.getByRole('link', { name: '户口登记' }).first().click()
    await page.getByRole('link', { name: '出生登记', exact: true }).click()
    await expect.poll(() => page.locator('#materials h3').count()).toBeGreaterThan(0)
    await page.goto('/search/?q=sfz')
    await page.getByRole('link', { name: '全部事项（按拼音排序）' }).first().click()
    await expect.poll(() => page.locator('.index-list a').count()).toBeGreaterThanOrEqual(243)
    await page.context().close()
  })
})

/** One page of every kind the portal has. */
const PAGE_TYPES = [
  '/',
  '/stages/birth/',
  '/topics/0103/',
  '/services/010301/',
  '/services/070302/',
  '/services/010201/',
  '/apply/010301/',
  '/track/',
  '/services/',
  '/bundles/',
  '/bundles/birth/',
  '/centres/',
  '/centres/jinshui-district/',
  '/departments/',
  '/departments/city-public-security/',
  '/search/?q=身份证',
  '/accessibility/',
  '/no-such-page/',
]

describe('accessibility', () => {
  it.each(['standard', 'elderly'])('has no axe-core violations on any page type in the %s mode', async (mode) => {
    const context = await browser.newContext({ locale: 'zh-CN', baseURL: baseUrl() })
    if (mode === 'elderly') await context.addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    const page = await context.newPage()
    for (const path of PAGE_TYPES) {
      await page.goto(path)
      if (path.startsWith('/search/')) await page.locator('[data-search-results] > li').first().waitFor()
      expect(await axeViolations(page), path).toEqual([])
    }
    await context.close()
  }, 120_000)
})

describe('publishing', () => {
  it('shows a guide published in the admin on the portal and in its search within two minutes', async () => {
    const page = await newPage(browser)
    await signIn(page, 'editor-city')
    const response = await fetch(`${baseUrl()}/api/services?where[code][equals]=090501&depth=0`)
    const [guide] = ((await response.json()) as { docs: { id: string; title: string }[] }).docs
    if (!guide) throw new Error('guide 090501 not found')
    const newTitle = `${guide.title}（馆藏借阅）`
    await page.goto(`/admin/collections/services/${guide.id}`)
    await page.locator('#field-title').fill(newTitle)
    await page.getByRole('button', { name: '发布修改' }).click()
    const published = Date.now()

    const portal = await newPage(browser)
    await expect
      .poll(
        async () => {
          await portal.goto('/services/090501/')
          return portal.locator('h1').textContent()
        },
        { timeout: 120_000, interval: 3_000 },
      )
      .toBe(newTitle)
    console.log(`发布后 ${Math.round((Date.now() - published) / 1000)} 秒门户可见`)
    const titles = await searchFromHome(portal, '馆藏借阅')
    expect(titles[0]).toBe(newTitle)
    // The dashboard tells the editor the build went through.
    await page.goto('/admin')
    await expect.poll(() => page.locator('[data-portal-build-status]').textContent()).toBe('成功')
    await page.context().close()
    await portal.context().close()
  }, 180_000)
})
