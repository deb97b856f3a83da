import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, axeWithoutScript, fillDate, launchBrowser, newPage } from './browser'
import { REGISTERED_ADDRESS, registeredPerson, signInWithScript, verifiedResident } from './resident'

/**
 * Reuse of what the platform knows, on the real platform: a resident
 * verified against the population base ticks the consent box on 居住证申领's
 * form, sees it filled from the base and 居民身份证 marked 免提交, signs the
 * 告知承诺 for 就业或就读证明 and submits without uploading either.
 */

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

const APPLY = '/apply/070501/'

let numbers = 0
const unique = (): string => String((process.pid % 100) * 10 + (numbers += 1)).padStart(3, '0')

const picture = async () => ({ name: 'scan.png', mimeType: 'image/png', buffer: await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 90, g: 80, b: 120 } } }).png().toBuffer() })

describe('使用平台已有的信息 on the apply form', () => {
  it('fills the form of a verified resident who ticks the consent box, marks 免提交, and submits without those uploads', async () => {
    const person = await registeredPerson(`41010519880305${unique()}`)
    const page = await newPage(browser)
    await verifiedResident(page, `1360000${unique()}${String(numbers % 10)}`, person)
    await page.goto(APPLY)
    const consent = page.getByLabel(/^使用平台已有的信息为我填写：姓名、身份证号码、手机号码、所在社区、现住址/)
    await consent.check()
    await page.getByText('已用平台已有的信息填写，请核对。').waitFor()
    expect(await page.getByLabel('姓名', { exact: true }).inputValue()).toBe(person.name)
    expect(await page.getByLabel('身份证号码', { exact: true }).inputValue()).toBe(person.idNumber)
    expect(await page.getByLabel('在郑州的居住地址').inputValue()).toBe(REGISTERED_ADDRESS)
    expect(await page.getByLabel('社区', { exact: true }).inputValue()).toBe('410105001001')
    await page.getByText('免提交（平台已有：人口库的身份和户籍信息），不用上传。').waitFor()
    // No 居住证明 issued here: that material is still asked for.
    await page.getByText('平台没有您的这份材料，请上传。').waitFor()

    await page.getByLabel('住房类型').selectOption('自有住房')
    await fillDate(page, '居住登记日期', ['2026', '1', '5'])
    await page.getByLabel('合法稳定就业').check()
    await page.getByLabel('到便民服务中心领取').check()
    await page.getByLabel(/^不上传“就业或就读证明”，签署告知承诺/).check()
    await page.getByLabel('居住地住址证明').setInputFiles(await picture())
    await page.getByLabel('本人近期正面免冠证件照').setInputFiles(await picture())
    for (const mode of ['standard', 'elderly']) {
      await page.evaluate((chosen) => (chosen === 'elderly' ? document.documentElement.setAttribute('data-mode', 'elderly') : document.documentElement.removeAttribute('data-mode')), mode)
      expect(await axeViolations(page), `filled form, ${mode}`).toEqual([])
    }
    await page.getByRole('button', { name: '继续' }).click()
    await page.getByRole('button', { name: '确认提交' }).click()
    await page.locator('[data-confirmation] [data-slot="trackingNumber"]').filter({ hasText: /^YZ\d{14}$/ }).waitFor()
    await page.context().close()
  }, 120_000)

  it.each(['standard', 'elderly'])('shows a refusal under the box to a resident not verified, axe-clean with and without JavaScript in the %s mode', async (mode) => {
    const page = await newPage(browser)
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await signInWithScript(page, `1360001${unique()}${String(numbers % 10)}`)
    await page.goto(APPLY)
    expect(await axeWithoutScript(browser, page, mode), `${mode}, without JavaScript`).toEqual([])
    // The script unticks the box again as soon as the refusal comes back.
    await page.getByLabel(/^使用平台已有的信息为我填写/).click()
    await page.getByText('需要先登录并完成实名核验').first().waitFor()
    expect(await page.getByLabel(/^使用平台已有的信息为我填写/).isChecked()).toBe(false)
    expect(await axeViolations(page), mode).toEqual([])
    await page.context().close()
  }, 60_000)

  it.each(['standard', 'elderly'])('refills the form without JavaScript: the server renders it filled in, 免提交 marked, on through the check page to the application (%s mode, axe-clean)', async (mode) => {
    const person = await registeredPerson(`41010519880305${unique()}`)
    const signedIn = await newPage(browser)
    await verifiedResident(signedIn, `1360003${unique()}${String(numbers % 10)}`, person)
    const page = await newPage(browser, { javaScriptEnabled: false, storageState: await signedIn.context().storageState() })
    await signedIn.context().close()
    await page.goto(APPLY)
    await page.getByLabel(/^使用平台已有的信息为我填写/).check()
    await page.getByRole('button', { name: '用平台已有的信息填写（不提交）' }).click()

    await page.locator('[data-filled]').waitFor()
    expect(await page.getByLabel('姓名', { exact: true }).inputValue()).toBe(person.name)
    expect(await page.getByLabel('身份证号码', { exact: true }).inputValue()).toBe(person.idNumber)
    expect(await page.getByLabel('在郑州的居住地址').inputValue()).toBe(REGISTERED_ADDRESS)
    expect(await page.locator('#divisionCode-all').inputValue()).toBe('410105001001')
    await page.getByText('免提交（平台已有：人口库的身份和户籍信息），不用上传。').waitFor()
    expect(await page.locator('[name="upload-0"]').count()).toBe(0)
    expect(await page.locator('input[type="hidden"][name="reuse.consent"]').getAttribute('value')).toBe('yes')
    expect(await axeWithoutScript(browser, page, mode), 'filled form').toEqual([])

    await page.getByLabel('手机号码', { exact: true }).fill('13900007002')
    await page.getByLabel('住房类型').selectOption('自有住房')
    await fillDate(page, '居住登记日期', ['2026', '1', '5'])
    await page.getByLabel('合法稳定就业').check()
    await page.getByLabel('到便民服务中心领取').check()
    await page.getByLabel(/^不上传“就业或就读证明”，签署告知承诺/).check()
    await page.getByRole('button', { name: '继续' }).click()

    await page.getByRole('heading', { level: 1, name: '核对您填写的内容' }).waitFor()
    const listed = (await page.locator('.summary-list').allTextContents()).join('')
    expect(listed).toContain(person.name)
    expect(listed).toContain(REGISTERED_ADDRESS)
    await page.getByLabel('居住地住址证明').setInputFiles(await picture())
    await page.getByLabel('本人近期正面免冠证件照').setInputFiles(await picture())
    await page.getByRole('button', { name: '确认提交' }).click()
    await page.locator('[data-slot="trackingNumber"]').filter({ hasText: /^YZ\d{14}$/ }).waitFor()
    await page.context().close()
  }, 120_000)
})
