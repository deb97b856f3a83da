import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '../../cms/lib/clientAddress'
import type { Application, Person } from '../../cms/payload-types'
import type { Prefill } from '../../collections/Applications/reuse/sources'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { api, signInResident } from '../helpers/residents'
import { divisionId } from '../helpers/users'

/**
 * Reuse of what the platform knows (issue 19, item 4): the population base
 * prefills the form of a verified resident who consents, materials it holds
 * are 免提交, a signed 告知承诺 replaces a material and is checked later.
 */
const payload = useTestPayload({ seeded: true })

/** 居住证申领: 居民身份证 from the population base, 就业或就读证明 by commitment, the address question prefilled. */
const SERVICE = '070501'
const COMMUNITY = '410105001001'

let phones = 0
const nextPhone = () => `1370000${String((phones += 1)).padStart(4, '0')}`

/** Someone living in the community, and a resident signed in and verified as them. */
async function verifiedResident(): Promise<{ cookie: string; person: Person; residentId: string }> {
  const community = await divisionId(payload, COMMUNITY)
  const { docs } = await payload.find({
    collection: 'persons',
    where: { and: [{ status: { equals: 'active' } }, { residenceAddress: { exists: true } }, { division: { equals: community } }] },
    limit: 1,
    page: phones + 1,
    depth: 0,
  })
  const person = docs[0]!
  const phone = nextPhone()
  const cookie = await signInResident(payload, phone)
  const verified = await api(payload, '/api/residents/me/real-name', { cookie, body: { name: person.name, idNumber: person.idNumber, consent: true } })
  expect(verified.status).toBe(200)
  const { docs: accounts } = await payload.find({ collection: 'residents', where: { 'realName.person': { equals: person.id } }, limit: 1, depth: 0, overrideAccess: true })
  return { cookie, person, residentId: String(accounts[0]!.id) }
}

const reuseAudits = async (personId: string) =>
  (await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'reuse' } }, { targetId: { equals: personId } }] }, sort: 'createdAt', depth: 0 })).docs

const card = async () => new Blob([new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 90, g: 80, b: 120 } } }).png().toBuffer())], { type: 'image/png' })

let clients = 0
/** The apply form as a browser posts it without JavaScript (multipart, asking for a page). */
async function postForm(path: string, fields: [string, Blob | string][], cookie?: string): Promise<Response> {
  const form = new FormData()
  for (const [name, value] of fields) {
    if (typeof value === 'string') form.append(name, value)
    else form.append(name, value, 'scan.png')
  }
  return handleEndpoints({
    config: payload.config,
    request: new Request(`http://localhost${path}`, {
      method: 'POST',
      body: form,
      headers: { accept: 'text/html', [CLIENT_ADDRESS_HEADER]: `192.0.2.${(clients += 1) % 250}`, ...(cookie ? { cookie } : {}) },
    }),
  })
}

/** 居住证申领's form for `person`, with the uploads that are not reused (居住地住址证明, 证件照). */
const applyFields = async (person: Person, extra: [string, string][]): Promise<[string, Blob | string][]> => [
  ['serviceCode', SERVICE],
  ['divisionCode', COMMUNITY],
  ['applicant.name', person.name],
  ['applicant.idNumber', person.idNumber],
  ['applicant.phone', '13900007001'],
  ['answers.residenceAddress', person.residenceAddress!],
  ['answers.residenceType', '自有住房'],
  ['answers.registrationDate', '2026-01-05'],
  ['answers.qualifications', '合法稳定就业'],
  ['answers.collectMethod', '到便民服务中心领取'],
  ...extra,
  ['upload-1', await card()],
  ['upload-3', await card()],
]

const applicationNumbered = async (page: string): Promise<Application> => {
  const trackingNumber = /data-slot="trackingNumber">(YZ\d{14})</.exec(page)?.[1]
  return (await payload.find({ collection: 'applications', where: { trackingNumber: { equals: trackingNumber } }, depth: 0, limit: 1 })).docs[0]!
}

describe('prefill from the population base', () => {
  it('fills the form of a verified resident who consents, marks what the platform holds, and audits which facts were read', async () => {
    const { cookie, person, residentId } = await verifiedResident()
    const response = await api(payload, '/api/applications/prefill', { cookie, body: { serviceCode: SERVICE, consent: true } })
    expect(response.status).toBe(200)
    const prefill = (await response.json()) as Prefill
    expect(prefill.applicant).toMatchObject({ name: person.name, idNumber: person.idNumber })
    expect(prefill.divisionCode).toBe(COMMUNITY)
    expect(prefill.answers).toEqual({ residenceAddress: person.residenceAddress })
    // 居民身份证 from the population base; no 居住证明 issued yet, so 居住地住址证明 is still asked for.
    expect(prefill.heldMaterials).toEqual([{ upload: 0, material: '居民身份证', source: 'population', sourceLabel: '人口库的身份和户籍信息' }])
    expect(prefill.read).toEqual(['姓名', '身份证号码', '手机号码', '所在社区', '现住址', '人口库的身份和户籍信息', '本平台出具的居住证明'])

    const [entry] = await reuseAudits(String(person.id))
    expect(entry).toMatchObject({ targetCollection: 'persons', by: 'resident', actionLabel: '复用人口库信息' })
    expect(entry!.detail).toContain(`居民账号 ${residentId}`)
    expect(entry!.detail).toContain('现住址')
    // Which facts, never their values.
    expect(JSON.stringify(entry)).not.toContain(person.idNumber)
    expect(JSON.stringify(entry)).not.toContain(person.residenceAddress)

    // Without JavaScript: the apply form again, rendered by the server with the values filled in, posting on to the check step.
    const page = await api(payload, '/api/applications/prefill', { cookie, form: { serviceCode: SERVICE, 'reuse.consent': 'yes' } })
    expect(page.status).toBe(200)
    const form = await page.text()
    expect(form).toMatch(/<form class="application-form"[^>]* data-service="070501" action="\/api\/applications\/submit"/)
    expect(form).toContain('<input type="hidden" name="serviceCode" value="070501"/>')
    expect(form).toContain('<input type="hidden" name="reuse.consent" value="yes"/>')
    expect(form).toContain(`name="applicant.name" value="${person.name}"`)
    expect(form).toContain(`value="${person.idNumber}"`)
    expect(form).toContain(`name="answers.residenceAddress" value="${person.residenceAddress}"`)
    expect(form).toContain(`<option value="${COMMUNITY}" selected="">`)
    // 居民身份证 is held: marked 免提交, no file input; 居住地住址证明 is still asked for.
    expect(form).toContain('免提交（平台已有：人口库的身份和户籍信息），不用上传。')
    expect(form).not.toContain('name="upload-0"')
    expect(form).toContain('name="upload-1"')
    expect(form).toMatch(/<button type="submit"[^>]* value="check"[^>]* name="step">继续<\/button>/)
  })

  it('fills a question asking for the household’s members from the household record', async () => {
    // 最低生活保障申请's 家庭情况说明, set by an editor to come from the household.
    const { docs: [guide] } = await payload.find({ collection: 'services', where: { code: { equals: '120101' } }, depth: 0, limit: 1 })
    const fields = guide!.applicationForm!.fields!.map((field) => (field.name === 'situation' ? { ...field, prefill: 'household.members' as const } : field))
    await payload.update({ collection: 'services', id: guide!.id, data: { applicationForm: { ...guide!.applicationForm, fields } }, depth: 0 })
    const community = await divisionId(payload, COMMUNITY)
    const { docs: [household] } = await payload.find({ collection: 'households', where: { and: [{ division: { equals: community } }, { memberCount: { greater_than: 1 } }] }, limit: 1, depth: 0 })
    const members = await payload.find({ collection: 'persons', where: { id: { in: household!.members!.map((member) => member.person as string) } }, depth: 0 })
    const person = members.docs[0]!
    const cookie = await signInResident(payload, nextPhone())
    expect((await api(payload, '/api/residents/me/real-name', { cookie, body: { name: person.name, idNumber: person.idNumber, consent: true } })).status).toBe(200)

    const prefill = (await (await api(payload, '/api/applications/prefill', { cookie, body: { serviceCode: '120101', consent: true } })).json()) as Prefill
    for (const member of members.docs) expect(prefill.answers.situation).toContain(`${member.name}（`)
    expect(prefill.answers.situation).toContain('户主')
    expect(prefill.read).toContain('家庭成员（姓名、与户主关系、出生年份）')
    expect(prefill.heldMaterials.map((held) => held.material)).toEqual(['全体家庭成员的居民身份证', '居民户口簿'])
  })

  it('refuses without consent, to an unverified resident and to nobody signed in, reading nothing', async () => {
    const { cookie, person } = await verifiedResident()
    const before = (await reuseAudits(String(person.id))).length
    expect(await refused(api(payload, '/api/applications/prefill', { cookie, body: { serviceCode: SERVICE } }))).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', errors: [{ code: 'CONSENT_REQUIRED' }] })

    const unverified = await signInResident(payload, nextPhone())
    const refusal = await refused(api(payload, '/api/applications/prefill', { cookie: unverified, body: { serviceCode: SERVICE, consent: true } }))
    expect(refusal).toMatchObject({ status: 403, code: 'REAL_NAME_REQUIRED' })
    expect(refusal.message).toContain('实名核验')
    expect((await api(payload, '/api/applications/prefill', { body: { serviceCode: SERVICE, consent: true } })).status).toBe(401)
    expect((await reuseAudits(String(person.id))).length).toBe(before)
  })
})

describe('免提交 and 告知承诺 on submit', () => {
  it('skips the upload the platform holds and the one a commitment replaces, records both, audits the reuse and lists the check for reviewers', async () => {
    const { cookie, person } = await verifiedResident()
    const before = (await reuseAudits(String(person.id))).length
    // Without them, 居民身份证 is required.
    const missing = await postForm('/api/applications/submit', await applyFields(person, []), cookie)
    expect(missing.status).toBe(422)
    expect(await missing.text()).toContain('请上传“居民身份证”')

    const response = await postForm('/api/applications/submit', await applyFields(person, [['reuse.consent', 'yes'], ['reuse.commitments', '2']]), cookie)
    expect(response.status).toBe(201)
    const application = await applicationNumbered(await response.text())
    expect(application.reuse?.materials).toMatchObject([{ material: '居民身份证', source: 'population', record: '人口库人员记录' }])
    expect(application.reuse?.person).toBe(String(person.id))
    expect(application.reuse?.commitments).toMatchObject([{ material: '就业或就读证明' }])
    expect(application.reuse?.commitments?.[0]?.text).toContain('如有不实，愿承担相应法律责任')
    expect(application.commitmentCheck).toMatchObject({ status: 'pending' })
    expect(application.commitmentCheck?.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect((await payload.count({ collection: 'application-files', where: { application: { equals: application.id } } })).totalDocs).toBe(2)
    const audits = await reuseAudits(String(person.id))
    expect(audits.length).toBe(before + 1)
    expect(audits.at(-1)!.detail).toContain('代替“居民身份证”')

    // 告知承诺待核查 in the reviewers' queues, then checked: 不属实 with a note, in the history, the case where it was.
    const queues = await callEndpoint(payload, { collection: 'applications', path: '/queues', method: 'get', username: 'reviewer-community' })
    const { queues: counts } = (await queues.json()) as { queues: { count: number; key: string; label: string }[] }
    expect(counts.find((queue) => queue.key === 'commitment-check')).toMatchObject({ label: '告知承诺待核查' })
    expect(counts.find((queue) => queue.key === 'commitment-check')!.count).toBeGreaterThanOrEqual(1)
    const noNote = await refused(callEndpoint(payload, { collection: 'applications', path: '/:id/actions', id: application.id, username: 'reviewer-community', body: { action: 'refuteCommitment', note: '' } }))
    expect(noNote.code).toBe('NOTE_REQUIRED')
    const checked = await callEndpoint(payload, { collection: 'applications', path: '/:id/actions', id: application.id, username: 'reviewer-community', body: { action: 'refuteCommitment', note: '经向用人单位核实，申请人未在该单位就业。' } })
    expect(checked.status).toBe(200)
    const after = await payload.findByID({ collection: 'applications', id: application.id, depth: 0 })
    expect(after).toMatchObject({ status: 'submitted', commitmentCheck: { status: 'refuted', note: '经向用人单位核实，申请人未在该单位就业。' } })
    const history = await payload.find({ collection: 'application-events', where: { application: { equals: application.id } }, sort: 'createdAt', depth: 0 })
    expect(history.docs.at(-1)).toMatchObject({ action: 'refuteCommitment', actionLabel: '告知承诺核查不属实', fromStatus: 'submitted', toStatus: 'submitted' })
    const again = await refused(callEndpoint(payload, { collection: 'applications', path: '/:id/actions', id: application.id, username: 'reviewer-community', body: { action: 'confirmCommitment' } }))
    expect(again.status).toBe(409)
  })

  it('carries the reuse chosen through the check page without JavaScript, where the waived materials are optional', async () => {
    const { cookie, person } = await verifiedResident()
    const before = (await payload.count({ collection: 'applications' })).totalDocs
    const check = await postForm('/api/applications/submit', await applyFields(person, [['reuse.consent', 'yes'], ['reuse.commitments', '2'], ['step', 'check']]), cookie)
    expect(check.status).toBe(200)
    const page = await check.text()
    expect(page).toContain('核对您填写的内容')
    expect(page).toContain('<input type="hidden" name="reuse.consent" value="yes">')
    expect(page).toContain('<input type="hidden" name="reuse.commitments" value="2">')
    expect(page).toMatch(/居民身份证<span class="optional">（选填）<\/span>/)
    expect((await payload.count({ collection: 'applications' })).totalDocs).toBe(before)
  })

  it('refuses 免提交 to an unverified resident, a commitment the guide does not allow, and reuse for someone else', async () => {
    const { cookie, person } = await verifiedResident()
    const unverified = await signInResident(payload, nextPhone())
    const notVerified = await postForm('/api/applications/submit', await applyFields(person, [['reuse.consent', 'yes']]), unverified)
    expect(notVerified.status).toBe(403)
    expect(await notVerified.text()).toContain('实名核验')

    const notAllowed = await postForm('/api/applications/submit', await applyFields(person, [['reuse.commitments', '0']]), cookie)
    expect(notAllowed.status).toBe(422)
    expect(await notAllowed.text()).toContain('不能以告知承诺代替')

    const other = (await applyFields(person, [['reuse.consent', 'yes']])).map(([name, value]): [string, Blob | string] => [name, name === 'applicant.idNumber' ? '11010519491231002X' : value])
    const forOther = await postForm('/api/applications/submit', other, cookie)
    expect(forOther.status).toBe(422)
    expect(await forOther.text()).toContain('只能用于您本人的申请')
  })
})
