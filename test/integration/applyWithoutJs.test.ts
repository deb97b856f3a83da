import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '../../cms/lib/clientAddress'
import type { Application } from '../../cms/payload-types'
import type { ErrorAnswer } from '../../collections/endpoints/refusal'
import type { StatusAnswer } from '../../collections/Applications/states'
import { act } from '../helpers/applications'
import { useTestPayload } from '../helpers/payload'
import { api, signInResident } from '../helpers/residents'
import { signedIn } from '../helpers/users'

/**
 * Online applications without JavaScript: the apply form's own named fields
 * posted by the browser, the lookup and the resident's actions as plain form
 * posts, each answered with a page; and the signed-in owner's page of one
 * application.
 */
const payload = useTestPayload({ seeded: true })

/** 居民峰谷分时电价申请: a radio, a checkbox group, a required upload. */
const SERVICE = '090103'
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

let clients = 0
/** A browser's own form post through Payload's router: multipart, with the Accept a browser sends (or JSON's). */
function post(path: string, fields: [string, Blob | string][], { accept = HTML, cookie }: { accept?: string; cookie?: string } = {}): Promise<Response> {
  const form = new FormData()
  for (const [name, value] of fields) {
    if (typeof value === 'string') form.append(name, value)
    else form.append(name, value, 'card.png')
  }
  const request = new Request(`http://localhost${path}`, {
    method: 'POST',
    body: form,
    headers: { accept, [CLIENT_ADDRESS_HEADER]: `192.0.2.${(clients += 1) % 250}`, ...(cookie ? { cookie } : {}) },
  })
  return handleEndpoints({ config: payload.config, request })
}

const card = async () => new Blob([new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 90, g: 80, b: 120 } } }).png().toBuffer())], { type: 'image/png' })

let forms = 0
/** The apply form as a browser posts it: every named control, empty ones included; each a different application. */
const applyForm = async (overrides: Record<string, string | string[]> = {}, withFile = true): Promise<[string, Blob | string][]> => {
  forms += 1
  const values: Record<string, string | string[]> = {
    serviceCode: SERVICE,
    'applicant.name': '李秀兰',
    'applicant.idNumber': '110105 19491231 002x',
    'applicant.phone': '139 0000 4101',
    'applicant.email': '',
    divisionCode: '410105001001',
    'answers.electricityAccountNumber': `0123456${String(forms).padStart(3, '0')}`,
    'answers.electricityAddress': '纬五路21号院3号楼2单元',
    'answers.pricingChoice': '开通峰谷电价',
    'answers.nightUsage': ['给电动汽车充电', '储水式电热水器'],
    ...overrides,
  }
  const fields: [string, Blob | string][] = Object.entries(values).flatMap(([name, value]) => (Array.isArray(value) ? value.map((each): [string, string] => [name, each]) : [[name, value] as [string, string]]))
  return withFile ? [...fields, ['upload-0', await card()]] : fields
}

const applicationNumbered = async (trackingNumber: string): Promise<Application> =>
  (await payload.find({ collection: 'applications', where: { trackingNumber: { equals: trackingNumber } }, depth: 0, limit: 1 })).docs[0]!

/** The tracking number and query code the confirmation page shows. */
async function submitted(fields: [string, Blob | string][], cookie?: string): Promise<{ page: string; queryCode: string; trackingNumber: string }> {
  const response = await post('/api/applications/submit', fields, { cookie })
  expect(response.status).toBe(201)
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  const page = await response.text()
  const trackingNumber = /data-slot="trackingNumber">(YZ\d{14})</.exec(page)?.[1]
  const queryCode = /data-slot="queryCode">(\d{6})</.exec(page)?.[1]
  expect(trackingNumber && queryCode).toBeTruthy()
  return { page, queryCode: queryCode!, trackingNumber: trackingNumber! }
}

const key = ({ queryCode, trackingNumber }: { queryCode: string; trackingNumber: string }): [string, string][] => [
  ['trackingNumber', trackingNumber],
  ['queryCode', queryCode],
]

const reviewer = async () => ({ userId: (await signedIn(payload, 'reviewer-community')).id })

describe('the apply form posted without JavaScript', () => {
  it('stores the named fields as the script would send them — checkbox groups as lists, files, compacted numbers — and answers with the confirmation page', async () => {
    const { page, trackingNumber } = await submitted(await applyForm())
    const stored = await applicationNumbered(trackingNumber)
    expect(stored.answers).toEqual({
      electricityAccountNumber: '0123456001',
      electricityAddress: '纬五路21号院3号楼2单元',
      pricingChoice: '开通峰谷电价',
      nightUsage: ['给电动汽车充电', '储水式电热水器'],
    })
    expect(stored.applicant).toMatchObject({ name: '李秀兰', idNumber: '11010519491231002X', phone: '13900004101', email: null })
    expect((await payload.count({ collection: 'application-files', where: { application: { equals: stored.id } } })).totalDocs).toBe(1)
    // The confirmation's own words, and nothing personal: no name, ID number or phone.
    expect(page).toContain('查询码只显示这一次，请抄下或打印本页。')
    expect(page).toContain('居民峰谷分时电价申请')
    expect(page).not.toMatch(/李秀兰|11010519491231002X|13900004101/)

    // One ticked box is still a list.
    const one = await submitted(await applyForm({ 'answers.nightUsage': '其他' }))
    expect((await applicationNumbered(one.trackingNumber)).answers).toMatchObject({ nightUsage: ['其他'] })
  })

  it('answers the same form posted again the same day (a double click, a reload) with the first application, not a second', async () => {
    const form = await applyForm()
    const first = await submitted(form)
    const again = await post('/api/applications/submit', form)
    expect(again.status).toBe(200)
    const page = await again.text()
    expect(page).toContain(first.trackingNumber)
    expect(page).toContain(first.queryCode)
    const { totalDocs } = await payload.count({ collection: 'applications', where: { 'answers.electricityAccountNumber': { equals: form.find(([name]) => name === 'answers.electricityAccountNumber')![1] } } })
    expect(totalDocs).toBe(1)
  })

  it('refuses exactly as the JSON request does, and as a page that lists the problems', async () => {
    const problems = { 'applicant.idNumber': '110105194912310021', 'answers.pricingChoice': '', 'answers.nightUsage': ['给电动汽车充电', '烧烤'] }
    const json = await api(payload, '/api/applications/submit', {
      body: {
        serviceCode: SERVICE,
        divisionCode: '410105001001',
        applicant: { name: '李秀兰', idNumber: '110105194912310021', phone: '13900004101', email: '' },
        answers: { electricityAccountNumber: '0123456789', electricityAddress: '纬五路21号院', nightUsage: ['给电动汽车充电', '烧烤'] },
      },
    })
    const plain = await post('/api/applications/submit', await applyForm(problems, false), { accept: 'application/json' })
    expect(json.status).toBe(422)
    expect(plain.status).toBe(422)
    const fieldsOf = async (response: Response) => ((await response.json()) as ErrorAnswer).errors!.map((error) => `${error.field}:${error.code}`).sort()
    const refused = await fieldsOf(json)
    expect(refused).toEqual(['answers.nightUsage:NOT_AN_OPTION', 'answers.pricingChoice:REQUIRED', 'applicant.idNumber:ID_CHECK_CHARACTER', 'uploads.0:REQUIRED'])
    expect(await fieldsOf(plain)).toEqual(refused)

    const before = (await payload.count({ collection: 'applications' })).totalDocs
    const page = await post('/api/applications/submit', await applyForm(problems, false))
    expect(page.status).toBe(422)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const text = await page.text()
    expect(text).toContain('提交没有成功')
    expect(text).toContain('请上传“户主的居民身份证”')
    expect(text).toContain('请填写“申请事项”')
    expect((await payload.count({ collection: 'applications' })).totalDocs).toBe(before)
  })
})

describe('查询办件进度 without JavaScript', () => {
  it('looks an application up by a post and acts on it with the page’s own forms, each answered with the updated page', async () => {
    const application = await submitted(await applyForm())
    const lookup = await post('/api/applications/status', key(application))
    expect(lookup.status).toBe(200)
    expect(lookup.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const page = await lookup.text()
    expect(page).toContain('已提交')
    expect(page).toContain('李**')
    expect(page).not.toMatch(/李秀兰|11010519491231002X|13900004101/)
    // The forms the application allows name it again in hidden fields, never in an address.
    expect(page).toContain(`<input type="hidden" name="queryCode" value="${application.queryCode}">`)
    expect(page).toContain('action="/api/applications/withdraw"')
    expect(page).not.toContain('action="/api/applications/rating"')
    expect(page).not.toContain(`?queryCode=`)

    const wrong = await post('/api/applications/status', [['trackingNumber', application.trackingNumber], ['queryCode', application.queryCode === '000000' ? '111111' : '000000']])
    expect(wrong.status).toBe(404)
    expect(await wrong.text()).toContain('受理编号或查询码不正确')

    // 补正 with a file.
    const staff = await reviewer()
    const stored = await applicationNumbered(application.trackingNumber)
    await act(payload, stored, 'accept', staff)
    await act(payload, stored, 'startProcessing', staff)
    await act(payload, stored, 'requestSupplement', { ...staff, note: '身份证反面不清楚，请重新拍照上传' })
    const asked = await (await post('/api/applications/status', key(application))).text()
    expect(asked).toContain('身份证反面不清楚，请重新拍照上传')
    const supplemented = await post('/api/applications/supplement', [...key(application), ['note', '已重新拍照'], ['files', await card()]])
    expect(supplemented.status).toBe(200)
    expect(await supplemented.text()).toContain('补正材料已提交，工作人员会继续办理。')
    expect((await payload.count({ collection: 'application-files', where: { and: [{ application: { equals: stored.id } }, { stage: { equals: 'supplement' } }] } })).totalDocs).toBe(1)

    // 评价 once it is done.
    await act(payload, await applicationNumbered(application.trackingNumber), 'approve', { ...staff, note: '已开通峰谷电价' })
    const rated = await post('/api/applications/rating', [...key(application), ['level', '2'], ['comment', '等得太久']])
    expect(rated.status).toBe(200)
    const ratedPage = await rated.text()
    expect(ratedPage).toContain('感谢您的评价。我们会在')
    expect(ratedPage).toContain('不满意')
    expect(ratedPage).not.toContain('action="/api/applications/rating"')
  })

  it('withdraws only with the ticked confirmation', async () => {
    const application = await submitted(await applyForm())
    const unconfirmed = await post('/api/applications/withdraw', key(application))
    expect(unconfirmed.status).toBe(422)
    expect(await unconfirmed.text()).toContain('确认后再撤回')
    expect((await applicationNumbered(application.trackingNumber)).status).toBe('submitted')
    const withdrawn = await post('/api/applications/withdraw', [...key(application), ['confirm', 'yes']])
    expect(withdrawn.status).toBe(200)
    const page = await withdrawn.text()
    expect(page).toContain('申请已撤回，工作人员不会再办理。')
    expect(page).toContain('已撤回')
    expect((await applicationNumbered(application.trackingNumber)).status).toBe('withdrawn')
  })
})

describe('GET /api/applications/mine/<trackingNumber>', () => {
  it('shows the signed-in owner their application without a query code, and nobody else', async () => {
    const owner = await signInResident(payload, '13800000041')
    const other = await signInResident(payload, '13800000042')
    const { trackingNumber } = await submitted(await applyForm(), owner)
    const path = `/api/applications/mine/${trackingNumber}`

    const page = await api(payload, path, { cookie: owner, headers: { accept: HTML } })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const text = await page.text()
    expect(text).toContain(trackingNumber)
    expect(text).toContain('action="/api/applications/withdraw"')
    expect(text).not.toContain('name="queryCode"')
    const json = await api(payload, path, { cookie: owner, headers: { accept: 'application/json' } })
    expect(((await json.json()) as StatusAnswer).trackingNumber).toBe(trackingNumber)

    for (const cookie of [other, undefined]) {
      expect((await api(payload, path, { cookie, headers: { accept: HTML } })).status).toBe(404)
      const refused = await api(payload, path, { cookie, headers: { accept: 'application/json' } })
      expect(refused.status).toBe(404)
      expect(await refused.json()).toEqual({ code: 'NOT_FOUND', message: '没有找到这件申请' })
    }
    // Missing and someone else's read alike.
    expect(await (await api(payload, '/api/applications/mine/YZ00000000000000', { cookie: other, headers: { accept: 'application/json' } })).json()).toEqual({ code: 'NOT_FOUND', message: '没有找到这件申请' })

    // The page's forms post without the code: the session names the owner.
    expect((await post('/api/applications/withdraw', [['trackingNumber', trackingNumber], ['confirm', 'yes']], { cookie: other })).status).toBe(404)
    const withdrawn = await post('/api/applications/withdraw', [['trackingNumber', trackingNumber], ['confirm', 'yes']], { cookie: owner })
    expect(withdrawn.status).toBe(200)
    expect(await withdrawn.text()).not.toContain('name="queryCode"')
  })
})
