import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { axeViolations, launchBrowser, newPage } from './browser'
import { signInWithScript, signInWithoutScript } from './resident'

/**
 * A resident books a provider's item on the web and follows it through the
 * provider loop on the shared platform's demo data: the booking form and the
 * order's page (without JavaScript, as they are plain pages), the provider
 * accepting, sending a worker and finishing in its workspace, the resident
 * confirming and rating, and the worker's card linked from the order.
 */

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

let numbers = 0
const newPhone = (): string => `1370000${String(process.pid % 100).padStart(2, '0')}${String((numbers += 1)).padStart(2, '0')}`

/** A demo item of 好帮手 by its name (日常保洁（2小时） unless given), by its id (the price list is public). */
async function demoItemId(page: Page, name = '日常保洁（2小时）'): Promise<string> {
  const query = `{ ProviderItems(where: { name: { equals: "${name}" } }, limit: 1) { docs { id } } }`
  const answer = (await (await page.request.post('/api/graphql', { data: { query } })).json()) as {
    data: { ProviderItems: { docs: { id: number | string }[] } }
  }
  return String(answer.data.ProviderItems.docs[0]!.id)
}

/** Fill the booking form with the first free slot (in `community` when given) and post it; lands on the order's page and returns its number. */
async function book(page: Page, itemId: string, community?: string): Promise<string> {
  await page.goto(`/api/life/book?item=${itemId}`)
  await page.getByRole('heading', { name: '预约生活服务' }).waitFor()
  if (community) await page.getByLabel('服务地址所在社区').selectOption({ label: community })
  await page.locator('input[name="slot"]:not([disabled])').first().check()
  await page.getByLabel('服务地址（小区、楼栋、门牌号）').fill('纬五路12号院3号楼2单元501')
  // A new account has no real name yet to fill in.
  await page.getByLabel('预约人姓名').fill('张秀兰')
  await page.getByRole('button', { name: '提交预约' }).click()
  await page.getByRole('heading', { name: '生活服务订单' }).waitFor()
  return /SH\d{14}/.exec(page.url())![0]
}

/** A demo provider's account signs in on the portal's page and lands in its workspace. */
async function signInProvider(page: Page, username = 'provider-haobangshou'): Promise<void> {
  await page.goto(PORTAL_PATHS.providerSignIn())
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await page.waitForURL((url) => url.pathname.startsWith('/api/provider-accounts/workspace/orders'))
}

/** In the workspace, open the order by its number from the tab it sits in, and take one step (with the note it asks for). */
async function providerStep(page: Page, tab: string, number: string, step: string, note?: { label: string; text: string }): Promise<void> {
  await page.goto(`/api/provider-accounts/workspace/orders?tab=${tab}`)
  await page.getByRole('link', { name: number }).click()
  if (note) await page.getByLabel(note.label).fill(note.text)
  await Promise.all([page.waitForEvent('framenavigated'), page.getByRole('button', { name: step, exact: true }).click()])
  await page.waitForLoadState()
}

describe('booking a life service on the web', () => {
  it('goes from the booking form through the provider’s workspace to the rating and the worker’s card, without JavaScript', async () => {
    const resident = await newPage(browser, { javaScriptEnabled: false })
    await signInWithoutScript(resident, newPhone())
    const number = await book(resident, await demoItemId(resident))
    expect(await resident.locator('dl.facts').textContent()).toContain('待接单')

    const provider = await newPage(browser, { javaScriptEnabled: false })
    await signInProvider(provider)
    await providerStep(provider, 'offered', number, '接单')
    await providerStep(provider, 'accepted', number, '派服务人员')
    await providerStep(provider, 'scheduled', number, '服务完成')

    await resident.reload()
    expect(await resident.locator('dl.facts').textContent()).toContain('待确认')
    await resident.getByRole('button', { name: '确认完成' }).click()
    await resident.getByRole('heading', { name: '评价' }).waitFor()
    await resident.getByRole('group', { name: '对这次服务' }).getByLabel('非常满意', { exact: true }).check()
    await resident.getByRole('group', { name: '对服务人员' }).getByLabel('非常满意', { exact: true }).check()
    await resident.getByRole('button', { name: '提交评价' }).click()
    await resident.getByRole('heading', { name: '生活服务订单' }).waitFor()
    expect(await resident.locator('dl.facts').textContent()).toContain('已评价')

    const card = resident.locator('a[href^="/life/workers/FW"]')
    const href = (await card.getAttribute('href'))!
    expect(href).toBe(PORTAL_PATHS.lifeWorker((await card.textContent())!))
    expect((await resident.request.get(href)).status()).toBe(200)
    await resident.context().close()
    await provider.context().close()
  }, 180_000)
})

describe('a provider declining an offer', () => {
  it('moves the order to the next provider serving the category in the community', async () => {
    const resident = await newPage(browser, { javaScriptEnabled: false })
    await signInWithoutScript(resident, newPhone())
    // 上门照护 is 好帮手's; 夕阳红 also serves 养老护理 in 纬五路社区's street.
    const number = await book(resident, await demoItemId(resident, '上门照护（半天）'), '纬五路社区')

    const first = await newPage(browser, { javaScriptEnabled: false })
    await signInProvider(first)
    await providerStep(first, 'offered', number, '拒单', { label: '拒单原因', text: '这个时段的护理员都已排满' })

    const next = await newPage(browser, { javaScriptEnabled: false })
    await signInProvider(next, 'provider-xiyanghong')
    await next.goto('/api/provider-accounts/workspace/orders?tab=offered')
    await next.getByRole('link', { name: number }).waitFor()
    await resident.reload()
    expect(await resident.locator('dl.facts').textContent()).toContain('待接单')
    for (const page of [resident, first, next]) await page.context().close()
  }, 180_000)
})

describe('accessibility of the booking pages', () => {
  it.each(['standard', 'elderly'])('has no axe-core violations in the %s mode', async (mode) => {
    const page = await newPage(browser)
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await signInWithScript(page, newPhone())
    await page.goto(`/api/life/book?item=${await demoItemId(page)}`)
    expect(await axeViolations(page), 'booking form').toEqual([])
    await book(page, await demoItemId(page))
    expect(await axeViolations(page), 'order page').toEqual([])
    await page.context().close()
  }, 120_000)
})
