import { createLocalReq, type Endpoint } from 'payload'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import type { Application } from '../../cms/payload-types'
import { CLIENT_ADDRESS_HEADER } from '../../cms/lib/clientAddress'
import type { StatusAnswer, SubmitAnswer } from '../../collections/Applications/states'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { idNumber } from '../helpers/population'
import { divisionId, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

/** The daughter applies from 纬五路社区; her father lives in 经七路社区 and his 户口 is in 淮河东路社区 (二七区). */
const APPLICANT_COMMUNITY = '410105001001'
const LIVES_IN = '410105001002'
const REGISTERED_IN = '410103001001'
const ELDERLY_ALLOWANCE = '150401'

let clients = 0
const clientAddress = () => ({ [CLIENT_ADDRESS_HEADER]: `198.51.100.${(clients += 1) + 100}` })

/** A small real picture for each required upload (the pipeline re-encodes it). */
const picture = async () =>
  new Blob([new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 210, b: 220 } } }).png().toBuffer())], { type: 'image/png' })

/** The application as the portal's script sends it: multipart, the JSON in `application`, a picture per required upload. */
async function submit(body: Record<string, unknown>): Promise<Response> {
  const form = new FormData()
  form.append('application', JSON.stringify(body))
  const uploads = body.serviceCode === ELDERLY_ALLOWANCE ? 2 : 0
  for (let index = 0; index < uploads; index += 1) form.append(`upload-${index}`, await picture(), `page-${index}.png`)
  const encoded = new Request('http://localhost/', { method: 'POST', body: form })
  const req = await createLocalReq({ req: { headers: new Headers({ ...clientAddress(), 'content-type': encoded.headers.get('content-type')! }) } }, payload)
  req.formData = () => encoded.formData()
  const endpoint = (payload.collections.applications.config.endpoints || []).find((each: Endpoint) => each.path === '/submit')!
  return endpoint.handler(req)
}

const allowanceFor = (elderId: string, elderCommunity: string) => ({
  serviceCode: ELDERLY_ALLOWANCE,
  divisionCode: APPLICANT_COMMUNITY,
  applicant: { name: '王芳', idNumber: '11010519491231002X', phone: '13800138000', email: '' },
  party: { name: '王建国', idNumber: elderId, relation: '子女', birthDate: '1940-3-8', divisionCode: elderCommunity },
  answers: { livingArrangement: '和子女同住', paymentCard: '老人的社会保障卡', cardNumber: '6217000012345678' },
})

async function stored(answer: Response): Promise<Application & { queryCode: string }> {
  expect(answer.status, answer.status === 201 ? '' : await answer.clone().text()).toBe(201)
  const submitted = (await answer.json()) as SubmitAnswer
  const { docs } = await payload.find({ collection: 'applications', where: { trackingNumber: { equals: submitted.trackingNumber } }, depth: 0, showHiddenFields: true })
  return { ...docs[0]!, queryCode: submitted.queryCode }
}

/** The elder in the population base: living in one community, their household registered in another. */
async function registeredElder(id: string): Promise<void> {
  const person = await payload.create({
    collection: 'persons',
    data: { name: '王建国', idNumber: id, division: await divisionId(payload, LIVES_IN), status: 'active' } as never,
    depth: 0,
  })
  await payload.create({
    collection: 'households',
    data: { householdNumber: `H-${id.slice(-6)}`, division: await divisionId(payload, REGISTERED_IN), members: [{ person: person.id, relation: 'head' }] } as never,
    depth: 0,
  })
}

describe('an application made for someone else (代办), routed by the service’s rule', () => {
  it('routes 高龄津贴 by the elder’s 户籍 as the population base holds it, whatever the daughter entered', async () => {
    const elder = idNumber('1940-03-08', 11)
    await registeredElder(elder)
    // The daughter names her own community for the elder: the population base wins.
    const application = await stored(await submit(allowanceFor(elder, APPLICANT_COMMUNITY)))
    expect(application.scope).toMatchObject({ district: '410103000000', street: '410103001000', community: REGISTERED_IN })
    expect(application).toMatchObject({
      handledBy: 'party-registered',
      routedFromPopulation: true,
      applicant: { name: '王芳' },
      party: { label: '老人', name: '王建国', idNumber: elder, relation: '子女', birthDate: '1940-03-08' },
    })

    // The 街道 reviewer of the elder's 户籍 sees the case, the party's ID number masked; the daughter's community does not.
    const reviewers = await payload.find({ collection: 'applications', where: { id: { equals: application.id } }, user: await signedIn(payload, 'reviewer-community'), overrideAccess: false, depth: 0 })
    expect(reviewers.docs).toHaveLength(0)
    const admin = await payload.findByID({ collection: 'applications', id: application.id, user: await signedIn(payload, 'admin-city'), overrideAccess: false, depth: 0 })
    expect(admin.party?.idNumber).toBe(`4${'*'.repeat(17)}`)

    // The resident is told the rule, and nothing the population base holds.
    const status = await callEndpoint(payload, {
      anonymous: true,
      collection: 'applications',
      path: '/status',
      method: 'get',
      query: { trackingNumber: application.trackingNumber },
      headers: { 'x-query-code': application.queryCode, ...clientAddress() },
    })
    const answer = (await status.json()) as StatusAnswer
    expect(answer).toMatchObject({ applicantName: '王*', partyName: '王**（老人）', handledWhere: '按老人户籍所在地办理' })
    expect(JSON.stringify(answer)).not.toMatch(/淮河|二七|经七路|410103/)
  })

  it('routes by the community entered for the elder when the population base does not hold them (or not as 在册)', async () => {
    const unknown = idNumber('1938-11-02', 13)
    const first = await stored(await submit(allowanceFor(unknown, REGISTERED_IN)))
    expect(first.scope?.community).toBe(REGISTERED_IN)
    expect(first.routedFromPopulation).toBe(false)

    const movedOut = idNumber('1939-01-15', 15)
    await registeredElder(movedOut)
    const { docs } = await payload.find({ collection: 'persons', where: { idNumber: { equals: movedOut } }, depth: 0 })
    await payload.update({ collection: 'persons', id: docs[0]!.id, data: { status: 'movedOut', statusDate: '2026-01-31' } as never })
    const second = await stored(await submit(allowanceFor(movedOut, APPLICANT_COMMUNITY)))
    expect(second.scope?.community).toBe(APPLICANT_COMMUNITY)
    expect(second.routedFromPopulation).toBe(false)
  })

  it('refuses a 代办 application without the elder, and keeps routing other services by the applicant', async () => {
    const withoutElder: Record<string, unknown> = allowanceFor(idNumber('1940-03-08', 17), REGISTERED_IN)
    delete withoutElder.party
    const refusal = await refused(submit(withoutElder))
    expect(refusal.status).toBe(422)
    expect(refusal.errors.map((error) => error.field)).toEqual(expect.arrayContaining(['party.name', 'party.idNumber', 'party.relation', 'party.birthDate', 'party.divisionCode']))

    const employment = await stored(
      await submit({
        serviceCode: '030502',
        divisionCode: APPLICANT_COMMUNITY,
        applicant: { name: '王芳', idNumber: '11010519491231002X', phone: '13800138000', email: '' },
        // A party sent to a form without the section is not kept.
        party: { name: '王建国', idNumber: idNumber('1940-03-08', 19), relation: '', birthDate: '', divisionCode: REGISTERED_IN },
        answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
      }),
    )
    expect(employment.scope?.community).toBe(APPLICANT_COMMUNITY)
    expect(employment).toMatchObject({ handledBy: 'applicant-residence', routedFromPopulation: false })
    expect(employment.party?.name ?? null).toBeNull()
  })
})
