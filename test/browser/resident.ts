import type { Page } from 'playwright-core'
import { expect } from 'vitest'

import { citizenIdCheckCharacter } from '../../collections/validation/identity'
import { baseUrl, staffHeaders } from './browser'

/** A resident's steps on the portal that several browser tests share. */

/** The six digits of the demo-mode note. */
export async function demoCode(page: Page): Promise<string> {
  const note = page.locator('[data-demo-code]')
  await note.waitFor()
  return /(\d{6})/.exec((await note.textContent()) ?? '')![1]!
}

/** On the sign-in page already open, with the script: number, code, consent; lands on `then` (我的 unless the page was given ?next=). */
export async function signInOnPage(page: Page, phone: string, then = '/my/'): Promise<void> {
  await page.locator('[data-code-form] input[name="phone"]').fill(phone)
  await page.getByRole('button', { name: '获取验证码' }).click()
  await page.getByRole('textbox', { name: '短信验证码' }).fill(await demoCode(page))
  await page.getByLabel('我已阅读并同意《个人信息保护说明》').check()
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await page.waitForURL((url) => url.pathname === then)
}

/** Sign in on /my/sign-in/ with the script: number, code, consent; lands on 我的. */
export async function signInWithScript(page: Page, phone: string): Promise<void> {
  await page.goto('/my/sign-in/')
  await signInOnPage(page, phone)
}

/** Sign in without JavaScript: each form post answered by a page; lands on 我的. */
export async function signInWithoutScript(page: Page, phone: string): Promise<void> {
  await page.goto('/my/sign-in/')
  await page.locator('[data-code-form] input[name="phone"]').fill(phone)
  await page.getByRole('button', { name: '获取验证码' }).click()
  await page.getByRole('heading', { name: '输入验证码' }).waitFor()
  await page.getByRole('textbox', { name: '短信验证码' }).fill(await demoCode(page))
  await page.getByLabel('我已阅读并同意《个人信息保护说明》（首次登录时需要同意）').check()
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await page.waitForURL((url) => url.pathname === '/my/')
}

/** Choose 纬五路社区 as the community: 区, 街道, 社区 with the script; without it, the one select of every community (the script's selects stay out of the post). */
export async function chooseWeiwulu(page: Page, script: boolean): Promise<void> {
  if (script) {
    await page.getByLabel('区', { exact: true }).selectOption({ label: '金水区' })
    await page.getByLabel('街道', { exact: true }).selectOption({ label: '经八路街道' })
    await page.getByLabel('社区', { exact: true }).selectOption({ label: '纬五路社区' })
  } else {
    await page.locator('#divisionCode-all').selectOption({ label: '纬五路社区' })
  }
}

/** Fill 网上12345's form with a complaint in 纬五路社区 (the phone only when given: a signed-in resident's is filled in). */
export async function fillRequest(page: Page, content: string, phone: string | null, { script = true } = {}): Promise<void> {
  await page.getByLabel('投诉', { exact: true }).check()
  await page.getByLabel('涉及哪方面').selectOption({ index: 1 })
  await page.getByLabel('诉求内容').fill(content)
  await chooseWeiwulu(page, script)
  await page.getByLabel('具体地址').fill('纬五路21号院3号楼')
  if (phone !== null) await page.getByLabel('手机号码').fill(phone)
}

/** Where the people `registeredPerson` enters live (and are registered). */
export const REGISTERED_ADDRESS = '金水区纬五路21号院5号楼1单元302室'

/** A person in 纬五路社区, entered by its registrar: what real-name verification matches. `first17` (region, birth date, sequence) keeps tests apart. */
export async function registeredPerson(first17: string, name = '周慧敏'): Promise<{ idNumber: string; name: string }> {
  const headers = { ...(await staffHeaders('registrar-community')), 'Content-Type': 'application/json' }
  const divisions = (await (await fetch(`${baseUrl()}/api/divisions?where[code][equals]=410105001001&depth=0`, { headers })).json()) as { docs: { id: string }[] }
  const person = { name, idNumber: first17 + citizenIdCheckCharacter(first17) }
  const created = await fetch(`${baseUrl()}/api/persons`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ ...person, division: divisions.docs[0]!.id, residenceAddress: REGISTERED_ADDRESS, registeredAddress: REGISTERED_ADDRESS, status: 'active' }),
  })
  expect(created.status).toBe(201)
  return person
}

/** Sign in with `phone` and verify the real name as `person` on 我的. */
export async function verifiedResident(page: Page, phone: string, person: { idNumber: string; name: string }): Promise<void> {
  await signInWithScript(page, phone)
  const form = page.locator('[data-my-form="real-name"]')
  await form.getByLabel('姓名').fill(person.name)
  await form.getByLabel('公民身份号码').fill(person.idNumber)
  await form.getByLabel('我同意一站通按《个人信息保护说明》处理我的身份证号码').check()
  await form.getByRole('button', { name: '保存实名信息' }).click()
  await page.getByText('已核验（人口库）').first().waitFor()
}
