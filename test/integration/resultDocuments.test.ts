import { describe, expect, it } from 'vitest'

import type { StatusAnswer, SubmitAnswer } from '../../collections/Applications/states'
import type { VerifyAnswer } from '../../collections/ResultDocuments/states'
import { VERIFICATION_NUMBER } from '../../collections/ResultDocuments/number'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { readPdf } from '../helpers/pdf'
import { api, signInResident, submitOnline } from '../helpers/residents'
import { divisionId } from '../helpers/users'

/** 办结 with 准予 issues the service's result document; its holder downloads it; anyone checks it at /verify/; staff revoke it. */
const payload = useTestPayload({ seeded: true })

const SERVICE = '030502'
const APPLICANT = '王晓明'

async function useTemplate(): Promise<void> {
  const { docs } = await payload.find({ collection: 'services', where: { code: { equals: SERVICE } }, depth: 0, limit: 1 })
  const existing = await payload.find({ collection: 'result-templates', where: { service: { equals: docs[0]!.id } }, limit: 1 })
  if (existing.docs.length) return
  await payload.create({
    collection: 'result-templates',
    data: {
      service: docs[0]!.id,
      title: '{事项名称}办理结果',
      body: '{申请人}：\n您申请的{事项名称}（受理编号{受理编号}）已于{办结日期}办结，准予办理。\n{办理结果}',
    },
  })
}

const submit = (cookie?: string): Promise<SubmitAnswer> => submitOnline(payload, { cookie, name: APPLICANT, phone: '13900000051' })

const applicationId = async (trackingNumber: string): Promise<string> =>
  (await payload.find({ collection: 'applications', where: { trackingNumber: { equals: trackingNumber } }, depth: 0, limit: 1 })).docs[0]!.id

async function finish(trackingNumber: string, last: 'approve' | 'deny' = 'approve'): Promise<string> {
  const id = await applicationId(trackingNumber)
  for (const [action, note] of [['accept', ''], ['startProcessing', ''], [last, last === 'approve' ? '经审核，符合条件，准予登记。' : '不符合条件。']]) {
    const response = await callEndpoint(payload, { collection: 'applications', path: '/:id/actions', id, username: 'reviewer-community', body: { action, note } })
    expect(response.status).toBe(200)
  }
  return id
}

const resultOfApplication = async (id: string) =>
  (await payload.find({ collection: 'result-documents', where: { application: { equals: id } }, depth: 0 })).docs

const verify = async (number: string): Promise<VerifyAnswer> => (await api(payload, `/api/results/verify?n=${encodeURIComponent(number)}`)).json() as Promise<VerifyAnswer>

describe('result documents', () => {
  it('issues a PDF at 办结 with 准予: Chinese text in an embedded font subset, a sane size, listed for the applicant only', async () => {
    await useTemplate()
    const owner = await signInResident(payload, '13800000091')
    const other = await signInResident(payload, '13800000092')
    const submitted = await submit(owner)
    const id = await finish(submitted.trackingNumber)

    const [document] = await resultOfApplication(id)
    expect(document!.number).toMatch(VERIFICATION_NUMBER)
    expect(document!.status).toBe('valid')
    expect(document!.holder).toBe('王**')
    const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'issue' }, targetCollection: { equals: 'result-documents' } } })
    expect(audit.docs.some((entry) => entry.summary?.includes(document!.number))).toBe(true)

    const status = (await (await api(payload, `/api/applications/status?trackingNumber=${submitted.trackingNumber}`, { cookie: owner })).json()) as StatusAnswer
    expect(status.result).toMatchObject({ number: document!.number, status: 'valid', statusLabel: '有效', title: `${status.service.title}办理结果` })
    const mine = (await (await api(payload, '/api/my/cases', { cookie: owner })).json()) as { applications: StatusAnswer[] }
    expect(mine.applications[0]!.result?.number).toBe(document!.number)
    // 我的 without JavaScript: the line and the owner's download link.
    const overview = await (await api(payload, '/api/my/overview', { cookie: owner, headers: { accept: 'text/html' } })).text()
    expect(overview).toContain(document!.number)
    expect(overview).toContain(`href="/api/results/mine/${submitted.trackingNumber}"`)

    const download = await api(payload, `/api/results/mine/${submitted.trackingNumber}`, { cookie: owner })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/pdf')
    expect(download.headers.get('cache-control')).toContain('no-store')
    const pdf = Buffer.from(await download.arrayBuffer())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(10_000)
    expect(pdf.length).toBeLessThan(200_000)
    const facts = readPdf(pdf)
    expect(facts.fonts.every((font) => /^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/.test(font))).toBe(true)
    expect(facts.fontFiles).toBeGreaterThan(0)
    const text = facts.text.replace(/\s/g, '')
    for (const expected of [`${status.service.title}办理结果`, APPLICANT, submitted.trackingNumber, '经审核，符合条件，准予登记。', document!.number, document!.issuer]) {
      expect(text).toContain(expected.replace(/\s/g, ''))
    }

    // Another resident, a stranger, REST without a scope: nothing.
    expect((await api(payload, `/api/results/mine/${submitted.trackingNumber}`, { cookie: other })).status).toBe(404)
    expect((await api(payload, `/api/results/mine/${submitted.trackingNumber}`)).status).toBe(404)
    expect((await api(payload, '/api/results/download', { cookie: other, body: { trackingNumber: submitted.trackingNumber } })).status).toBe(404)
    expect((await api(payload, `/api/result-documents/${document!.id}`, { cookie: owner })).status).toBe(403)
    expect(((await (await api(payload, '/api/result-documents', { cookie: owner })).json()) as { docs?: unknown[] }).docs ?? []).toEqual([])
  })

  it('lets the query-code holder download it by post, and refuses a wrong code', async () => {
    await useTemplate()
    const submitted = await submit()
    await finish(submitted.trackingNumber)
    // The status page a browser without JavaScript gets offers the download as a form naming the application.
    const page = await (await api(payload, '/api/applications/status', { form: { trackingNumber: submitted.trackingNumber, queryCode: submitted.queryCode } })).text()
    expect(page).toMatch(/<form[^>]+action="\/api\/results\/download"/)
    expect(page).toContain('下载结果文件（PDF）')
    const download = await api(payload, '/api/results/download', { body: { trackingNumber: submitted.trackingNumber, queryCode: submitted.queryCode } })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toContain('attachment')
    const wrong = submitted.queryCode === '000000' ? '111111' : '000000'
    expect((await api(payload, '/api/results/download', { body: { trackingNumber: submitted.trackingNumber, queryCode: wrong } })).status).toBe(404)
  })

  it('gives no document for 不予办理', async () => {
    await useTemplate()
    const submitted = await submit()
    const id = await finish(submitted.trackingNumber, 'deny')
    expect(await resultOfApplication(id)).toEqual([])
    expect((await api(payload, '/api/results/download', { body: { trackingNumber: submitted.trackingNumber, queryCode: submitted.queryCode } })).status).toBe(404)
  })

  it('verifies: 有效 with the masked holder only, then 已撤销 with reason and date once staff revoke it (audited), 查无此件 for an unknown number', async () => {
    await useTemplate()
    const submitted = await submit()
    const id = await finish(submitted.trackingNumber)
    const [document] = await resultOfApplication(id)
    const number = document!.number

    const valid = await verify(number.toLowerCase().replace(/-/g, ' '))
    expect(valid).toEqual({
      number,
      status: 'valid',
      statusLabel: '有效',
      title: document!.title,
      issuer: document!.issuer,
      issuedAt: document!.issuedAt,
      holder: '王**',
      revokedAt: null,
      revokedReason: null,
    })
    expect(JSON.stringify(valid)).not.toContain('晓明')

    const revoke = (body: Record<string, unknown>, username = 'reviewer-community') =>
      callEndpoint(payload, { collection: 'result-documents', path: '/:id/revoke', id: document!.id, username, body })
    expect((await refused(revoke({ note: ' ' }))).code).toBe('VALIDATION_FAILED')
    expect((await refused(revoke({ note: '误发' }, 'editor-city'))).status).toBe(403)
    expect((await api(payload, `/api/result-documents/${document!.id}/revoke`, { cookie: await signInResident(payload, '13800000093'), body: { note: '误发' } })).status).toBe(403)
    expect((await revoke({ note: '申请材料不实，准予决定已撤销。' })).status).toBe(200)
    expect((await refused(revoke({ note: '再撤一次' }))).code).toBe('ALREADY_REVOKED')

    const revoked = await verify(number)
    expect(revoked).toMatchObject({ status: 'revoked', statusLabel: '已撤销', revokedReason: '申请材料不实，准予决定已撤销。', holder: '王**' })
    expect(revoked.status === 'revoked' && revoked.revokedAt).toBeTruthy()
    const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'revoke' }, targetId: { equals: document!.id } } })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]!.detail).toBe('申请材料不实，准予决定已撤销。')
    // A revoked document is no longer handed out.
    expect((await api(payload, '/api/results/download', { body: { trackingNumber: submitted.trackingNumber, queryCode: submitted.queryCode } })).status).toBe(404)

    // The page a browser without JavaScript gets from the form.
    const page = await api(payload, '/api/results/verify', { form: { n: number } })
    expect(page.status).toBe(200)
    const markup = await page.text()
    expect(markup).toContain('已撤销')
    expect(markup).toContain('申请材料不实')
    expect(markup).not.toContain('晓明')

    expect(await verify('7K3M-Q9XA-2D4F-HT8B')).toEqual({ number: '7K3M-Q9XA-2D4F-HT8B', status: 'unknown', statusLabel: '查无此件' })
    const malformed = await api(payload, '/api/results/verify?n=12345')
    expect(malformed.status).toBe(422)
  })

  it('limits checks per client, so numbers cannot be tried in bulk', async () => {
    const client = '198.51.100.7'
    const answers = []
    for (let index = 0; index < 31; index += 1) answers.push((await api(payload, '/api/results/verify?n=0000-0000-0000-0000', { client })).status)
    expect(answers.slice(0, 30).every((status) => status === 200)).toBe(true)
    expect(answers[30]).toBe(429)
  })
})

describe('instant certificates', () => {
  it('issues a 居住证明 at once to a resident verified against the population base: audited, downloadable by them only, checkable, revocable', async () => {
    // Someone living in the community reviewer-community serves.
    const community = await divisionId(payload, '410105001001')
    const { docs } = await payload.find({ collection: 'persons', where: { and: [{ status: { equals: 'active' } }, { residenceAddress: { exists: true } }, { division: { equals: community } }] }, limit: 1, depth: 0 })
    const person = docs[0]!
    const cookie = await signInResident(payload, '13800000094')
    const verified = await api(payload, '/api/residents/me/real-name', { cookie, body: { name: person.name, idNumber: person.idNumber, consent: true } })
    expect(verified.status).toBe(200)

    const issued = await api(payload, '/api/results/certificates', { cookie, body: { kind: 'residence' } })
    expect(issued.status).toBe(201)
    const { number, title, download } = (await issued.json()) as { download: string; number: string; title: string }
    expect(title).toBe('居住证明')
    expect(number).toMatch(VERIFICATION_NUMBER)

    const file = await api(payload, download, { cookie })
    expect(file.status).toBe(200)
    const text = readPdf(Buffer.from(await file.arrayBuffer())).text.replace(/\s/g, '')
    for (const expected of ['居住证明', person.name, person.idNumber, person.residenceAddress!.replace(/\s/g, ''), '居民委员会', number]) expect(text).toContain(expected)
    // Someone else, or nobody signed in: not found.
    expect((await api(payload, download, { cookie: await signInResident(payload, '13800000095') })).status).toBe(404)
    expect((await api(payload, download)).status).toBe(404)

    const checked = await verify(number)
    expect(checked).toMatchObject({ status: 'valid', title: '居住证明', holder: `${[...person.name][0]}${'*'.repeat([...person.name].length - 1)}` })
    expect(JSON.stringify(checked)).not.toContain(person.idNumber)
    const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'issue' }, summary: { contains: number } } })
    expect(audit.docs).toHaveLength(1)

    // The community's case worker revokes it.
    const { docs: stored } = await payload.find({ collection: 'result-documents', where: { number: { equals: number } }, depth: 0 })
    const revoke = await callEndpoint(payload, { collection: 'result-documents', path: '/:id/revoke', id: stored[0]!.id, username: 'reviewer-community', body: { note: '居住情况已变化' } })
    expect(revoke.status).toBe(200)
    expect(await verify(number)).toMatchObject({ status: 'revoked', revokedReason: '居住情况已变化' })
    expect((await api(payload, download, { cookie })).status).toBe(404)
  })

  it('refuses a resident whose real name is not verified, or nobody signed in, saying what to do', async () => {
    const cookie = await signInResident(payload, '13800000096')
    const unverified = await refused(api(payload, '/api/results/certificates', { cookie, body: { kind: 'residence' } }))
    expect(unverified).toMatchObject({ status: 403, code: 'REAL_NAME_REQUIRED' })
    expect(unverified.message).toContain('实名核验')
    await api(payload, '/api/residents/me/real-name', { cookie, body: { name: '不存在', idNumber: '11010519491231002X', consent: true } })
    expect((await refused(api(payload, '/api/results/certificates', { cookie, body: { kind: 'residence' } }))).code).toBe('REAL_NAME_REQUIRED')
    expect((await api(payload, '/api/results/certificates', { body: { kind: 'residence' } })).status).toBe(401)
    expect((await refused(api(payload, '/api/results/certificates', { cookie, body: { kind: 'marriage' } }))).status).toBe(422)
  })
})
