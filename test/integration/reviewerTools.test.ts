import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { readSheet } from 'read-excel-file/node'

import type { Application } from '../../cms/payload-types'
import { statusAnswer } from '../../collections/Applications/lib/statusAnswer'
import { WORKFLOW_CONTEXT } from '../../collections/Applications/hooks/refuseEditsOutsideWorkflow'
import { refreshApplicantKeys } from '../../collections/Applications/search/keys'
import { act, createApplication } from '../helpers/applications'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { idNumber } from '../helpers/population'
import { api, signInResident } from '../helpers/residents'
import { rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

// Street 410105001000 (reviewer-street) holds community 410105001001; 410105002001 lies in another street.
const HERE = '410105001001'
const ELSEWHERE = '410105002001'

const SAME_NAME = '李秀兰'
const applicants = {
  here: { name: SAME_NAME, idNumber: idNumber('1960-03-08', 203), phone: '13912345601' },
  elsewhere: { name: SAME_NAME, idNumber: idNumber('1962-05-01', 205), phone: '13912345602' },
  similar: { name: '李秀英', idNumber: idNumber('1961-01-01', 207), phone: '13912345603' },
}

let here: Application
let elsewhere: Application
let similar: Application

beforeAll(async () => {
  here = await createApplication(payload, { applicant: applicants.here, divisionCode: HERE })
  elsewhere = await createApplication(payload, { applicant: applicants.elsewhere, divisionCode: ELSEWHERE })
  similar = await createApplication(payload, { applicant: applicants.similar, divisionCode: HERE })
})

afterEach(() => {
  delete process.env.PERSONAL_LOOKUP_LIMIT
})

const search = (username: string, field: string, value: string) =>
  callEndpoint(payload, { collection: 'applications', path: '/applicant-search', username, body: { field, value } })

const found = async (username: string, field: string, value: string): Promise<string[]> => {
  const response = await search(username, field, value)
  expect(response.status).toBe(200)
  return ((await response.json()) as { ids: string[] }).ids
}

const auditEntries = async (action: string) =>
  (await payload.find({ collection: 'audit-log', where: { action: { equals: action } }, sort: '-createdAt', pagination: false, depth: 0 })).docs

describe('search by applicant', () => {
  it('finds by the whole name, ID number or phone, only within the reviewer’s scope', async () => {
    expect(await found('reviewer-street', 'name', SAME_NAME)).toEqual([here.id])
    expect(await found('reviewer-street-b', 'name', SAME_NAME)).toEqual([elsewhere.id])
    expect(await found('reviewer-street', 'idNumber', applicants.here.idNumber)).toEqual([here.id])
    expect(await found('reviewer-street', 'phone', applicants.here.phone)).toEqual([here.id])
    // Outside the scope, an exact value finds nothing.
    expect(await found('reviewer-street', 'phone', applicants.elsewhere.phone)).toEqual([])
  })

  it('reads a value as people type it: full-width, spaces, a lower-case x, +86', async () => {
    const fullWidth = (text: string) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
    expect(await found('reviewer-street', 'name', ` 李 秀兰\u3000`)).toEqual([here.id])
    expect(await found('reviewer-street', 'phone', `+86 ${fullWidth(applicants.here.phone)}`)).toEqual([here.id])
    const withX = await createApplication(payload, { applicant: { name: '王五', idNumber: '11010519491231002X', phone: '13912345609' }, divisionCode: HERE })
    expect(await found('reviewer-street', 'idNumber', '11010519491231002x')).toEqual([withX.id])
  })

  it('never matches part of a value: a partial name finds nothing, a partial number is refused', async () => {
    expect(await found('reviewer-street', 'name', '李秀')).toEqual([])
    expect(await found('reviewer-street', 'name', '李')).toEqual([])
    expect(await refused(search('reviewer-street', 'idNumber', applicants.here.idNumber.slice(0, 10)))).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect(await refused(search('reviewer-street', 'phone', '1391234'))).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect(await refused(search('reviewer-street', 'phone', '139****5601'))).toMatchObject({ status: 422 })
    expect(await refused(search('reviewer-street', 'address', '经八路'))).toMatchObject({ status: 400 })
  })

  it('is audited (which field, never the value) and limited per user', async () => {
    const before = (await auditEntries('lookup')).length
    await found('reviewer-community', 'idNumber', applicants.here.idNumber)
    const entries = await auditEntries('lookup')
    expect(entries.length).toBe(before + 1)
    expect(entries[0]).toMatchObject({ summary: '按申请人身份证号码查找', targetCollection: 'applications', actorName: '孙燕' })
    expect(JSON.stringify(entries)).not.toContain(applicants.here.idNumber)
    expect(JSON.stringify(entries)).not.toContain(SAME_NAME)

    process.env.PERSONAL_LOOKUP_LIMIT = '1/3600'
    expect((await search('reviewer-district', 'name', SAME_NAME)).status).toBe(200)
    expect(await refused(search('reviewer-district', 'name', SAME_NAME))).toMatchObject({ status: 429, code: 'PERSONAL_LOOKUP_LIMIT' })
  })

  it('is refused to staff who do not handle applications', async () => {
    expect(await refused(search('registrar-community', 'name', SAME_NAME))).toMatchObject({ status: 403, code: 'FORBIDDEN' })
  })

  it('keeps the hashes unreadable and unqueryable, and the name masked in lists and unsearchable by part', async () => {
    const reviewer = { user: await signedIn(payload, 'reviewer-street'), overrideAccess: false as const, depth: 0 }
    for (const field of ['applicantNameKey', 'applicantIdNumberKey', 'applicantPhoneKey']) {
      const refusal = await rejection(payload.find({ collection: 'applications', where: { [field]: { exists: true } }, ...reviewer }))
      expect(refusal.status).toBe(403)
    }
    const listed = await payload.find({ collection: 'applications', where: { id: { equals: here.id } }, ...reviewer })
    expect(listed.docs[0]).not.toHaveProperty('applicantNameKey')
    expect(listed.docs[0]!.applicant.name).toBe('李**')
    expect((await payload.findByID({ collection: 'applications', id: here.id, ...reviewer })).applicant.name).toBe(SAME_NAME)
    for (const where of [{ 'applicant.name': { like: '李' } }, { 'applicant.name': { equals: SAME_NAME } }]) {
      expect((await rejection(payload.find({ collection: 'applications', where, ...reviewer }))).code).toBe('PERSONAL_FIELD_QUERY')
    }
  })

  it('leaves the hashes out of the resident’s copy of their data', async () => {
    const phone = '13912345699'
    const cookie = await signInResident(payload, phone)
    const { docs } = await payload.find({ collection: 'residents', where: { phone: { equals: phone } }, depth: 0, limit: 1 })
    await payload.update({ collection: 'applications', id: here.id, data: { resident: docs[0]!.id }, depth: 0, context: { [WORKFLOW_CONTEXT]: true } })
    const data = (await (await api(payload, '/api/residents/me/export', { cookie })).json()) as { applications: Record<string, unknown>[] }
    expect(data.applications).toEqual([expect.objectContaining({ trackingNumber: here.trackingNumber })])
    expect(JSON.stringify(data)).not.toMatch(/applicant(Name|IdNumber|Phone)Key|applicantKeyVersion/)
  })

  it('fills in the hashes of applications stored before (npm start), keeping everything else', async () => {
    await payload.db.updateOne({ collection: 'applications', id: similar.id, data: { applicantNameKey: null, applicantKeyVersion: null }, returning: false })
    expect(await found('reviewer-street', 'name', '李秀英')).toEqual([])
    expect(await refreshApplicantKeys(payload)).toBe(1)
    expect(await found('reviewer-street', 'name', '李秀英')).toEqual([similar.id])
    const stored = await payload.findByID({ collection: 'applications', id: similar.id, depth: 0 })
    expect(stored.applicant).toMatchObject(applicants.similar)
    expect(await refreshApplicantKeys(payload)).toBe(0)
  })
})

describe('export of the filtered list', () => {
  const exported = (username: string, query: Record<string, unknown>) => callEndpoint(payload, { collection: 'applications', method: 'get', path: '/export', username, query })

  it('applies the list’s filter and the reader’s access, masks, neutralises formulas, and is audited', async () => {
    const formula = await createApplication(payload, { applicant: { name: '=HYPERLINK("x")', idNumber: idNumber('1970-01-01', 211), phone: '13912345611' }, divisionCode: HERE })
    const reviewer = await signedIn(payload, 'reviewer-street')
    await act(payload, formula, 'accept', { userId: reviewer.id })
    const response = await exported('reviewer-street', { format: 'csv', where: { status: { equals: 'accepted' } } })
    expect(response.headers.get('content-type')).toContain('text/csv')
    const text = await response.text()
    const rows = text.trim().split('\r\n')
    expect(rows[0]).toContain('受理编号,事项编码,事项名称,状态')
    expect(rows).toHaveLength(2)
    expect(rows[1]).toContain(formula.trackingNumber)
    expect(rows[1]).toMatch(/,'=\*+,/)
    expect(rows[1]).toContain('139****5611')
    expect(rows[1]).not.toContain('13912345611')
    expect(rows[1]).toMatch(/还剩 \d+ 个工作日/)
    // Without a filter: everything in the street, nothing of the other street.
    const all = await (await exported('reviewer-street', { format: 'csv' })).text()
    expect(all).toContain(here.trackingNumber)
    expect(all).not.toContain(elsewhere.trackingNumber)
    const [entry] = await auditEntries('export')
    expect(entry).toMatchObject({ targetCollection: 'applications', summary: expect.stringMatching(/^导出 \d+ 件（CSV）$/) })
  })

  it('writes Excel, refuses a personal filter, and refuses staff who do not handle applications', async () => {
    const sheet = await readSheet(Buffer.from(await (await exported('reviewer-street', { format: 'xlsx' })).arrayBuffer()))
    expect(sheet[0]?.[0]).toBe('受理编号')
    expect(sheet.some((row) => row[0] === here.trackingNumber)).toBe(true)
    expect(await refused(exported('reviewer-street', { format: 'xlsx', where: { 'applicant.name': { like: '李' } } }))).toMatchObject({ status: 403, code: 'PERSONAL_FIELD_QUERY' })
    expect(await refused(exported('registrar-city', { format: 'xlsx' }))).toMatchObject({ status: 403 })
  })
})

describe('联系申请人', () => {
  const contact = (username: string, id: string) => callEndpoint(payload, { collection: 'applications', path: '/:id/contact', id, username })
  const note = (username: string, id: string, outcome: string) =>
    callEndpoint(payload, { collection: 'applications', path: '/:id/contact-note', id, username, body: { outcome } })

  it('shows the phone only to the reviewer handling the case, audited, and records the outcome without it', async () => {
    const application = await createApplication(payload, { applicant: { name: '赵六', idNumber: idNumber('1955-07-07', 213), phone: '13912345613' }, divisionCode: HERE })
    // Not accepted yet: any case worker who sees it may call.
    expect(await (await contact('reviewer-street', application.id)).json()).toEqual({ phone: '13912345613' })
    const community = await signedIn(payload, 'reviewer-community')
    await act(payload, application, 'accept', { userId: community.id })
    expect(await refused(contact('reviewer-street', application.id))).toMatchObject({ status: 403, code: 'NOT_CASE_HANDLER' })
    expect(await refused(contact('reviewer-street-b', application.id))).toMatchObject({ status: 404 })
    expect(await refused(contact('registrar-community', application.id))).toMatchObject({ status: 403 })

    const before = (await auditEntries('view-full')).length
    expect(await (await contact('reviewer-community', application.id)).json()).toEqual({ phone: '13912345613' })
    const views = await auditEntries('view-full')
    expect(views.length).toBe(before + 1)
    expect(views[0]).toMatchObject({ targetId: application.id, detail: expect.stringContaining('联系申请人'), actorName: '孙燕' })

    expect(await refused(note('reviewer-community', application.id, '改约到13912345613再打'))).toMatchObject({ status: 422 })
    expect(await refused(note('reviewer-community', application.id, '家属电话 139 1234 5678'))).toMatchObject({ status: 422 })
    expect(await refused(note('reviewer-street', application.id, '无人接听'))).toMatchObject({ status: 403 })
    expect((await note('reviewer-community', application.id, '已告知补交户口簿')).status).toBe(201)
    const { docs } = await payload.find({ collection: 'application-events', where: { application: { equals: application.id }, action: { equals: 'contact' } }, depth: 0 })
    expect(docs).toEqual([expect.objectContaining({ actionLabel: '联系申请人', note: '已告知补交户口簿', actorName: '孙燕', toStatus: 'accepted' })])
    expect(JSON.stringify(docs)).not.toContain('13912345613')

    // The resident's own timeline leaves staff's call notes out.
    const stored = await payload.findByID({ collection: 'applications', id: application.id, depth: 0 })
    const answer = await statusAnswer({ payload } as never, stored)
    expect(answer.timeline.map((step) => step.note)).not.toContain('已告知补交户口簿')
  })
})
