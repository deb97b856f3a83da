import type { Page } from 'playwright-core'

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

/** Fill 网上12345's form with a complaint in 纬五路社区 (the phone only when given: a signed-in resident's is filled in). */
export async function fillRequest(page: Page, content: string, phone: string | null, { script = true } = {}): Promise<void> {
  await page.getByLabel('投诉', { exact: true }).check()
  await page.getByLabel('涉及哪方面').selectOption({ index: 1 })
  await page.getByLabel('诉求内容').fill(content)
  if (script) {
    await page.getByLabel('区', { exact: true }).selectOption({ label: '金水区' })
    await page.getByLabel('街道', { exact: true }).selectOption({ label: '经八路街道' })
    await page.getByLabel('社区', { exact: true }).selectOption({ label: '纬五路社区' })
  } else {
    // Without JavaScript: one select of every community, grouped by street (the script's selects stay out of the post).
    await page.locator('#divisionCode-all').selectOption({ label: '纬五路社区' })
  }
  await page.getByLabel('具体地址').fill('纬五路21号院3号楼')
  if (phone !== null) await page.getByLabel('手机号码').fill(phone)
}
