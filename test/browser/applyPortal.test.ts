import type { Browser, Page, Request, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type FormDefinition, validateApplication } from '../../collections/Applications/form/validate'
import type { StatusAnswer, SubmitAnswer } from '../../collections/Applications/states'
import { axeViolations, fillDate, launchBrowser, newPage } from './browser'

/**
 * The resident's side of online applications, in the browser: the form's
 * checks (the server's own rules, run without a round trip), the division
 * selects, what is sent and how answers and refusals are shown, and the
 * status page. The API is stood in for with page.route, so these tests pin
 * the portal's half of the contract whatever the server does; the journey
 * against the real endpoints is tested with them.
 */

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

const BIRTH_REGISTRATION = '/apply/010301/'
/** GB 11643 numbers: one valid, one with a wrong check character. */
const VALID_ID = '410105198503120021'
const WRONG_CHECK_ID = '410105198503120022'
const PNG = { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') }

const summaryItems = (page: Page, summary = '#error-summary') => page.locator(`${summary} li`).allTextContents()

/** Every request the page makes to the application endpoints. */
function recordApiCalls(page: Page): Request[] {
  const calls: Request[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/applications/')) calls.push(request)
  })
  return calls
}

/** Past 核对您填写的内容 to the sending: 继续, then 确认提交. */
async function continueAndConfirm(page: Page): Promise<void> {
  await page.getByRole('button', { name: '继续' }).click()
  await page.getByRole('button', { name: '确认提交' }).click()
}

async function fillBirthRegistration(page: Page): Promise<void> {
  await page.getByLabel('姓名', { exact: true }).fill('张三')
  await page.getByLabel('身份证号码', { exact: true }).fill(VALID_ID)
  await page.getByLabel('手机号码', { exact: true }).fill('138 0013 8000')
  await page.getByLabel('区', { exact: true }).selectOption({ label: '金水区' })
  await page.getByLabel('街道', { exact: true }).selectOption({ label: '经八路街道' })
  await page.getByLabel('社区', { exact: true }).selectOption({ label: '纬五路社区' })
  await page.getByLabel('孩子姓名').fill('张小明')
  await page.getByLabel('男', { exact: true }).check()
  await fillDate(page, '出生日期', ['2026', '10', '01'])
  await page.getByLabel('出生医学证明编号').fill('R410123456')
  await page.getByLabel('随父亲').check()
  await page.getByLabel('另一方父母的身份证号码').fill('410105202001010032')
  await page.getByLabel('出生医学证明', { exact: true }).setInputFiles([PNG, { ...PNG, name: 'back.png' }])
  await page.getByLabel('拟落户一方的居民户口簿').setInputFiles(PNG)
}

const SUBMITTED: SubmitAnswer = {
  trackingNumber: 'YZ26112112345678',
  queryCode: '042917',
  status: 'submitted',
  statusLabel: '已提交',
  submittedAt: '2026-11-21T06:05:00.000Z',
  service: { code: '010301', title: '出生登记' },
}

const json = (route: Route, status: number, body: unknown, headers: Record<string, string> = {}) =>
  route.fulfill({ status, contentType: 'application/json', headers, body: JSON.stringify(body) })

/** The multipart body as text, enough to read its field names and the application's JSON. */
const bodyText = (request: Request) => request.postDataBuffer()?.toString('utf8') ?? ''

describe('the application form', () => {
  it('shows the server’s own rules on an empty submit, without sending anything', async () => {
    const page = await newPage(browser)
    const calls = recordApiCalls(page)
    await page.goto(BIRTH_REGISTRATION)
    await page.getByRole('button', { name: '继续' }).click()

    const shown = await summaryItems(page)
    const definition = JSON.parse((await page.locator('#application-form').textContent()) ?? '') as FormDefinition
    const empty = { serviceCode: '010301', divisionCode: '', applicant: { name: '', idNumber: '', phone: '', email: '' }, answers: {} }
    const expected = validateApplication(definition, empty).map((error) => error.message)
    expect([...shown].sort()).toEqual([...expected].sort())
    expect(shown).toEqual(expect.arrayContaining(['请填写申请人姓名', '请填写身份证号码', '请选择您所在的社区', '请上传“出生医学证明”']))
    // Page order: the applicant first, the community after.
    expect(shown.indexOf('请填写手机号码')).toBeLessThan(shown.indexOf('请选择您所在的社区'))

    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary')
    expect(await page.title()).toMatch(/^错误：/)
    const name = page.locator('#applicant-name')
    expect(await name.getAttribute('aria-invalid')).toBe('true')
    expect(await name.getAttribute('aria-describedby')).toContain('applicant-name-error')
    expect(await page.locator('#applicant-name-error').textContent()).toBe('错误：请填写申请人姓名')

    // Each summary entry takes the resident to its question.
    await page.locator('#error-summary a', { hasText: '请填写身份证号码' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('applicant-idNumber')
    await page.locator('#error-summary a', { hasText: '请选择您所在的社区' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('division-district')

    expect(calls).toHaveLength(0)
    await page.context().close()
  })

  it('tells a mistyped ID number as the resident leaves the field, and clears it once fixed', async () => {
    const page = await newPage(browser)
    const calls = recordApiCalls(page)
    await page.goto(BIRTH_REGISTRATION)
    const id = page.getByLabel('身份证号码', { exact: true })
    // Passing a question by is not an error.
    await page.getByLabel('姓名', { exact: true }).focus()
    await page.keyboard.press('Tab')
    expect(await page.locator('#applicant-name-error').isHidden()).toBe(true)

    await id.fill(WRONG_CHECK_ID)
    await id.press('Tab')
    expect(await page.locator('#applicant-idNumber-error').textContent()).toBe('错误：身份证号码有误，请逐位核对')
    await id.fill('41010519850312')
    await id.press('Tab')
    expect(await page.locator('#applicant-idNumber-error').textContent()).toBe('错误：身份证号码应为18位，最后一位可以是数字或X')
    await id.fill(VALID_ID)
    expect(await page.locator('#applicant-idNumber-error').isHidden()).toBe(true)
    expect(await id.getAttribute('aria-invalid')).toBeNull()

    await page.getByRole('button', { name: '继续' }).click()
    expect(await summaryItems(page)).not.toContain('身份证号码有误，请逐位核对')
    await id.fill(WRONG_CHECK_ID)
    await page.getByRole('button', { name: '继续' }).click()
    expect(await summaryItems(page)).toContain('身份证号码有误，请逐位核对')
    expect(calls).toHaveLength(0)
    await page.context().close()
  })

  it('offers the streets of the chosen district, then its communities', async () => {
    const page = await newPage(browser)
    await page.goto(BIRTH_REGISTRATION)
    const street = page.getByLabel('街道', { exact: true })
    const community = page.getByLabel('社区', { exact: true })
    expect(await street.isVisible()).toBe(false)
    await page.getByLabel('区', { exact: true }).selectOption({ label: '金水区' })
    expect(await street.locator('option').allTextContents()).toEqual(expect.arrayContaining(['请选择街道', '经八路街道', '花园路街道']))
    expect(await community.isVisible()).toBe(false)
    await street.selectOption({ label: '经八路街道' })
    expect(await community.locator('option').allTextContents()).toEqual(['请选择社区', '纬五路社区', '经七路社区', '省府社区'])
    await community.selectOption({ label: '纬五路社区' })
    expect(await community.inputValue()).toBe('410105001001')
    // Another district starts the street and community again.
    await page.getByLabel('区', { exact: true }).selectOption({ label: '二七区' })
    expect(await street.inputValue()).toBe('')
    expect(await community.isVisible()).toBe(false)
    await page.context().close()
  })

  it('sends one multipart request, retries with the same Idempotency-Key, and shows the numbers once', async () => {
    const page = await newPage(browser)
    const sent: Request[] = []
    await page.route('**/api/applications/submit', async (route) => {
      sent.push(route.request())
      if (sent.length === 1) return route.abort('internetdisconnected')
      return json(route, 201, SUBMITTED)
    })
    await page.goto(BIRTH_REGISTRATION)
    await fillBirthRegistration(page)
    await continueAndConfirm(page)
    await page.locator('#error-summary li', { hasText: '网络连接中断' }).waitFor()
    expect(await page.getByRole('button', { name: '继续' }).isEnabled()).toBe(true)

    await continueAndConfirm(page)
    await page.getByRole('heading', { name: '申请已提交' }).waitFor()
    expect(sent).toHaveLength(2)
    const keys = sent.map((request) => request.headers()['idempotency-key'])
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(keys[1]).toBe(keys[0])

    const body = bodyText(sent[1]!)
    const application = JSON.parse(/name="application"\r\n\r\n(.*)\r\n/.exec(body)?.[1] ?? '{}') as Record<string, unknown>
    expect(application).toEqual({
      serviceCode: '010301',
      divisionCode: '410105001001',
      applicant: { name: '张三', idNumber: VALID_ID, phone: '13800138000', email: '' },
      answers: {
        childName: '张小明',
        childSex: '男',
        birthDate: '2026-10-01',
        birthCertificateNumber: 'R410123456',
        registerWith: '随父亲',
        otherParentIdNumber: '410105202001010032',
      },
      reuse: { consent: false, commitments: [] },
    })
    expect(body.match(/name="upload-0"; filename=/g)).toHaveLength(2)
    expect(body.match(/name="upload-1"; filename=/g)).toHaveLength(1)

    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirmation-title')
    expect(await page.locator('[data-slot="trackingNumber"]').textContent()).toBe('YZ26112112345678')
    expect(await page.locator('[data-slot="queryCode"]').textContent()).toBe('042917')
    expect(await page.getByText('查询码只显示这一次，请抄下或打印本页。').isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: '打印本页' }).isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: '查询办理进度' }).getAttribute('href')).toBe('/track/?t=YZ26112112345678')
    // The answers are gone from the page.
    expect(await page.locator('#applicant-idNumber').count()).toBe(0)
    await page.context().close()
  })

  it('shows the server’s refusals like its own: field errors, files, too many submissions', async () => {
    const page = await newPage(browser)
    const answers: [number, unknown, Record<string, string>?][] = [
      [422, { code: 'VALIDATION_FAILED', message: '填写的内容有误', errors: [{ field: 'applicant.phone', code: 'PHONE_FORMAT', message: '手机号码应为11位数字，以1开头' }] }],
      [413, { code: 'PAYLOAD_TOO_LARGE', message: '文件太大' }],
      [429, { code: 'RATE_LIMITED', message: '太频繁' }, { 'Retry-After': '120' }],
      [500, { code: 'INTERNAL_ERROR', message: '服务器暂时出错' }],
    ]
    const keys: string[] = []
    await page.route('**/api/applications/submit', (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '')
      const [status, body, headers] = answers[keys.length - 1]!
      return json(route, status, body, headers)
    })
    await page.goto(BIRTH_REGISTRATION)
    await fillBirthRegistration(page)
    const submit = () => continueAndConfirm(page)

    await submit()
    await page.locator('#error-summary li', { hasText: '手机号码应为11位数字' }).waitFor()
    expect(await page.locator('#applicant-phone-error').textContent()).toBe('错误：手机号码应为11位数字，以1开头')
    await submit()
    await page.locator('#error-summary li', { hasText: '上传的文件太大' }).waitFor()
    await submit()
    // Polled: right after the click the summary may still show the previous refusal.
    await expect.poll(() => summaryItems(page)).toEqual(['提交太频繁，请在2分钟后再试。'])
    await submit()
    await page.locator('#error-summary li', { hasText: '12345' }).waitFor()
    // A refusal stored nothing: the next attempt is a new request.
    expect(new Set(keys.slice(0, 3)).size).toBe(3)
    await page.context().close()
  })

  it('is a plain form post without JavaScript: named controls, the one-select community question, no notice that scripts are needed', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false })
    await page.goto(BIRTH_REGISTRATION)
    expect(await page.getByLabel('孩子姓名').getAttribute('name')).toBe('answers.childName')
    expect(await page.getByRole('button', { name: '继续' }).isVisible()).toBe(true)
    const form = page.locator('form[data-application-form]')
    expect(await form.getAttribute('action')).toMatch(/\/api\/applications\/submit$/)
    expect(await form.getAttribute('enctype')).toBe('multipart/form-data')
    expect(await page.locator('#divisionCode-all').isVisible()).toBe(true)
    expect(await page.getByText('需要浏览器开启 JavaScript').count()).toBe(0)
    await page.context().close()
  })
})

const STATUS: StatusAnswer = {
  documents: [],
  trackingNumber: 'YZ26112112345678',
  service: { code: '010301', title: '出生登记' },
  applicantName: '张*',
  partyName: null,
  handledWhere: null,
  status: 'supplement',
  statusLabel: '需补正',
  submittedAt: '2026-11-21T06:05:00.000Z',
  acceptedAt: '2026-11-23T01:00:00.000Z',
  dueDate: '2026-11-30',
  dueDateProvisional: false,
  completedAt: null,
  outcome: null,
  outcomeLabel: null,
  resultNote: null,
  result: null,
  supplementRequest: { note: '出生医学证明的照片看不清，请重新拍摄。', requestedAt: '2026-11-24T02:00:00.000Z' },
  timeline: [
    { at: '2026-11-21T06:05:00.000Z', status: 'submitted', statusLabel: '已提交', note: null },
    { at: '2026-11-23T01:00:00.000Z', status: 'accepted', statusLabel: '已受理', note: null },
    { at: '2026-11-24T02:00:00.000Z', status: 'supplement', statusLabel: '需补正', note: '出生医学证明的照片看不清，请重新拍摄。' },
  ],
  rating: null,
  can: { rate: false, supplement: true, withdraw: false },
}

const COMPLETED: StatusAnswer = {
  ...STATUS,
  status: 'completed',
  statusLabel: '已办结',
  completedAt: '2026-11-26T08:00:00.000Z',
  outcome: 'approved',
  outcomeLabel: '准予办理',
  resultNote: '已登记户口，请到经八路派出所领取户口簿。',
  supplementRequest: null,
  can: { rate: true, supplement: false, withdraw: false },
}

async function lookUp(page: Page, queryCode = '042917'): Promise<void> {
  // Before the page's script listens, 查询 posts the form itself, and the routed status answer would replace the page.
  await page.waitForLoadState('load')
  await page.getByLabel('查询码').fill(queryCode)
  await page.getByRole('button', { name: '查询', exact: true }).click()
}

/** Look up the application and wait until it shows. */
async function showStatus(page: Page): Promise<void> {
  await lookUp(page)
  await page.locator('[data-status]:not([hidden])').waitFor()
}

describe('the status page', () => {
  it('looks an application up with the code in a header, never in the address', async () => {
    const page = await newPage(browser)
    const asked: Request[] = []
    await page.route('**/api/applications/status**', (route) => {
      asked.push(route.request())
      return asked.length === 1
        ? json(route, 404, { code: 'NOT_FOUND', message: '受理编号或查询码不正确，还可以再试4次' })
        : json(route, 200, STATUS)
    })
    await page.goto('/track/?t=YZ26112112345678')
    expect(await page.getByLabel('受理编号').inputValue()).toBe('YZ26112112345678')
    await page.getByRole('button', { name: '查询', exact: true }).click()
    expect(await summaryItems(page, '#lookup-errors')).toEqual(['请填写查询码'])

    await lookUp(page, '000000')
    await page.locator('#lookup-errors li', { hasText: '受理编号或查询码不正确，还可以再试4次。' }).waitFor()
    await showStatus(page)

    expect(asked.map((request) => new URL(request.url()).search)).toEqual(['?trackingNumber=YZ26112112345678', '?trackingNumber=YZ26112112345678'])
    expect(asked.map((request) => request.headers()['x-query-code'])).toEqual(['000000', '042917'])
    expect(page.url()).not.toContain('042917')
    expect(await page.locator('[data-slot="statusLabel"]').textContent()).toBe('需补正')
    expect(await page.locator('[data-slot="dueDate"]').textContent()).toBe('2026年11月30日')
    expect(await page.locator('[data-timeline] li').count()).toBe(3)
    expect(await page.getByText('出生医学证明的照片看不清，请重新拍摄。').first().isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: '撤回申请' }).isVisible()).toBe(false)
    expect(await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage))).not.toContain('042917')
    await page.context().close()
  })

  it('says when to try again after too many wrong codes', async () => {
    const page = await newPage(browser)
    await page.route('**/api/applications/status**', (route) =>
      json(route, 429, { code: 'LOCKED', message: '查询码错误次数太多，请15分钟后再试，或拨打12345' }, { 'Retry-After': '1800' }),
    )
    await page.goto('/track/?t=YZ26112112345678')
    await lookUp(page)
    await page.locator('#lookup-errors li', { hasText: '请在30分钟后再试' }).waitFor()
    await page.context().close()
  })

  it('sends the material asked for with a note and the code', async () => {
    const page = await newPage(browser)
    let sent: Request | undefined
    await page.route('**/api/applications/status**', (route) => json(route, 200, STATUS))
    await page.route('**/api/applications/supplement', (route) => {
      sent = route.request()
      return json(route, 200, { ...STATUS, status: 'processing', statusLabel: '办理中', supplementRequest: null, can: { rate: false, supplement: false, withdraw: false } })
    })
    await page.goto('/track/?t=YZ26112112345678')
    await showStatus(page)
    await page.getByRole('button', { name: '提交补正材料' }).click()
    expect(await summaryItems(page, '#supplement-errors')).toEqual(['请上传补正材料，或写明补正的内容'])
    await page.getByLabel('补正说明').fill('重新拍了出生医学证明')
    await page.getByLabel('补正材料（选填）').setInputFiles(PNG)
    await page.getByRole('button', { name: '提交补正材料' }).click()
    await page.locator('[data-action-message]', { hasText: '补正材料已提交' }).waitFor()
    const body = bodyText(sent!)
    for (const part of ['name="trackingNumber"\r\n\r\nYZ26112112345678', 'name="queryCode"\r\n\r\n042917', 'name="note"\r\n\r\n重新拍了出生医学证明', 'name="files"; filename="photo.png"']) {
      expect(body).toContain(part)
    }
    expect(await page.locator('[data-slot="statusLabel"]').textContent()).toBe('办理中')
    expect(await page.getByRole('button', { name: '提交补正材料' }).isVisible()).toBe(false)
    await page.context().close()
  })

  it('withdraws only after the resident confirms', async () => {
    const page = await newPage(browser)
    let withdrawals = 0
    await page.route('**/api/applications/status**', (route) =>
      json(route, 200, { ...STATUS, status: 'submitted', statusLabel: '已提交', acceptedAt: null, dueDate: null, supplementRequest: null, can: { rate: false, supplement: false, withdraw: true } }),
    )
    await page.route('**/api/applications/withdraw', (route) => {
      withdrawals += 1
      expect(JSON.parse(route.request().postData() ?? '{}')).toEqual({ trackingNumber: 'YZ26112112345678', queryCode: '042917' })
      return json(route, 200, { ...STATUS, status: 'withdrawn', statusLabel: '已撤回', supplementRequest: null, can: { rate: false, supplement: false, withdraw: false } })
    })
    await page.goto('/track/?t=YZ26112112345678')
    await showStatus(page)
    expect(await page.locator('[data-row="dueDate"]').isVisible()).toBe(false)
    await page.getByRole('button', { name: '撤回申请' }).click()
    await page.getByRole('button', { name: '不撤回' }).click()
    expect(withdrawals).toBe(0)
    await page.getByRole('button', { name: '撤回申请' }).click()
    await page.getByRole('button', { name: '确定撤回' }).click()
    await page.locator('[data-action-message]', { hasText: '申请已撤回' }).waitFor()
    expect(withdrawals).toBe(1)
    expect(await page.locator('[data-slot="statusLabel"]').textContent()).toBe('已撤回')
    await page.context().close()
  })

  it('takes a rating and promises a follow-up when the resident is not satisfied', async () => {
    const page = await newPage(browser)
    let rated: unknown
    await page.route('**/api/applications/status**', (route) => json(route, 200, COMPLETED))
    await page.route('**/api/applications/rating', (route) => {
      rated = JSON.parse(route.request().postData() ?? '{}')
      return json(route, 200, { ...COMPLETED, rating: { level: 2, label: '不满意', comment: '等了很久', ratedAt: '2026-11-27T01:00:00.000Z' }, can: { rate: false, supplement: false, withdraw: false } })
    })
    await page.goto('/track/?t=YZ26112112345678')
    await showStatus(page)
    expect(await page.locator('[data-slot="outcomeLabel"]').textContent()).toBe('准予办理')
    const levels = await page.getByRole('group', { name: '您对这次办理满意吗？' }).locator('label').allTextContents()
    expect(levels).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意'])
    await page.getByRole('button', { name: '提交评价' }).click()
    expect(await summaryItems(page, '#rating-errors')).toEqual(['请选择非常满意、满意、基本满意、不满意或非常不满意'])
    await page.getByLabel('不满意', { exact: true }).check()
    await page.getByLabel('意见和建议').fill('等了很久')
    await page.getByRole('button', { name: '提交评价' }).click()
    await page.locator('[data-action-message]', { hasText: '我们会在15个工作日内联系您并整改' }).waitFor()
    expect(rated).toEqual({ trackingNumber: 'YZ26112112345678', queryCode: '042917', level: 2, comment: '等了很久' })
    expect(await page.locator('[data-slot="ratingLabel"]').textContent()).toBe('不满意')
    expect(await page.getByRole('button', { name: '提交评价' }).isVisible()).toBe(false)
    await page.context().close()
  })
})

describe('accessibility of the application pages as they change', () => {
  it.each(['standard', 'elderly'])('has no axe-core violations with errors, answers and confirmations shown in the %s mode', async (mode) => {
    const page = await newPage(browser)
    if (mode === 'elderly') await page.context().addInitScript(() => localStorage.setItem('yizhan-mode', 'elderly'))
    await page.route('**/api/applications/submit', (route) => json(route, 201, SUBMITTED))
    await page.route('**/api/applications/status**', (route) => json(route, 200, { ...COMPLETED, can: { rate: true, supplement: true, withdraw: true }, supplementRequest: STATUS.supplementRequest }))

    await page.goto(BIRTH_REGISTRATION)
    await page.getByRole('button', { name: '继续' }).click()
    expect(await axeViolations(page), 'apply with errors').toEqual([])
    await fillBirthRegistration(page)
    await page.getByRole('button', { name: '继续' }).click()
    await page.getByRole('heading', { name: '核对您填写的内容' }).waitFor()
    expect(await axeViolations(page), 'check your answers').toEqual([])
    await page.getByRole('button', { name: '确认提交' }).click()
    await page.getByRole('heading', { name: '申请已提交' }).waitFor()
    expect(await axeViolations(page), 'confirmation').toEqual([])

    await page.getByRole('link', { name: '查询办理进度' }).click()
    await showStatus(page)
    await page.getByRole('button', { name: '提交评价' }).click()
    await page.getByRole('button', { name: '撤回申请' }).click()
    expect(await axeViolations(page), 'status with every action').toEqual([])
    await page.context().close()
  }, 60_000)
})
