import { parse } from 'csv-parse/sync'
import Ajv2020 from 'ajv/dist/2020'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Application, Ticket } from '../../cms/payload-types'
import { OPEN_DATA_COLUMNS, OPEN_DATA_SCHEMA, openDataDir, type OpenDataRecord, writeOpenDataExport } from '../../cms/publish/openData'
import { writePublicParts } from '../../cms/publish/snapshot/public'
import { WORKFLOW_CONTEXT } from '../../collections/Applications/hooks/refuseEditsOutsideWorkflow'
import { shiftDays, chinaDate } from '../../collections/CalendarDays/workingDays'
import { relationId } from '../../collections/relations'
import { publishedAnswers } from '../../collections/statistics/public/answers'
import { type DivisionFigures, MINIMUM_CELL, publicFigures, type PublicFigures } from '../../collections/statistics/public/figures'
import { TICKET_WORKFLOW_CONTEXT } from '../../collections/Tickets/hooks/recordEdits'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { createTicket, ticketAction } from '../helpers/tickets'
import { divisionId } from '../helpers/users'

const payload = useTestPayload({ seeded: true })
const workDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-public-figures-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

/** 人民路街道 of 金水区: its 太康路社区 gets four ratings, 西里路社区 two (too few to show). */
const STREET = '410105003000'
const SHOWN = '410105003002'
const SUPPRESSED = '410105003003'
/** The test data's personal details: none of them may reach a public file. */
const NAMES = ['公开测试甲', '公开测试乙', '公开答复人丙', '保密来电人丁']
const ID_NUMBER = '410105198808081234'
const PHONES = ['13811112222', '13933334444', '13755556666']

const today = chinaDate()
let serial = 0

/** A finished, rated application as the workflow leaves it, submitted ten days ago. */
async function rated(community: string, level: '1' | '2' | '3' | '4' | '5', followUp?: { closedLate: boolean }): Promise<Application> {
  const { docs } = await payload.find({ collection: 'services', where: { code: { equals: '030502' } }, depth: 0, limit: 1 })
  const service = docs[0]!
  const submitted = new Date(Date.now() - 10 * 86_400_000)
  const dueDate = shiftDays(today, -3)
  serial += 1
  return payload.create({
    collection: 'applications',
    data: {
      trackingNumber: `YZ990101${String(serial).padStart(8, '0')}`,
      status: 'completed',
      channel: 'web',
      service: service.id,
      serviceCode: service.code,
      serviceTitle: service.title,
      department: String(relationId(service.department)),
      promisedDays: service.promisedDays,
      division: await divisionId(payload, community),
      submittedAt: submitted.toISOString(),
      applicant: { name: NAMES[serial % 2]!, idNumber: ID_NUMBER, phone: PHONES[0]! },
      answers: {},
      rating: { level, ratedAt: new Date().toISOString(), comment: `我是${NAMES[0]}，电话${PHONES[0]}` },
      ...(followUp
        ? {
            followUp: {
              status: 'closed' as const,
              dueDate,
              // On time: closed the day before its due date; late: today, three days after.
              closedAt: followUp.closedLate ? new Date().toISOString() : new Date(`${shiftDays(dueDate, -1)}T10:00:00+08:00`).toISOString(),
              note: `已回访${NAMES[1]}`,
            },
          }
        : {}),
    },
    depth: 0,
    context: { [WORKFLOW_CONTEXT]: true },
  })
}

const divisionOf = (figures: PublicFigures, code: string): DivisionFigures => figures.divisions.find((division) => division.code === code)!

describe('public figures', () => {
  let before: PublicFigures
  let after: PublicFigures
  beforeAll(async () => {
    before = await publicFigures(payload)
    await rated(SHOWN, '5')
    await rated(SHOWN, '4')
    await rated(SHOWN, '2', { closedLate: false })
    await rated(SHOWN, '1', { closedLate: true })
    await rated(SUPPRESSED, '5')
    await rated(SUPPRESSED, '5')
    for (const satisfaction of ['5', '1'] as const) {
      const ticket = await createTicket(payload, { divisionCode: SHOWN, caller: { name: NAMES[2]!, phone: PHONES[1]! } }, 'agent-city')
      await ticketAction(payload, 'agent-city', ticket.id, { action: 'answerDirectly', note: '已答复' })
      await ticketAction(payload, 'agent-city', ticket.id, { action: 'callBack', satisfaction })
    }
    await createTicket(payload, { divisionCode: SHOWN, caller: { name: NAMES[2]!, phone: PHONES[1]! } }, 'agent-city')
    after = await publicFigures(payload)
  })

  it('covers every division from the city down to the communities, each linked to its parent', () => {
    const levels = new Set(after.divisions.map((division) => division.level))
    expect([...levels].sort()).toEqual(['city', 'community', 'district', 'street'])
    expect(divisionOf(after, SHOWN)).toMatchObject({ name: '太康路社区', parent: STREET, levelLabel: '社区' })
    expect(divisionOf(after, STREET).parent).toBe('410105000000')
    expect(after.minimumCell).toBe(MINIMUM_CELL)
  })

  it('counts a community’s ratings, satisfied share and rectification of bad ratings, on time or not', () => {
    expect(divisionOf(before, SHOWN).ratings).toBeNull()
    const ratings = divisionOf(after, SHOWN).ratings!
    expect(ratings).toMatchObject({ rated: 4, satisfied: 2, bad: 2, rectified: 2, rectifiedOnTime: 1 })
    expect(ratings.satisfiedRate).toBeCloseTo(0.5)
    expect(Object.fromEntries(ratings.levels.map((level) => [level.key, level.count]))).toEqual({ 5: 1, 4: 1, 3: 0, 2: 1, 1: 1 })
  })

  it('leaves out a community with fewer than three ratings, but counts them in its street and the city', () => {
    expect(divisionOf(after, SUPPRESSED).ratings).toBeNull()
    const gained = (code: string) => (divisionOf(after, code).ratings?.rated ?? 0) - (divisionOf(before, code).ratings?.rated ?? 0)
    expect(gained(STREET)).toBe(6)
    expect(gained('410100000000')).toBe(6)
  })

  it('counts the hotline’s orders received, closed on time and satisfied in the community', () => {
    expect(divisionOf(before, SHOWN).hotline).toBeNull()
    expect(divisionOf(after, SHOWN).hotline).toMatchObject({ received: 3, closed: 2, onTime: 2, rated: 2, satisfied: 1 })
  })

  it('rates the service’s department and the service itself city-wide', () => {
    const gained = (list: 'departments' | 'services', code: string) =>
      (after[list].find((group) => group.code === code)?.ratings?.rated ?? 0) - (before[list].find((group) => group.code === code)?.ratings?.rated ?? 0)
    expect(gained('services', '030502')).toBe(6)
    const department = after.departments.find((group) => (group.ratings?.rated ?? 0) >= 6)
    expect(department).toBeDefined()
  })
})

describe('published answers', () => {
  let consenting: Ticket
  let silent: Ticket
  beforeAll(async () => {
    consenting = await createTicket(payload, {
      kind: 'suggestion',
      summary: '建议在纬五路增设公交站',
      content: `我是${NAMES[2]}，电话${PHONES[2]}，建议在纬五路口增设公交站。`,
      caller: { name: NAMES[2]!, phone: PHONES[2]!, answerConsent: true },
    })
    await ticketAction(payload, 'agent-community', consenting.id, { action: 'answerDirectly', note: `已转交通部门研究，如有疑问请联系${PHONES[2]}` })
    silent = await createTicket(payload, { kind: 'consultation', summary: '咨询居住证办理', caller: { name: NAMES[3]!, phone: PHONES[1]! } })
    await ticketAction(payload, 'agent-community', silent.id, { action: 'answerDirectly', note: '按指南告知' })
  })

  it('refuses to publish an answer the sender did not agree to, and a complaint’s', async () => {
    const answer = await refused(callEndpoint(payload, { collection: 'tickets', path: '/:id/public-answer', id: silent.id, username: 'agent-community', body: { publish: true } }))
    expect(answer).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect(answer.errors[0]).toMatchObject({ code: 'ANSWER_NOT_PUBLISHABLE', message: '来电人没有同意公开答复' })
    const complaint = await createTicket(payload, { caller: { name: NAMES[3]!, phone: PHONES[1]!, answerConsent: true } })
    const refusedComplaint = await refused(callEndpoint(payload, { collection: 'tickets', path: '/:id/public-answer', id: complaint.id, username: 'agent-community', body: { publish: true } }))
    expect(refusedComplaint.errors[0]?.message).toBe('只有建议和咨询的答复可以公开')
  })

  it('refuses staff outside the order’s division and those who are not at the desk', async () => {
    expect((await refused(callEndpoint(payload, { collection: 'tickets', path: '/:id/public-answer', id: consenting.id, username: 'reviewer-community', body: { publish: true } }))).status).toBe(404)
    const elsewhere = await createTicket(payload, { kind: 'suggestion', divisionCode: '410105002001', caller: { name: NAMES[3]!, phone: PHONES[1]!, answerConsent: true } }, 'agent-city')
    expect((await refused(callEndpoint(payload, { collection: 'tickets', path: '/:id/public-answer', id: elsewhere.id, username: 'agent-community', body: { publish: true } }))).status).toBe(404)
  })

  it('publishes a consenting sender’s answer with personal numbers taken out, and records the step', async () => {
    const response = await callEndpoint(payload, {
      collection: 'tickets',
      path: '/:id/public-answer',
      id: consenting.id,
      username: 'agent-community',
      body: { publish: true, question: `建议在纬五路口增设公交站（来电${PHONES[2]}）` },
    })
    expect(response.status).toBe(200)
    const answers = await publishedAnswers(payload)
    const published = answers.find((answer) => answer.question.startsWith('建议在纬五路口增设公交站'))!
    expect(published).toMatchObject({ kind: '建议', department: '12345热线', receivedAt: today, answeredAt: today })
    expect(published.question).not.toContain(PHONES[2])
    expect(published.reply).toBe('已转交通部门研究，如有疑问请联系***')
    const { docs: history } = await payload.find({ collection: 'ticket-events', where: { ticket: { equals: consenting.id } }, sort: 'createdAt', depth: 0 })
    expect(history.map((event) => event.actionLabel)).toContain('公开答复')
    const { totalDocs: queued } = await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildPortal' } } })
    expect(queued).toBeGreaterThan(0)
  })

  it('never lists an order without the sender’s consent, whatever was stored', async () => {
    await payload.update({
      collection: 'tickets',
      id: silent.id,
      data: { publicAnswer: { published: true, question: '不应公开的问题', reply: '不应公开的答复' } },
      overrideAccess: true,
      context: { [TICKET_WORKFLOW_CONTEXT]: true },
    })
    expect((await publishedAnswers(payload)).some((answer) => answer.question === '不应公开的问题')).toBe(false)
  })
})

/** Whatever a public file holds: no ID number, no mobile number, no name of the test data. */
function expectNothingPersonal(text: string, where: string) {
  expect(text.match(/(?<!\d)\d{17}[\dXx](?!\d)/g), where).toBeNull()
  expect(text.match(/(?<!\d)1[3-9]\d{9}(?!\d)/g), where).toBeNull()
  for (const name of NAMES) expect(text.includes(name), `${where}: ${name}`).toBe(false)
}

describe('open data', () => {
  const exportDir = path.join(workDir, 'open-data')
  let confidential: Ticket
  beforeAll(async () => {
    confidential = await createTicket(payload, { caller: { name: NAMES[3]!, phone: PHONES[1]!, confidential: true } })
    await createTicket(payload, { location: { address: `纬五路21号${NAMES[0]}家`, latitude: 34.77, longitude: 113.68 } } as Partial<Ticket>)
    await writeOpenDataExport(payload, { dir: exportDir, date: today })
  })

  const records = (): OpenDataRecord[] => JSON.parse(readFileSync(path.join(exportDir, `work-orders-${today}.json`), 'utf8')) as OpenDataRecord[]

  it('exports every order but the confidential ones, as JSON and CSV with the same rows', async () => {
    const { docs } = await payload.find({ collection: 'tickets', pagination: false, depth: 0, select: { number: true, caller: true, status: true } })
    const expected = docs.filter((ticket) => !ticket.caller?.confidential).map((ticket) => ticket.number).sort()
    const json = records()
    expect(json.map((record) => record.service_request_id).sort()).toEqual(expected)
    expect(json.some((record) => record.service_request_id === confidential.number)).toBe(false)
    const csv = parse(readFileSync(path.join(exportDir, `work-orders-${today}.csv`)), { bom: true, columns: true }) as Record<string, string>[]
    expect(Object.keys(csv[0]!)).toEqual([...OPEN_DATA_COLUMNS])
    expect(csv.map((row) => row.service_request_id).sort()).toEqual(expected)
    const byNumber = new Map(docs.map((ticket) => [ticket.number, ticket]))
    for (const record of json) {
      expect(record.status).toBe(['received', 'dispatched', 'processing', 'replied'].includes(byNumber.get(record.service_request_id!)!.status) ? 'open' : 'closed')
    }
    const row = json.find((record) => record.community_code === SHOWN)!
    expect(row).toMatchObject({ district_code: '410105000000', street_code: STREET })
  })

  it('is written with the figures by the nightly job into the data folder, which then queues a portal rebuild that uses those figures', async () => {
    await payload.jobs.queue({ task: 'publishOpenData', input: {} })
    await payload.jobs.run({ queue: 'default' })
    expect(readdirSync(openDataDir())).toEqual(expect.arrayContaining([`work-orders-${today}.csv`, `work-orders-${today}.json`, 'work-order.schema.json', 'figures.json']))
    const kept = readFileSync(path.join(openDataDir(), 'figures.json'), 'utf8')
    const snapshotDir = path.join(workDir, 'kept-figures')
    await writePublicParts(payload, snapshotDir)
    expect(readFileSync(path.join(snapshotDir, 'figures.json'), 'utf8')).toBe(kept)
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildPortal' } }, sort: '-createdAt', limit: 1, depth: 0 })
    expect(docs[0]?.input).toMatchObject({ reason: expect.stringMatching(/^每日开放数据（\d+ 条工单）$/) })
  })

  it('validates every record against the published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true })
    ajv.addFormat('date-time', { type: 'string', validate: (value: string) => !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value) })
    const validate = ajv.compile(OPEN_DATA_SCHEMA)
    for (const record of records()) expect(validate(record), JSON.stringify(validate.errors)).toBe(true)
    expect(JSON.parse(readFileSync(path.join(exportDir, 'work-order.schema.json'), 'utf8'))).toEqual(OPEN_DATA_SCHEMA)
  })

  it('puts nothing personal into the export or the snapshot’s public parts', async () => {
    const snapshotDir = path.join(workDir, 'snapshot')
    await writePublicParts(payload, snapshotDir, exportDir)
    for (const file of ['figures.json', 'answers.json', 'open-data.json']) expectNothingPersonal(readFileSync(path.join(snapshotDir, file), 'utf8'), file)
    const copied = readdirSync(path.join(snapshotDir, 'open-data'))
    expect(copied).toEqual(expect.arrayContaining([`work-orders-${today}.csv`, `work-orders-${today}.json`, 'work-order.schema.json']))
    for (const file of copied) expectNothingPersonal(readFileSync(path.join(snapshotDir, 'open-data', file), 'utf8'), file)
    const answers = readFileSync(path.join(snapshotDir, 'answers.json'), 'utf8')
    expect(answers).toContain('建议在纬五路口增设公交站')
  })
})
