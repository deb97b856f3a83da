import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { citizenIdCheckCharacter } from '../../collections/validation/identity'
import { axeViolations, axeWithoutScript, baseUrl, fillDate, launchBrowser, newPage, staffHeaders } from './browser'
import { signInWithScript } from './resident'

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
const ADDRESS = '金水区纬五路21号院5号楼1单元302室'

let numbers = 0
const unique = (): string => String((process.pid % 100) * 10 + (numbers += 1)).padStart(3, '0')

/** A person in 纬五路社区, entered by its registrar: what real-name verification matches. */
async function registeredPerson(): Promise<{ idNumber: string; name: string }> {
  const headers = { ...(await staffHeaders('registrar-community')), 'Content-Type': 'application/json' }
  const divisions = (await (await fetch(`${baseUrl()}/api/divisions?where[code][equals]=410105001001&depth=0`, { headers })).json()) as { docs: { id: string }[] }
  const first17 = `41010519880305${unique()}`
  const person = { name: '周慧敏', idNumber: first17 + citizenIdCheckCharacter(first17) }
  const created = await fetch(`${baseUrl()}/api/persons`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ ...person, division: divisions.docs[0]!.id, residenceAddress: ADDRESS, registeredAddress: ADDRESS, status: 'active' }),
  })
  expect(created.status).toBe(201)
  return person
}

/** Sign in and verify the real name on 我的. */
async function verifiedResident(page: Page, person: { idNumber: string; name: string }): Promise<void> {
  await signInWithScript(page, `1360000${unique()}${String(numbers % 10)}`)
  const form = page.locator('[data-my-form="real-name"]')
  await form.getByLabel('姓名').fill(person.name)
  await form.getByLabel('公民身份号码').fill(person.idNumber)
  await form.getByLabel('我同意一站通按《个人信息保护说明》处理我的身份证号码').check()
  await form.getByRole('button', { name: '保存实名信息' }).click()
  await page.getByText('已核验（人口库）').first().waitFor()
}

const picture = async () => ({ name: 'scan.png', mimeType: 'image/png', buffer: await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 90, g: 80, b: 120 } } }).png().toBuffer() })

describe('使用平台已有的信息 on the apply form', () => {
  it('fills the form of a verified resident who ticks the consent box, marks 免提交, and submits without those uploads', async () => {
    const person = await registeredPerson()
    const page = await newPage(browser)
    await verifiedResident(page, person)
    await page.goto(APPLY)
    const consent = page.getByLabel(/^使用平台已有的信息为我填写：姓名、身份证号码、手机号码、所在社区、现住址/)
    await consent.check()
    await page.getByText('已用平台已有的信息填写，请核对。').waitFor()
    expect(await page.getByLabel('姓名', { exact: true }).inputValue()).toBe(person.name)
    expect(await page.getByLabel('身份证号码', { exact: true }).inputValue()).toBe(person.idNumber)
    expect(await page.getByLabel('在郑州的居住地址').inputValue()).toBe(ADDRESS)
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
})
