import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '../../cms/lib/clientAddress'
import type { Application, Person, Service } from '../../cms/payload-types'
import type { Prefill } from '../../collections/Applications/reuse/sources'
import type { BundleSubmitAnswer } from '../../collections/BundleCases/states'
import type { ErrorAnswer } from '../../collections/endpoints/refusal'
import { useTestPayload } from '../helpers/payload'
import { api, signInResident } from '../helpers/residents'
import { divisionId } from '../helpers/users'

/**
 * 使用平台已有的信息 on a 一件事's one form (issue 19, items 4 and 5): one
 * consent for every member service, the applicant and each member's
 * questions prefilled, a material several members ask for and the platform
 * holds waived once, a commitment for the member whose guide allows it, and
 * each member application keeping (and auditing) its own part.
 */
const payload = useTestPayload({ seeded: true })

const BUNDLE = 'retirement'
const COMMUNITY = '410105001001'
/** 职工退休申请, 退休人员医保待遇核定, 退休提取住房公积金. */
const MEMBERS = ['150101', '150102', '150103']
const ID_CARD = '居民身份证'
const RETIREMENT_PROOF = '退休证明'
/** 退休证明's place among the merged uploads: 居民身份证 (asked by all three), 职工退休申请's three, 医保's two, then it. */
const RETIREMENT_PROOF_UPLOAD = 6

type Form = NonNullable<Service['applicationForm']>

/**
 * The sample guides do not reuse anything yet: every member asks for 居民身份证
 * (held by the platform), 职工退休申请 and 退休提取住房公积金 both ask for the
 * current address (from the population base), and 退休证明 may be replaced by a
 * 告知承诺.
 */
async function guidesReuse(): Promise<void> {
  for (const code of MEMBERS) {
    const service = (await payload.find({ collection: 'services', where: { code: { equals: code } }, depth: 0, limit: 1 })).docs[0]!
    const form = service.applicationForm as Form
    const askAddress = code !== '150102'
    await payload.update({
      collection: 'services',
      id: service.id,
      depth: 0,
      data: {
        _status: 'published',
        materials: (service.materials ?? []).map((material) => ({
          ...material,
          ...(material.name === ID_CARD ? { platformSource: 'population' as const } : {}),
          ...(material.name === RETIREMENT_PROOF ? { commitmentAllowed: true } : {}),
        })),
        applicationForm: {
          ...form,
          fields: [...(form.fields ?? []), ...(askAddress ? [{ name: 'residenceAddress', type: 'text' as const, label: '现住址', required: true, prefill: 'person.residenceAddress' as const }] : [])],
          uploads: [{ material: ID_CARD, required: true }, ...(form.uploads ?? [])],
        },
      },
    })
  }
}

let phones = 0
/** Someone living in the community, and a resident signed in and verified as them. */
async function verifiedResident(): Promise<{ cookie: string; person: Person }> {
  const community = await divisionId(payload, COMMUNITY)
  const { docs } = await payload.find({
    collection: 'persons',
    where: { and: [{ status: { equals: 'active' } }, { residenceAddress: { exists: true } }, { division: { equals: community } }] },
    limit: 1,
    page: (phones += 1),
    depth: 0,
  })
  const person = docs[0]!
  const cookie = await signInResident(payload, `1370001${String(phones).padStart(4, '0')}`)
  const verified = await api(payload, '/api/residents/me/real-name', { cookie, body: { name: person.name, idNumber: person.idNumber, consent: true } })
  expect(verified.status).toBe(200)
  return { cookie, person }
}

const reuseAudits = async (personId: number | string) =>
  (await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'reuse' } }, { targetId: { equals: String(personId) } }] }, sort: 'createdAt', depth: 0 })).docs

const png = async () => new Blob([new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 90, g: 80, b: 120 } } }).png().toBuffer())], { type: 'image/png' })

/** Answers to every question of the merged form: the first option, a date, or words. */
const ANSWERS = {
  applicantType: '在单位上班的职工',
  archiveHolder: '金水区人才交流中心',
  retirementType: '正常退休',
  firstWorkDate: '1990-07-01',
  militaryService: '没有',
  retirementMonth: '2026-01-01',
  insuredElsewhere: '否',
  shortfallChoice: '一次性补缴',
  retirementDate: '2026-01-01',
  retiredWhere: '外地或部队',
  bankName: '郑州银行',
  bankCardNumber: '6217000000000000001',
  hasLoan: '没有',
}

let clients = 0
/** The bundle's form sent as the portal's script sends it (the application as JSON, files by upload index). */
async function submitBundle(person: Person, { cookie, reuse, uploads = [] }: { cookie?: string; reuse?: { commitments: number[]; consent: boolean }; uploads?: number[] }): Promise<Response> {
  const form = new FormData()
  const applicant = { name: person.name, idNumber: person.idNumber, phone: '13900007101', email: '' }
  form.append('application', JSON.stringify({ bundleCode: BUNDLE, divisionCode: COMMUNITY, applicant, answers: { ...ANSWERS, residenceAddress: person.residenceAddress }, reuse }))
  for (const index of uploads) form.append(`upload-${index}`, await png(), 'scan.png')
  const request = new Request('http://localhost/api/applications/submit-bundle', {
    method: 'POST',
    body: form,
    headers: { accept: 'application/json', [CLIENT_ADDRESS_HEADER]: `192.0.2.${(clients += 1) % 250}`, ...(cookie ? { cookie } : {}) },
  })
  return handleEndpoints({ config: payload.config, request })
}

const membersOf = async (answer: BundleSubmitAnswer): Promise<Application[]> =>
  Promise.all(answer.members.map(async (member) => (await payload.find({ collection: 'applications', where: { trackingNumber: { equals: member.trackingNumber } }, depth: 0, limit: 1 })).docs[0]!))

beforeAll(guidesReuse)

describe('使用平台已有的信息 on a 一件事', () => {
  let prefill: Prefill

  it('fills the applicant and every member’s questions after one consent, marks the shared held material once, and audits one reading for the bundle', async () => {
    const { cookie, person } = await verifiedResident()
    const before = (await reuseAudits(person.id)).length
    const response = await api(payload, '/api/applications/prefill', { cookie, body: { bundleCode: BUNDLE, consent: true } })
    expect(response.status).toBe(200)
    prefill = (await response.json()) as Prefill
    expect(prefill.applicant).toMatchObject({ name: person.name, idNumber: person.idNumber })
    expect(prefill.divisionCode).toBe(COMMUNITY)
    expect(prefill.answers).toEqual({ residenceAddress: person.residenceAddress })
    // 居民身份证 is one upload of the merged form, held once for all three.
    expect(prefill.heldMaterials).toMatchObject([{ material: ID_CARD, source: 'population', upload: 0 }])
    expect(prefill.read).toEqual(['姓名', '身份证号码', '手机号码', '所在社区', '现住址', '人口库的身份和户籍信息'])
    const audits = await reuseAudits(person.id)
    expect(audits.length).toBe(before + 1)
    expect(audits.at(-1)!.summary).toContain('退休一件事')
  })

  it('waives the held material for every member, keeps each member’s own commitment and check, and audits the reuse per member', async () => {
    const { cookie, person } = await verifiedResident()
    // Without consent 居民身份证 must be uploaded.
    const missing = await submitBundle(person, { cookie })
    expect(missing.status).toBe(422)
    expect(((await missing.json()) as ErrorAnswer).errors?.map((error) => error.message)).toContain(`请上传“${ID_CARD}”`)

    const before = (await reuseAudits(person.id)).length
    const response = await submitBundle(person, { cookie, reuse: { consent: true, commitments: [RETIREMENT_PROOF_UPLOAD] } })
    expect(response.status).toBe(201)
    const applications = await membersOf((await response.json()) as BundleSubmitAnswer)
    expect(applications.map((each) => each.serviceCode)).toEqual(MEMBERS)
    for (const application of applications) {
      expect(application.reuse?.materials).toMatchObject([{ material: ID_CARD, source: 'population' }])
      expect(application.reuse?.person).toBe(String(person.id))
    }
    const [retirement, insurance, fund] = applications
    expect(retirement!.answers).toMatchObject({ residenceAddress: person.residenceAddress })
    expect(insurance!.answers).not.toHaveProperty('residenceAddress')
    expect(fund!.reuse?.commitments).toMatchObject([{ material: RETIREMENT_PROOF }])
    expect(fund!.commitmentCheck).toMatchObject({ status: 'pending' })
    expect(retirement!.reuse?.commitments).toEqual([])
    expect(retirement!.commitmentCheck?.status ?? null).toBeNull()
    expect((await payload.count({ collection: 'application-files', where: { application: { in: applications.map((each) => each.id) } } })).totalDocs).toBe(0)
    // One entry per member: each department sees the reading behind its own case.
    const audits = (await reuseAudits(person.id)).slice(before)
    expect(audits.map((audit) => audit.summary).sort()).toEqual(applications.map((each) => `为“${each.serviceTitle}”复用人口库信息`).sort())
    expect(audits.every((audit) => audit.detail?.includes(`代替“${ID_CARD}”`))).toBe(true)
  })

  it('refuses 免提交 to a resident not verified and a commitment no member’s guide allows, storing nothing', async () => {
    const { person } = await verifiedResident()
    const unverified = await signInResident(payload, '13700019999')
    const jointCases = async () => (await payload.count({ collection: 'bundle-cases' })).totalDocs
    const before = await jointCases()
    const notVerified = await submitBundle(person, { cookie: unverified, reuse: { consent: true, commitments: [] } })
    expect(notVerified.status).toBe(403)
    expect(((await notVerified.json()) as ErrorAnswer).code).toBe('REAL_NAME_REQUIRED')
    const notAllowed = await submitBundle(person, { reuse: { consent: false, commitments: [0] }, uploads: [0] })
    expect(notAllowed.status).toBe(422)
    expect(((await notAllowed.json()) as ErrorAnswer).errors?.[0]?.code).toBe('COMMITMENT_NOT_ALLOWED')
    expect(await jointCases()).toBe(before)
  })

  it('answers a browser without JavaScript with the 一件事’s form filled in by the server', async () => {
    const { cookie, person } = await verifiedResident()
    const response = await api(payload, '/api/applications/prefill', { cookie, form: { bundleCode: BUNDLE, 'reuse.consent': 'yes' } })
    expect(response.status).toBe(200)
    const form = await response.text()
    expect(form).toContain('一次申请：退休一件事')
    expect(form).toContain('action="/api/applications/submit-bundle"')
    expect(form).toContain('<input type="hidden" name="bundleCode" value="retirement"/>')
    expect(form).toContain('<input type="hidden" name="reuse.consent" value="yes"/>')
    expect(form).toContain(`name="answers.residenceAddress" value="${person.residenceAddress}"`)
    expect(form).toContain(`name="applicant.name" value="${person.name}"`)
    // The material all three ask for, held once: no file input for it.
    expect(form.match(/免提交（平台已有：人口库的身份和户籍信息）/g)).toHaveLength(1)
    expect(form).not.toContain('name="upload-0"')
    expect(form).toContain('name="upload-6"')
  })

  it('carries the reuse chosen through the check page without JavaScript', async () => {
    const { cookie, person } = await verifiedResident()
    const form = new FormData()
    for (const [name, value] of [
      ['bundleCode', BUNDLE],
      ['divisionCode', COMMUNITY],
      ['applicant.name', person.name],
      ['applicant.idNumber', person.idNumber],
      ['applicant.phone', '13900007101'],
      ['reuse.consent', 'yes'],
      ['step', 'check'],
      ...Object.entries({ ...ANSWERS, residenceAddress: person.residenceAddress! }).map(([name, value]) => [`answers.${name}`, value]),
    ]) form.append(name!, value!)
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request('http://localhost/api/applications/submit-bundle', { method: 'POST', body: form, headers: { accept: 'text/html', cookie, [CLIENT_ADDRESS_HEADER]: '192.0.2.251' } }),
    })
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page).toContain('<input type="hidden" name="reuse.consent" value="yes">')
    expect(page).toMatch(/居民身份证<span class="optional">（选填）<\/span>/)
  })
})
