import { type CollectionBeforeChangeHook, createLocalReq, handleEndpoints } from 'payload'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '../../cms/lib/clientAddress'

import type { Application, Service } from '../../cms/payload-types'
import type { Answers, FormDefinition, FormField } from '../../collections/Applications/form/validate'
import type { BundleSubmitAnswer, JointStatusAnswer } from '../../collections/BundleCases/states'
import type { ErrorAnswer } from '../../collections/endpoints/refusal'
import type { MyCases } from '../../collections/Residents/myCases'
import { mergeForms } from '../../collections/Bundles/form/merge'
import { bundleMembers } from '../../collections/Bundles/lib/members'
import { relationId } from '../../collections/relations'
import { act } from '../helpers/applications'
import { useTestPayload } from '../helpers/payload'
import { api, signInResident } from '../helpers/residents'
import { callEndpoint, refused } from '../helpers/endpoints'
import { divisionId, signedIn } from '../helpers/users'

/**
 * 一件事 applied for as one: the merged form posted once fans out into one
 * application per service, each in its own department, tied to a joint
 * case, all in one transaction; the joint status follows the members; a
 * bundle that cannot be applied for as one is refused, saying why.
 */
const payload = useTestPayload({ seeded: true })

const BUSINESS = 'business-start'
const BUSINESS_SERVICES = ['050101', '050102', '050103', '050104']
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
const applicant = { name: '王建国', idNumber: '11010519491231002X', phone: '13900005501', email: '' }

/** The bundle's merged form as its page shows it. */
async function mergedForm(code: string): Promise<FormDefinition> {
  const { docs } = await payload.find({ collection: 'bundles', where: { code: { equals: code } }, depth: 0, limit: 1 })
  const members = await bundleMembers(await createLocalReq({}, payload), docs[0]!.services)
  return mergeForms(members.map(({ member }) => member)).definition
}

/** A valid answer to every question, as a resident would give. */
function answerTo(field: FormField): string | string[] {
  const first = field.options?.[0] ?? ''
  switch (field.type) {
    case 'checkboxes':
      return [first]
    case 'select':
    case 'radio':
      return first
    case 'number':
      return '10'
    case 'date':
      return '2026-01-05'
    case 'phone':
      return '13900005502'
    case 'id-number':
      return '440524188001010014'
    case 'email':
      return 'a@example.com'
    default:
      return `${field.label}的回答`
  }
}

const png = async () =>
  new Blob([new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 20, g: 80, b: 120 } } }).png().toBuffer())], { type: 'image/png' })

let submits = 0
/** The bundle's form sent as the portal's script sends it: the application as JSON, a file for every material. */
async function submitBundle(code: string, { accept = 'application/json', cookie, answered = {} }: { accept?: string; answered?: Answers; cookie?: string } = {}): Promise<Response> {
  const definition = await mergedForm(code)
  const answers: Answers = { ...Object.fromEntries(definition.fields.map((field) => [field.name, answerTo(field)])), ...answered }
  const form = new FormData()
  form.append('application', JSON.stringify({ bundleCode: code, divisionCode: '410105001001', applicant, answers }))
  for (const index of definition.uploads.keys()) form.append(`upload-${index}`, await png(), 'material.png')
  const request = new Request('http://localhost/api/applications/submit-bundle', {
    method: 'POST',
    body: form,
    headers: { accept, [CLIENT_ADDRESS_HEADER]: `198.51.100.${(submits += 1) % 250}`, ...(cookie ? { cookie } : {}) },
  })
  return handleEndpoints({ config: payload.config, request })
}

/** The bundle's form as a browser without JavaScript posts it: its own named controls (the 继续 button's `step=check` among them). */
async function postPlainForm(controls: [string, string][], files: number[] = []): Promise<Response> {
  const form = new FormData()
  for (const [name, value] of controls) form.append(name, value)
  for (const index of files) form.append(`upload-${index}`, await png(), 'material.png')
  const request = new Request('http://localhost/api/applications/submit-bundle', {
    method: 'POST',
    body: form,
    headers: { accept: HTML, [CLIENT_ADDRESS_HEADER]: `198.51.100.${(submits += 1) % 250}` },
  })
  return handleEndpoints({ config: payload.config, request })
}

/** The hidden fields a check page carries, in order. */
const hiddenControls = (page: string): [string, string][] =>
  [...page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((match) => [match[1]!, match[2]!.replaceAll('&amp;', '&')])

const applicationNumbered = async (trackingNumber: string): Promise<Application> =>
  (await payload.find({ collection: 'applications', where: { trackingNumber: { equals: trackingNumber } }, depth: 0, limit: 1 })).docs[0]!

const jointStatus = async (number: string, queryCode: string): Promise<JointStatusAnswer> => {
  const response = await api(payload, '/api/applications/status', { body: { trackingNumber: number, queryCode } })
  expect(response.status).toBe(200)
  return (await response.json()) as JointStatusAnswer
}

describe('a 一件事 applied for as one', () => {
  let submitted: BundleSubmitAnswer

  it('fans out into one application per service, each in its own department with its own tracking number, tied to one joint case, with one SMS', async () => {
    const response = await submitBundle(BUSINESS)
    expect(response.status).toBe(201)
    submitted = (await response.json()) as BundleSubmitAnswer
    expect(submitted.number).toMatch(/^YJ\d{14}$/)
    expect(submitted.queryCode).toMatch(/^\d{6}$/)
    expect(submitted.members.map((member) => member.service.code)).toEqual(BUSINESS_SERVICES)
    expect(new Set(submitted.members.map((member) => member.trackingNumber)).size).toBe(4)

    const applications = await Promise.all(submitted.members.map((member) => applicationNumbered(member.trackingNumber)))
    for (const application of applications) {
      const service = (await payload.find({ collection: 'services', where: { code: { equals: application.serviceCode } }, depth: 0, limit: 1 })).docs[0]!
      expect(String(relationId(application.department))).toBe(String(relationId(service.department)))
      expect(application.status).toBe('submitted')
      expect(application.applicant).toMatchObject({ name: '王建国', phone: '13900005501' })
      // Each keeps the answers to its own questions only.
      expect(Object.keys(application.answers as object).sort()).toEqual((service.applicationForm?.fields ?? []).map((field) => field.name).sort())
    }
    const departments = new Set(applications.map((application) => String(relationId(application.department))))
    expect(departments.size).toBe(4)

    // 授权委托书, asked by three services, was uploaded once and reaches each of them.
    const proxies = await payload.find({ collection: 'application-files', where: { material: { equals: '授权委托书' }, application: { in: applications.map((each) => each.id) } }, depth: 0 })
    expect(proxies.docs.map((file) => String(relationId(file.application))).sort()).toEqual(applications.slice(0, 3).map((each) => each.id).sort())

    const joint = (await payload.find({ collection: 'bundle-cases', where: { number: { equals: submitted.number } }, depth: 0 })).docs[0]!
    expect(joint.applications.map((each) => String(relationId(each)))).toEqual(applications.map((each) => each.id))
    const messages = await payload.find({ collection: 'notifications', where: { application: { in: applications.map((each) => each.id) }, channel: { equals: 'sms' } }, depth: 0 })
    expect(messages.docs).toHaveLength(1)
    expect(messages.docs[0]!.message).toContain(submitted.number)
    expect(messages.docs[0]!.message).toContain('开办企业一件事')
  })

  it('shows the joint status: 已提交, then 办理中, 需补正 naming the member, and 已办结 when every member is finished', async () => {
    expect(await jointStatus(submitted.number, submitted.queryCode)).toMatchObject({ state: 'submitted', stateLabel: '已提交' })
    const reviewer = { userId: (await signedIn(payload, 'reviewer-community')).id }
    const [first, second, third, fourth] = await Promise.all(submitted.members.map((member) => applicationNumbered(member.trackingNumber)))

    await act(payload, first!, 'accept', reviewer)
    const processing = await jointStatus(submitted.number, submitted.queryCode)
    expect(processing).toMatchObject({ state: 'processing', stateLabel: '办理中' })
    expect(processing.members[0]).toMatchObject({ status: 'accepted' })

    const asked = await act(payload, await applicationNumbered(first!.trackingNumber), 'requestSupplement', { ...reviewer, note: '请补充租赁合同' })
    const waiting = await jointStatus(submitted.number, submitted.queryCode)
    expect(waiting).toMatchObject({ state: 'supplement', stateLabel: '需补正', needsSupplement: ['企业设立登记'] })
    expect(waiting.summary).toContain('“企业设立登记”需要补正材料')
    expect(waiting.members[0]!.supplementRequest?.note).toBe('请补充租赁合同')

    // Each member opens on its own with the same query code.
    const own = await api(payload, '/api/applications/status', { body: { trackingNumber: asked.trackingNumber, queryCode: submitted.queryCode } })
    expect(own.status).toBe(200)

    await act(payload, await applicationNumbered(first!.trackingNumber), 'supplement')
    await act(payload, await applicationNumbered(first!.trackingNumber), 'startProcessing', reviewer)
    await act(payload, await applicationNumbered(first!.trackingNumber), 'approve', { ...reviewer, note: '已核发营业执照' })
    for (const member of [second!, third!]) {
      await act(payload, member, 'accept', reviewer)
      await act(payload, await applicationNumbered(member.trackingNumber), 'startProcessing', reviewer)
      await act(payload, await applicationNumbered(member.trackingNumber), 'approve', { ...reviewer, note: '已办结' })
    }
    expect(await jointStatus(submitted.number, submitted.queryCode)).toMatchObject({ state: 'processing' })
    await act(payload, fourth!, 'reject', { ...reviewer, note: '已在其他地方参保' })
    const done = await jointStatus(submitted.number, submitted.queryCode)
    expect(done).toMatchObject({ state: 'completed', stateLabel: '已办结', summary: '共4项，已办结4项。' })
  })

  it('keeps the joint case closed to a wrong query code, as an application is', async () => {
    const wrong = String((Number(submitted.queryCode) + 1) % 1_000_000).padStart(6, '0')
    const response = await api(payload, '/api/applications/status', { body: { trackingNumber: submitted.number, queryCode: wrong } })
    expect(response.status).toBe(404)
  })

  it('stores nothing when one member cannot be written: the joint case, the other members, their files and the SMS roll back together', async () => {
    const hooks = payload.collections.applications.config.hooks.beforeChange
    const failOnSeal: CollectionBeforeChangeHook = ({ data, operation }) => {
      if (operation === 'create' && data.serviceCode === '050103') throw new Error('department system down')
      return data
    }
    hooks.push(failOnSeal)
    const count = async () => ({
      applications: (await payload.count({ collection: 'applications' })).totalDocs,
      cases: (await payload.count({ collection: 'bundle-cases' })).totalDocs,
      files: (await payload.count({ collection: 'application-files' })).totalDocs,
      messages: (await payload.count({ collection: 'notifications' })).totalDocs,
    })
    const before = await count()
    try {
      const response = await submitBundle(BUSINESS)
      expect(response.status).toBe(500)
    } finally {
      hooks.splice(hooks.indexOf(failOnSeal), 1)
    }
    expect(await count()).toEqual(before)
  })
})

describe('a 一件事 that cannot be applied for as one', () => {
  it('is refused, saying in plain words which services are done elsewhere', async () => {
    const response = await api(payload, '/api/applications/submit-bundle', {
      body: { bundleCode: 'birth', divisionCode: '410105001001', applicant, answers: {} },
    })
    expect(response.status).toBe(422)
    const refusal = (await response.json()) as ErrorAnswer
    expect(refusal.errors?.[0]).toMatchObject({ field: 'bundleCode', code: 'NOT_APPLICABLE' })
    expect(refusal.errors?.[0]?.message).toContain('这件事暂不能一次申请：')
    expect(refusal.errors?.[0]?.message).toContain('“出生医学证明首次签发”需要到办理窗口现场办理')
  })

  it('is refused while editors have not opened it, even when every service is online', async () => {
    const before = (await payload.count({ collection: 'applications' })).totalDocs
    const response = await submitBundle('school-entry')
    expect(response.status).toBe(422)
    expect(((await response.json()) as ErrorAnswer).errors?.[0]?.message).toContain('这件事还没有开通一次申请')
    expect((await payload.count({ collection: 'applications' })).totalDocs).toBe(before)
  })

  it('tells editors in the admin whether each bundle can be applied for as one, and why not', async () => {
    const { docs } = await payload.find({ collection: 'bundles', depth: 0, pagination: false })
    const status = Object.fromEntries(docs.map((bundle) => [bundle.code, bundle.applyAsOneStatus]))
    expect(status[BUSINESS]).toBe('可以一次申请')
    expect(status.retirement).toBe('可以一次申请')
    expect(status.birth).toMatch(/^这件事暂不能一次申请：.*“预防接种证办理”需要到办理窗口现场办理/)
  })
})

describe('the joint case without JavaScript and in 我的', () => {
  it('answers a browser’s own post with the confirmation page and the joint status page', async () => {
    const response = await submitBundle('retirement', { accept: HTML })
    expect(response.status).toBe(201)
    const page = await response.text()
    const number = /data-slot="number">(YJ\d{14})</.exec(page)?.[1]
    const queryCode = /data-slot="queryCode">(\d{6})</.exec(page)?.[1]
    expect(number && queryCode).toBeTruthy()
    expect([...page.matchAll(/data-member-number>(YZ\d{14})</g)]).toHaveLength(3)
    expect(page).not.toMatch(/王建国|11010519491231002X|13900005501/)

    const status = await api(payload, '/api/applications/status', { form: { trackingNumber: number!, queryCode: queryCode! } })
    expect(status.status).toBe(200)
    const statusPage = await status.text()
    expect(statusPage).toContain('整体状态')
    expect(statusPage).toContain('已提交')
    expect(statusPage).toContain('职工退休申请')
  })

  it('answers the form’s 继续 with the check page listing every answer, then takes 确认提交 with the materials chosen there', async () => {
    const definition = await mergedForm('retirement')
    const answers = definition.fields.flatMap((field) => [answerTo(field)].flat().map((value): [string, string] => [`answers.${field.name}`, value]))
    const controls: [string, string][] = [
      ['bundleCode', 'retirement'],
      ['applicant.name', applicant.name],
      ['applicant.idNumber', applicant.idNumber],
      ['applicant.phone', applicant.phone],
      ['applicant.email', ''],
      ['divisionCode', '410105001001'],
      ...answers,
    ]
    const jointCases = async () => (await payload.count({ collection: 'bundle-cases' })).totalDocs
    const before = await jointCases()
    const check = await postPlainForm([...controls, ['step', 'check']])
    expect(check.status).toBe(200)
    const page = await check.text()
    expect(page).toContain('核对您填写的内容')
    expect(page).toContain('一件事：退休一件事')
    expect(page).toContain('action="/api/applications/submit-bundle"')
    for (const field of definition.fields) expect(page).toContain(field.label)
    expect(page).toContain('纬五路社区')
    // The materials are chosen on the check page; nothing is stored yet.
    for (const index of definition.uploads.keys()) expect(page).toContain(`name="upload-${index}"`)
    expect(await jointCases()).toBe(before)

    const carried = hiddenControls(page)
    expect(carried).toContainEqual(['bundleCode', 'retirement'])
    expect(carried).toContainEqual(['applicant.name', applicant.name])
    const required = definition.uploads.flatMap((upload, index) => (upload.required ? [index] : []))
    const confirmed = await postPlainForm(carried, required)
    expect(confirmed.status).toBe(201)
    expect([...(await confirmed.text()).matchAll(/data-member-number>(YZ\d{14})</g)]).toHaveLength(3)
    expect(await jointCases()).toBe(before + 1)
  })

  it('lists the joint case in 我的 as one entry with its members', async () => {
    const cookie = await signInResident(payload, '13900005501')
    const response = await submitBundle(BUSINESS, { cookie })
    expect(response.status).toBe(201)
    const submitted = (await response.json()) as BundleSubmitAnswer
    const cases = (await (await api(payload, '/api/my/cases', { cookie })).json()) as MyCases
    expect(cases.bundleCases.map((each) => each.number)).toEqual([submitted.number])
    expect(cases.bundleCases[0]!.members.map((member) => member.trackingNumber)).toEqual(submitted.members.map((member) => member.trackingNumber))
    expect(cases.applications.filter((each) => submitted.members.some((member) => member.trackingNumber === each.trackingNumber))).toEqual([])
    // The owner opens it without the code.
    const own = await api(payload, '/api/applications/status', { body: { trackingNumber: submitted.number, queryCode: '' }, cookie })
    expect(own.status).toBe(200)
  })
})

describe('claiming a 一件事 into 我的 with its joint number', () => {
  const submitAnonymously = async (): Promise<BundleSubmitAnswer> => {
    const response = await submitBundle('retirement')
    expect(response.status).toBe(201)
    return (await response.json()) as BundleSubmitAnswer
  }
  const claim = (cookie: string, trackingNumber: string, queryCode: string) => api(payload, '/api/my/claim', { cookie, body: { trackingNumber, queryCode } })
  /** Who holds the joint case and each member: the resident ids, null for nobody. */
  const holders = async (submitted: BundleSubmitAnswer) => {
    const joint = (await payload.find({ collection: 'bundle-cases', where: { number: { equals: submitted.number } }, depth: 0, overrideAccess: true })).docs[0]!
    const members = await Promise.all(submitted.members.map((member) => applicationNumbered(member.trackingNumber)))
    return [joint, ...members].map((each) => (relationId(each.resident) as string | undefined) ?? null)
  }
  const residentId = async (phone: string) => (await payload.find({ collection: 'residents', where: { phone: { equals: phone } }, depth: 0, overrideAccess: true })).docs[0]!.id

  it('links the joint case and every member with the right query code, refuses a wrong one and another account', async () => {
    const submitted = await submitAnonymously()
    const mine = await signInResident(payload, '13900005511')
    const theirs = await signInResident(payload, '13900005512')
    const wrong = String((Number(submitted.queryCode) + 1) % 1_000_000).padStart(6, '0')

    const guessed = await claim(mine, submitted.number, wrong)
    expect(guessed.status).toBe(404)
    expect(await holders(submitted)).toEqual([null, null, null, null])

    const claimed = await claim(mine, ` ${submitted.number.toLowerCase()} `, submitted.queryCode)
    expect(claimed.status).toBe(200)
    const joint = (await claimed.json()) as JointStatusAnswer
    expect(joint).toMatchObject({ number: submitted.number, state: 'submitted', bundle: { code: 'retirement' } })
    expect(joint.members.map((member) => member.trackingNumber)).toEqual(submitted.members.map((member) => member.trackingNumber))
    const me = await residentId('13900005511')
    expect(await holders(submitted)).toEqual([me, me, me, me])

    const cases = (await (await api(payload, '/api/my/cases', { cookie: mine })).json()) as MyCases
    expect(cases.bundleCases.map((each) => each.number)).toEqual([submitted.number])
    expect(cases.applications.filter((each) => submitted.members.some((member) => member.trackingNumber === each.trackingNumber))).toEqual([])

    const elsewhere = await claim(theirs, submitted.number, submitted.queryCode)
    expect(elsewhere.status).toBe(409)
    expect(await elsewhere.json()).toMatchObject({ code: 'CLAIMED_ELSEWHERE' })
    expect(await holders(submitted)).toEqual([me, me, me, me])

    // A browser's own post (no JavaScript): a page; claiming one's own again changes nothing.
    const page = await api(payload, '/api/my/claim', { cookie: mine, form: { trackingNumber: submitted.number, queryCode: submitted.queryCode } })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(`一件事 ${submitted.number}（退休一件事，共3项申请）已添加到“我的”`)
  })

  it('refuses a 一件事 one of whose members another account already holds, and links nothing', async () => {
    const submitted = await submitAnonymously()
    const mine = await signInResident(payload, '13900005513')
    const theirs = await signInResident(payload, '13900005514')
    const member = submitted.members[1]!
    expect((await claim(theirs, member.trackingNumber, submitted.queryCode)).status).toBe(200)

    const refused = await claim(mine, submitted.number, submitted.queryCode)
    expect(refused.status).toBe(409)
    expect(await refused.json()).toMatchObject({ code: 'CLAIMED_ELSEWHERE', message: '这件事（或其中的某一项申请）已经关联到另一个账号' })
    const them = await residentId('13900005514')
    expect(await holders(submitted)).toEqual([null, null, them, null])
  })
})

describe('a member that asks a shared question under another condition', () => {
  type ServiceForm = NonNullable<Service['applicationForm']>
  /** Change a published service's form for the test; gives back a function that restores it. */
  async function changeForm(code: string, change: (form: ServiceForm) => ServiceForm): Promise<() => Promise<unknown>> {
    const service = (await payload.find({ collection: 'services', where: { code: { equals: code } }, depth: 0, limit: 1 })).docs[0]!
    const original = service.applicationForm!
    await payload.update({ collection: 'services', id: service.id, data: { applicationForm: change(structuredClone(original)) }, depth: 0 })
    return () => payload.update({ collection: 'services', id: service.id, data: { applicationForm: original }, depth: 0 })
  }

  it('cannot be applied for as one while two services ask a question under different conditions, and nothing is written', async () => {
    // 医保 asks the other city only when insured elsewhere; 公积金 asks the same question always, and requires it.
    const restore = [
      await changeForm('150102', (form) => ({
        ...form,
        fields: form.fields!.map((field) => (field.name === 'otherInsuredPlace' ? { ...field, required: true, showIfQuestion: 'insuredElsewhere', showIfEquals: '是' } : field)),
      })),
      await changeForm('150103', (form) => ({ ...form, fields: [...form.fields!, { name: 'otherInsuredPlace', type: 'text' as const, label: '外地参保的城市', required: true }] })),
    ]
    const count = async () => ({ applications: (await payload.count({ collection: 'applications' })).totalDocs, cases: (await payload.count({ collection: 'bundle-cases' })).totalDocs })
    try {
      const before = await count()
      const response = await submitBundle('retirement', { answered: { insuredElsewhere: '否', otherInsuredPlace: '' } })
      expect(response.status).toBe(422)
      const refusal = (await response.json()) as ErrorAnswer
      expect(refusal.errors).toEqual([{ field: 'bundleCode', code: 'NOT_APPLICABLE', message: expect.stringContaining('“外地参保的城市”在') }])
      expect(await count()).toEqual(before)
    } finally {
      for (const each of restore) await each()
    }
  })
})

describe('a 一件事 a hotline agent files for a caller', () => {
  const caller = { name: '李大爷', phone: '13900005521' }
  const takeOrder = async (bundleCode: string) =>
    callEndpoint(payload, {
      collection: 'tickets',
      path: '/desk',
      username: 'agent-community',
      body: { kind: 'onBehalf', caller, summary: '代为申请退休一件事', content: '来电人不会上网，请坐席代为一次申请退休一件事。', division: await divisionId(payload, '410105001001'), bundleCode, then: 'none' },
    })
  const filing = async (ticket: string) => {
    const definition = await mergedForm('retirement')
    const answers = Object.fromEntries(definition.fields.map((field) => [field.name, answerTo(field)]))
    return { bundleCode: 'retirement', divisionCode: '410105001001', applicant: { ...applicant, name: caller.name, phone: caller.phone }, answers, ticket }
  }
  const orderOf = async (id: string) => payload.findByID({ collection: 'tickets', id, depth: 0 })

  it('files every member by phone with the agent recorded, closes the order, and texts the caller the joint number and query code', async () => {
    const taken = await takeOrder('retirement')
    expect(taken.status).toBe(201)
    const order = (await taken.json()) as { applyUrl: string; id: string; number: string }
    expect(order.applyUrl).toBe(`/apply/bundles/retirement/?ticket=${order.number}`)

    const agent = await signedIn(payload, 'agent-community')
    const filed = await callEndpoint(payload, { collection: 'applications', path: '/submit-bundle', as: agent as never, body: await filing(order.number), headers: { [CLIENT_ADDRESS_HEADER]: '198.51.100.231' } })
    expect(filed.status).toBe(201)
    const submitted = (await filed.json()) as BundleSubmitAnswer
    expect(submitted.number).toMatch(/^YJ\d{14}$/)
    const members = await Promise.all(submitted.members.map((member) => applicationNumbered(member.trackingNumber)))
    expect(members.map((member) => member.channel)).toEqual(['phone', 'phone', 'phone'])
    expect(members.map((member) => member.resident ?? null)).toEqual([null, null, null])
    const events = await payload.find({ collection: 'application-events', where: { application: { in: members.map((member) => member.id) } }, depth: 0 })
    expect(events.docs.map((event) => [event.actionLabel, event.by, String(relationId(event.actor as never))])).toEqual(members.map(() => ['热线坐席代为提交申请', 'staff', agent.id]))
    expect(await orderOf(order.id)).toMatchObject({ status: 'closed', application: members[0]!.id, reply: `已代为提交一件事“退休一件事”，联办编号 ${submitted.number}` })

    const messages = await payload.find({ collection: 'notifications', where: { application: { in: members.map((member) => member.id) }, channel: { equals: 'sms' } }, depth: 0 })
    expect(messages.docs).toHaveLength(1)
    expect(messages.docs[0]!.message).toContain(`联办编号${submitted.number}`)
    expect(messages.docs[0]!.message).toContain(`查询码${submitted.queryCode}`)
  })

  it('is on behalf only for an active hotline agent: anyone else files as themselves and the order stays open', async () => {
    for (const as of [{ ...(await signedIn(payload, 'agent-community')), active: false }, await signedIn(payload, 'reviewer-community')]) {
      const order = (await (await takeOrder('retirement')).json()) as { id: string; number: string }
      const filed = await callEndpoint(payload, { collection: 'applications', path: '/submit-bundle', as: as as never, body: await filing(order.number), headers: { [CLIENT_ADDRESS_HEADER]: '198.51.100.232' } })
      expect(filed.status).toBe(201)
      const submitted = (await filed.json()) as BundleSubmitAnswer
      expect((await applicationNumbered(submitted.members[0]!.trackingNumber)).channel).toBe('web')
      expect(await orderOf(order.id)).toMatchObject({ status: 'received' })
    }
  })

  it('offers only a 一件事 that can be applied for as one', async () => {
    const refusal = await refused(takeOrder('birth'))
    expect(refusal).toMatchObject({ status: 422, errors: [{ field: 'bundleCode', code: 'NOT_APPLICABLE' }] })
  })
})
