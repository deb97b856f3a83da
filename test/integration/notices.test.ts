import { describe, expect, it } from 'vitest'

import type { StatusAnswer, SubmitAnswer } from '../../collections/Applications/states'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { readPdf } from '../helpers/pdf'
import { api, signInResident, submitOnline } from '../helpers/residents'

/** The notices a reviewer prints and the applicant downloads: each drawn from the case's history, available once its step is taken. */
const payload = useTestPayload({ seeded: true })

const APPLICANT = '王晓明'
const ID_NUMBER = '11010519491231002X'

const submit = (cookie?: string): Promise<SubmitAnswer> => submitOnline(payload, { cookie, name: APPLICANT, phone: '13900000061' })

const applicationId = async (trackingNumber: string): Promise<string> =>
  (await payload.find({ collection: 'applications', where: { trackingNumber: { equals: trackingNumber } }, depth: 0, limit: 1 })).docs[0]!.id

async function act(id: string, action: string, note = ''): Promise<void> {
  const response = await callEndpoint(payload, { collection: 'applications', path: '/:id/actions', id, username: 'reviewer-community', body: { action, note } })
  expect(response.status).toBe(200)
}

const print = (id: string, kind: string, username = 'reviewer-community') =>
  callEndpoint(payload, { collection: 'applications', path: '/:id/notices/:kind', method: 'get', id, params: { kind }, username })

async function printedText(id: string, kind: string): Promise<string> {
  const response = await print(id, kind)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/pdf')
  expect(response.headers.get('content-disposition')).toMatch(/^inline;/)
  const facts = readPdf(Buffer.from(await response.arrayBuffer()))
  expect(facts.fonts.every((font) => /^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/.test(font))).toBe(true)
  return facts.text.replace(/\s/g, '')
}

/** Print notice `kind` and check it says each of `phrases`, besides what every notice carries: the applicant, ID number, tracking number and a date. */
async function expectNotice(id: string, kind: string, trackingNumber: string, phrases: string[]): Promise<void> {
  const text = await printedText(id, kind)
  for (const expected of [...phrases, APPLICANT, ID_NUMBER, trackingNumber, '公民身份号码', '受理编号']) expect(text).toContain(expected)
  expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/)
}

describe('printed notices', () => {
  it('offers each notice once its step is taken, with its own words', async () => {
    const submitted = await submit()
    const id = await applicationId(submitted.trackingNumber)

    await expectNotice(id, 'receipt', submitted.trackingNumber, ['收件回执', '不表示申请已被受理'])
    for (const kind of ['accepted', 'rejected', 'supplement', 'completed']) expect((await refused(print(id, kind))).status).toBe(404)

    await act(id, 'accept')
    await expectNotice(id, 'accepted', submitted.trackingNumber, ['受理通知书', '决定予以受理', '个工作日内'])

    await act(id, 'requestSupplement', '1. 户口簿本人页复印件\n2. 失业登记证明原件')
    await expectNotice(id, 'supplement', submitted.trackingNumber, ['一次性告知书', '一次告知如下', '（一）户口簿本人页复印件', '（二）失业登记证明原件'])

    const resident = await api(payload, '/api/applications/supplement', { form: { trackingNumber: submitted.trackingNumber, queryCode: submitted.queryCode, note: '已补交' } })
    expect(resident.status).toBeLessThan(300)
    await act(id, 'startProcessing')
    await act(id, 'deny', '申请人不属于本事项的服务对象。')
    await expectNotice(id, 'completed', submitted.trackingNumber, ['办结通知', '不予办理', '申请人不属于本事项的服务对象。', '六十日内依法申请行政复议'])
    expect((await refused(print(id, 'rejected'))).status).toBe(404)
  })

  it('states the reason and the remedies in 不予受理决定书, and audits each print as a full view', async () => {
    const submitted = await submit()
    const id = await applicationId(submitted.trackingNumber)
    await act(id, 'reject', '该事项应向户籍所在地街道提出申请。')
    await expectNotice(id, 'rejected', submitted.trackingNumber, ['不予受理决定书', '该事项应向户籍所在地街道提出申请。', '六十日内依法申请行政复议', '六个月内依法向人民法院提起行政诉讼'])
    expect((await refused(print(id, 'accepted'))).status).toBe(404)

    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'view-full' } }, { targetId: { equals: id } }] } })
    expect(audit.docs.map((entry) => entry.detail)).toContain('打印不予受理决定书（含申请人姓名和身份证号码）')
    expect(JSON.stringify(audit.docs)).not.toContain(ID_NUMBER)
  })

  it('is not found for a case worker outside the case’s scope, and refused to anyone who is not one', async () => {
    const submitted = await submit()
    const id = await applicationId(submitted.trackingNumber)
    expect((await refused(print(id, 'receipt', 'reviewer-street-b'))).status).toBe(404)
    expect((await refused(print(id, 'receipt', 'editor-community'))).status).toBe(403)
    expect((await refused(print(id, 'nonsense'))).status).toBe(404)
    const before = await payload.count({ collection: 'audit-log', where: { and: [{ action: { equals: 'view-full' } }, { targetId: { equals: id } }] } })
    expect(before.totalDocs).toBe(0)
  })

  it('lets the applicant download the notices addressed to them, by owner or query code, and nobody else', async () => {
    const owner = await signInResident(payload, '13800000071')
    const other = await signInResident(payload, '13800000072')
    const submitted = await submit(owner)
    const id = await applicationId(submitted.trackingNumber)
    await act(id, 'accept')

    const status = (await (await api(payload, `/api/applications/status?trackingNumber=${submitted.trackingNumber}`, { cookie: owner })).json()) as StatusAnswer
    expect(status.documents).toEqual([
      { key: 'notice-receipt', title: '收件回执（PDF）' },
      { key: 'notice-accepted', title: '受理通知书（PDF）' },
    ])
    const mine = await api(payload, `/api/results/mine/${submitted.trackingNumber}?document=notice-accepted`, { cookie: owner })
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(readPdf(Buffer.from(await mine.arrayBuffer())).text.replace(/\s/g, '')).toContain('决定予以受理')
    const byCode = await api(payload, '/api/results/download', { body: { trackingNumber: submitted.trackingNumber, queryCode: submitted.queryCode, document: 'notice-receipt' } })
    expect(byCode.status).toBe(200)
    expect(readPdf(Buffer.from(await byCode.arrayBuffer())).text).toContain('收件回执')

    // Not yet taken, someone else's, a stranger's, a wrong code: the same 404.
    expect((await api(payload, `/api/results/mine/${submitted.trackingNumber}?document=notice-completed`, { cookie: owner })).status).toBe(404)
    expect((await api(payload, `/api/results/mine/${submitted.trackingNumber}?document=notice-accepted`, { cookie: other })).status).toBe(404)
    expect((await api(payload, `/api/results/mine/${submitted.trackingNumber}?document=notice-accepted`)).status).toBe(404)
    expect((await api(payload, '/api/results/download', { cookie: other, body: { trackingNumber: submitted.trackingNumber, document: 'notice-accepted' } })).status).toBe(404)
    expect((await api(payload, '/api/results/download', { body: { trackingNumber: submitted.trackingNumber, queryCode: '000000', document: 'notice-accepted' } })).status).toBe(404)

    // The pages without JavaScript offer them too: 我的 as links, the status page as forms.
    const overview = await (await api(payload, '/api/my/overview', { cookie: owner, headers: { accept: 'text/html' } })).text()
    expect(overview).toContain(`href="/api/results/mine/${submitted.trackingNumber}?document=notice-accepted"`)
    const page = await (await api(payload, '/api/applications/status', { form: { trackingNumber: submitted.trackingNumber, queryCode: submitted.queryCode } })).text()
    expect(page).toContain('name="document" value="notice-accepted"')
    expect(page).toContain('下载受理通知书（PDF）')
  })
})
