import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { followListLink, launchBrowser, newPage, signIn } from './browser'

/**
 * The whole journey against the real platform: a resident applies online
 * with a photo, a reviewer accepts it in the admin and asks for more, the
 * resident supplements on the status page, the reviewer completes it, and
 * the resident sees the result and rates the service.
 */

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

const photo = async () => ({
  name: 'diploma.jpg',
  mimeType: 'image/jpeg',
  buffer: await sharp({ create: { width: 800, height: 600, channels: 3, background: '#dde4ee' } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '34/1 45/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '113/1 39/1 0/1' } })
    .toBuffer(),
})

/** The reviewer finds the application by its tracking number in the list. */
async function openApplication(page: Page, trackingNumber: string): Promise<void> {
  await page.goto(`/admin/collections/applications?search=${trackingNumber}`)
  await followListLink(page, page.getByRole('link', { name: trackingNumber }))
}

/** The reviewer takes an action on the application, with its note. */
async function reviewerActs(page: Page, trackingNumber: string, action: string, note = ''): Promise<void> {
  await openApplication(page, trackingNumber)
  await page.locator(`button[data-action="${action}"]`).click()
  if (note) await page.getByLabel(/（必填）|选填/).fill(note)
  await page.getByRole('button', { name: /^确认/ }).click()
  await page.locator(`button[data-action="${action}"]`).waitFor({ state: 'detached' })
}

async function lookUp(page: Page, trackingNumber: string, queryCode: string): Promise<void> {
  await page.goto(`/track/?t=${trackingNumber}`)
  await page.getByLabel('查询码').fill(queryCode)
  await page.getByRole('button', { name: '查询' }).click()
  await page.locator('[data-slot="statusLabel"]').filter({ hasText: /\S/ }).waitFor()
}

describe('an online application from start to finish', () => {
  it('goes from the portal through the reviewer’s admin and back to the resident’s rating', async () => {
    const resident = await newPage(browser)
    await resident.goto('/apply/030502/')
    await resident.getByLabel('姓名', { exact: true }).fill('陈晓')
    await resident.getByLabel('身份证号码', { exact: true }).fill('11010519491231002X')
    await resident.getByLabel('手机号码', { exact: true }).fill('13912345678')
    await resident.getByLabel('区', { exact: true }).selectOption({ label: '金水区' })
    await resident.getByLabel('街道', { exact: true }).selectOption({ label: '经八路街道' })
    await resident.getByLabel('社区', { exact: true }).selectOption({ label: '纬五路社区' })
    await resident.getByLabel('16至24岁失业青年').check()
    await resident.getByLabel('想去哪类单位见习').selectOption({ label: '计算机和互联网' })
    await resident.getByLabel('毕业证书').setInputFiles(await photo())
    await resident.getByRole('button', { name: '继续' }).click()
    await resident.getByRole('button', { name: '确认提交' }).click()

    await resident.getByRole('heading', { name: '申请已提交' }).waitFor()
    const trackingNumber = (await resident.locator('[data-slot="trackingNumber"]').textContent())!.replace(/\s/g, '')
    const queryCode = (await resident.locator('[data-slot="queryCode"]').textContent())!.replace(/\s/g, '')
    expect(trackingNumber).toMatch(/^YZ\d{14}$/)
    expect(queryCode).toMatch(/^\d{6}$/)

    // The reviewer of that community finds it waiting, sees the photo, and accepts it.
    const reviewer = await newPage(browser)
    await signIn(reviewer, 'reviewer-community')
    await reviewer.goto('/admin/collections/applications')
    const toAccept = reviewer.locator('[data-queue="to-accept"]')
    expect(Number(await toAccept.locator('.casework-queues__count').textContent())).toBeGreaterThan(0)
    await openApplication(reviewer, trackingNumber)
    await expect.poll(() => reviewer.locator('.casework-files img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(800)
    await reviewer.locator('button[data-action="accept"]').click()
    await reviewer.getByRole('button', { name: '确认受理' }).click()
    await reviewer.locator('button[data-action="requestSupplement"]').waitFor()
    expect(await reviewer.locator('#workflow-heading').textContent()).toContain('已受理')

    await reviewerActs(reviewer, trackingNumber, 'requestSupplement', '请补充上传毕业证书背面')

    // The resident sees the request and supplements.
    await lookUp(resident, trackingNumber, queryCode)
    expect(await resident.locator('[data-slot="statusLabel"]').textContent()).toBe('需补正')
    await expect.poll(() => resident.locator('body').textContent()).toContain('请补充上传毕业证书背面')
    await resident.locator('input[type=file][name=files]').setInputFiles(await photo())
    await resident.getByLabel('补正说明').fill('已上传毕业证书背面')
    await resident.getByRole('button', { name: '提交补正材料' }).click()
    await expect.poll(() => resident.locator('[data-slot="statusLabel"]').textContent()).toBe('已受理')

    await reviewerActs(reviewer, trackingNumber, 'startProcessing')
    await reviewerActs(reviewer, trackingNumber, 'approve', '准予参加就业见习，见习单位会电话联系您')
    expect(await reviewer.locator('#workflow-heading').textContent()).toContain('已办结')
    // The history lists every step with the reviewer's name for staff (its table loads after the page).
    await expect.poll(() => reviewer.locator('body').textContent(), { timeout: 10_000 }).toContain('要求补正材料')

    // The resident sees the result and rates it once.
    await lookUp(resident, trackingNumber, queryCode)
    expect(await resident.locator('[data-slot="statusLabel"]').textContent()).toBe('已办结')
    expect(await resident.locator('body').textContent()).toContain('准予参加就业见习')
    expect(await resident.locator('body').textContent()).not.toContain('孙燕')
    await resident.getByLabel('非常满意').check()
    await resident.getByLabel('意见和建议').fill('网上就办好了，很方便')
    await resident.getByRole('button', { name: '提交评价' }).click()
    await expect.poll(() => resident.locator('body').textContent()).toContain('您的评价')
    expect(await resident.getByRole('button', { name: '提交评价' }).isVisible()).toBe(false)

    await resident.context().close()
    await reviewer.context().close()
  }, 180_000)
})
