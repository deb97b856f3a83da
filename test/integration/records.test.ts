import path from 'node:path'

import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { appendTicketEvent } from '../../collections/Tickets/lib/events'

import { act, createApplication } from '../helpers/applications'
import { anyService, guideData, saveDraft } from '../helpers/catalogue'
import { useTestPayload } from '../helpers/payload'
import { createTicket, departmentId, ticketAction } from '../helpers/tickets'
import { divisionId, rejection, signedIn } from '../helpers/users'

/** Records that never change silently: work orders, histories' actors, shared guide files. */
const payload = useTestPayload({ seeded: true })

const historyAs = async (username: string, ticketId: string) =>
  (
    await payload.find({
      collection: 'ticket-events',
      where: { ticket: { equals: ticketId } },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: await signedIn(payload, username),
    })
  ).docs

const editTicket = async (username: string, id: string, data: Record<string, unknown>) =>
  payload.update({ collection: 'tickets', id, data, overrideAccess: false, user: await signedIn(payload, username), depth: 0 })

describe('a work order outside its workflow', () => {
  it('takes an agent’s correction while open, with who, old and new in its history', async () => {
    const ticket = await createTicket(payload, { summary: '小区门口路等不亮', kind: 'consultation' })
    const edited = await editTicket('agent-community', ticket.id, { summary: '小区门口路灯不亮', kind: 'complaint' })
    expect(edited.summary).toBe('小区门口路灯不亮')
    const edit = (await historyAs('agent-community', ticket.id)).at(-1)!
    expect(edit).toMatchObject({ action: 'edit', actionLabel: '修改工单信息', fromStatus: 'received', toStatus: 'received', by: 'staff', actorName: '郭霞' })
    expect(edit.note).toContain('诉求摘要：“小区门口路等不亮”改为“小区门口路灯不亮”')
    expect(edit.note).toContain('诉求类型：“咨询”改为“投诉”')
    // The kind's deadline moved with it, and the history says so.
    expect(edit.note).toContain('应办结日期')
  })

  it('keeps a confidential caller’s details out of the history handlers read', async () => {
    const ticket = await createTicket(payload, { caller: { name: '李先生', phone: '13900002222', confidential: true } })
    await editTicket('agent-community', ticket.id, { caller: { name: '李建华', phone: '13900002222', confidential: true } })
    const edit = (await historyAs('agent-community', ticket.id)).at(-1)!
    expect(edit.note).toBe('姓名：（保密）')
  })

  it('records nothing for a save that changes nothing, like the admin form sending back every field it read', async () => {
    const ticket = await createTicket(payload, { location: { address: '纬五路21号院' } })
    const agent = await signedIn(payload, 'agent-community')
    const asRead = { ...(await payload.findByID({ collection: 'tickets', id: ticket.id, depth: 0, overrideAccess: false, user: agent })) } as Record<string, unknown>
    delete asRead.history
    await editTicket('agent-community', ticket.id, asRead)
    expect(await historyAs('agent-community', ticket.id)).toHaveLength(1)
  })

  it('refuses any edit once closed, with a user or without, while the workflow goes on', async () => {
    const ticket = await createTicket(payload, { kind: 'consultation' })
    await ticketAction(payload, 'agent-community', ticket.id, { action: 'answerDirectly', note: '已告知办理地点' })

    const withUser = await rejection(editTicket('agent-community', ticket.id, { content: '改写后的诉求' }))
    expect(withUser).toMatchObject({ status: 403, code: 'TICKET_FINISHED', message: expect.stringContaining('已办结') })
    const script = await rejection(payload.update({ collection: 'tickets', id: ticket.id, data: { summary: '改写' } }))
    expect(script).toMatchObject({ status: 403, code: 'TICKET_FINISHED' })
    const stored = await payload.findByID({ collection: 'tickets', id: ticket.id, depth: 0 })
    expect([stored.summary, stored.content]).toEqual([ticket.summary, ticket.content])

    const calledBack = await ticketAction(payload, 'agent-community', ticket.id, { action: 'callBack', satisfaction: '4' })
    expect(calledBack.status).toBe(200)
    expect((await historyAs('agent-community', ticket.id)).map((event) => event.action)).toEqual(['receive', 'answerDirectly', 'callBack'])
  })
})

describe('who took each step, in words', () => {
  it('shows a street handler the city agent who dispatched the order, with their unit', async () => {
    const ticket = await createTicket(payload, {}, 'agent-city')
    await ticketAction(payload, 'agent-city', ticket.id, { action: 'dispatch', division: await divisionId(payload, '410105001000') })
    await ticketAction(payload, 'reviewer-street', ticket.id, { action: 'accept' })

    // The handler may not read the agent's account…
    const street = await signedIn(payload, 'reviewer-street')
    const agent = await signedIn(payload, 'agent-city')
    const { docs: accounts } = await payload.find({ collection: 'users', where: { id: { equals: agent.id } }, overrideAccess: false, user: street })
    expect(accounts).toHaveLength(0)
    // …and still reads who dispatched it, from the entry itself.
    const history = await historyAs('reviewer-street', ticket.id)
    expect(history.map(({ actionLabel, actorName, actorUnit }) => [actionLabel, actorName, actorUnit])).toEqual([
      ['受理', '马超', '郑州市政务服务和大数据管理局'],
      ['派单', '马超', '郑州市政务服务和大数据管理局'],
      ['签收', '徐刚', '经八路街道'],
    ])
  })

  it('names other systems by their client name and the platform as 系统', async () => {
    const client = await payload.create({
      collection: 'api-clients',
      data: { name: '12345 市长热线平台', collections: ['tickets'], division: await divisionId(payload, '410100000000') } as never,
      depth: 0,
    })
    const ticket = await createTicket(payload)
    const asClient = await createLocalReq({ user: { ...client, collection: 'api-clients' } as never }, payload)
    await appendTicketEvent(asClient, ticket, { action: 'remind', actionLabel: '催办', fromStatus: 'received', toStatus: 'received', note: '来电人再次来电' })
    await appendTicketEvent(await createLocalReq({}, payload), ticket, { action: 'remind', actionLabel: '催办', fromStatus: 'received', toStatus: 'received', note: null })
    const history = await historyAs('agent-community', ticket.id)
    expect(history.slice(-2).map(({ actorName, actorUnit, by }) => [by, actorName, actorUnit])).toEqual([
      ['client', '12345 市长热线平台', null],
      ['system', '系统', null],
    ])
  })

  it('names the case worker and the applicant on an application’s history', async () => {
    const reviewer = await signedIn(payload, 'reviewer-community')
    const [accepted, withdrawn] = [await createApplication(payload), await createApplication(payload)]
    await act(payload, accepted, 'accept', { userId: reviewer.id })
    await act(payload, withdrawn, 'withdraw')
    const { docs } = await payload.find({
      collection: 'application-events',
      where: { application: { in: [accepted.id, withdrawn.id] } },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: false,
      user: reviewer,
    })
    expect(docs.map(({ action, actorName, actorUnit }) => [action, actorName, actorUnit])).toEqual([
      ['accept', '孙燕', '纬五路社区'],
      ['withdraw', '申请人', null],
    ])
  })
})

describe('a guide file', () => {
  const upload = (title: string) =>
    payload.create({
      collection: 'media',
      data: { title, alt: `${title}的空白表格`, purpose: 'blank-form' },
      filePath: path.resolve('content/media/birth-registration-form.png'),
      depth: 0,
    })

  /** A draft guide of `department` offering `mediaId` as a material's blank form. */
  const guideUsing = async (code: string, department: string, mediaId: string) => {
    const template = await anyService(payload, 'online')
    const [row] = guideData(template).materials as Record<string, unknown>[]
    return saveDraft(payload, await signedIn(payload, 'editor-city'), template, {
      code,
      title: `测试指南${code}`,
      department: await departmentId(payload, department),
      materials: [{ ...row, blankForm: mediaId, sample: null }] as never,
    })
  }

  it('is changed or deleted only by editors whose division covers every guide using it', async () => {
    const shared = await upload('跨区共用表格')
    const own = await upload('金水区自用表格')
    const erqi = await guideUsing('990801', 'erqi-civil-affairs', shared.id)
    await guideUsing('990802', 'jinshui-civil-affairs', own.id)
    // A newer draft offers another file: that draft, not yet in the guide itself, counts as well.
    const drafted = await upload('二七区草稿中的表格')
    await payload.update({ collection: 'services', id: erqi.id, draft: true, data: { materials: [{ ...erqi.materials![0], id: undefined, blankForm: drafted.id }] } as never })
    const district = await signedIn(payload, 'editor-district')
    const change = (id: string, user = district) => payload.update({ collection: 'media', id, data: { title: '改名' }, overrideAccess: false, user, depth: 0 })

    const refused = await rejection(change(shared.id))
    expect(refused).toMatchObject({ status: 403, code: 'FILE_USED_ELSEWHERE', message: expect.stringContaining('测试指南990801') })
    const removal = await rejection(payload.delete({ collection: 'media', id: shared.id, overrideAccess: false, user: district }))
    expect(removal).toMatchObject({ status: 403, code: 'FILE_USED_ELSEWHERE' })
    expect((await payload.findByID({ collection: 'media', id: shared.id, depth: 0 })).title).toBe('跨区共用表格')
    expect(await rejection(change(drafted.id))).toMatchObject({ status: 403, code: 'FILE_USED_ELSEWHERE' })

    expect((await change(own.id)).title).toBe('改名')
    expect((await change(shared.id, await signedIn(payload, 'editor-city'))).title).toBe('改名')
  })

  it('used by a published city guide is out of a district editor’s reach', async () => {
    const { docs } = await payload.find({ collection: 'media', where: { filename: { equals: 'birth-registration-form.png' } }, depth: 0, limit: 1 })
    const district = await signedIn(payload, 'editor-district')
    const refused = await rejection(payload.update({ collection: 'media', id: docs[0]!.id, data: { alt: '改写' }, overrideAccess: false, user: district }))
    expect(refused).toMatchObject({ status: 403, code: 'FILE_USED_ELSEWHERE', message: expect.stringContaining('出生登记') })
  })
})
