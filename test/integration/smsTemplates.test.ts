import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { renderMessage } from '../../collections/Notifications/templates'
import { MESSAGE_EVENT_CODES, MESSAGE_EVENTS } from '../../collections/SmsTemplates/events'
import { act, createApplication } from '../helpers/applications'
import { useTestPayload } from '../helpers/payload'
import { rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const templateOf = async (event: string) =>
  (await payload.find({ collection: 'sms-templates', where: { event: { equals: event } }, depth: 0, limit: 1 })).docs[0]!

/** Save a draft of `event`'s template as `username`, as the admin's "保存草稿" does. */
const saveDraft = async (username: string, event: string, data: { subject?: string; text?: string }) =>
  payload.update({ collection: 'sms-templates', id: (await templateOf(event)).id, data, draft: true, user: await signedIn(payload, username), overrideAccess: false, depth: 0 })

/** Approve (publish) the latest draft as `username`, sending back what the form shows, as the admin's button does. */
const approve = async (username: string, event: string, changes: { text?: string } = {}) => {
  const { id } = await templateOf(event)
  const draft = await payload.findByID({ collection: 'sms-templates', id, draft: true, depth: 0 })
  return payload.update({
    collection: 'sms-templates',
    id,
    data: { subject: draft.subject, text: draft.text, ...changes, _status: 'published' },
    user: await signedIn(payload, username),
    overrideAccess: false,
    depth: 0,
  })
}

const render = async (...args: Parameters<typeof renderMessage>) => renderMessage(...args)

const messagesOf = async (applicationId: string) =>
  (await payload.find({ collection: 'notifications', where: { application: { equals: applicationId } }, sort: 'createdAt', depth: 0 })).docs.map((doc) => doc.message)

describe('message templates (短信模板)', () => {
  it('are seeded for every event from the built-in wording, approved', async () => {
    const { docs } = await payload.find({ collection: 'sms-templates', pagination: false, depth: 0 })
    expect(docs.map((doc) => doc.event).sort()).toEqual([...MESSAGE_EVENT_CODES].sort())
    for (const doc of docs) expect(doc).toMatchObject({ _status: 'published', text: MESSAGE_EVENTS[doc.event].text, label: MESSAGE_EVENTS[doc.event].label })
  })

  it('fill in the variables by their Chinese names', async () => {
    const req = await createLocalReq({}, payload)
    expect(await render(req, 'application.accepted', { serviceTitle: '居住证办理', trackingNumber: 'YZ1', dueDate: '2026-12-11', dueNote: '' })).toEqual({
      subject: '居住证办理：已受理',
      text: '【一站通】您申请的“居住证办理”（受理编号YZ1）已受理，将在2026-12-11前办结。',
    })
    expect(await render(req, 'resident.signInCode', { code: '305128', minutes: 5 })).toMatchObject({ text: expect.stringContaining('验证码是305128，5分钟内有效') })
  })

  it('refuse a variable the event does not have, naming it, and add the signature when it is missing', async () => {
    const refused = await rejection(saveDraft('editor-city', 'application.withdrawn', { text: '【一站通】{受理编号}已撤回，{身份证号}' }))
    expect(refused.status).toBe(400)
    expect(refused.errors).toEqual([expect.objectContaining({ path: 'text', message: expect.stringContaining('{身份证号}') })])
    const typedWithoutSignature = await saveDraft('editor-city', 'application.withdrawn', { text: '您的申请｛受理编号｝已撤回。' })
    expect(typedWithoutSignature.text).toBe('【一站通】您的申请｛受理编号｝已撤回。')
  })

  it('send only approved wording: an administrator approves another person’s draft, never their own', async () => {
    const application = await createApplication(payload)
    const editor = await signedIn(payload, 'editor-city')
    const admin = await signedIn(payload, 'admin-city')
    await saveDraft('editor-city', 'application.accepted', { text: '【一站通】{事项名称}（{受理编号}）已受理，{应办结日期}前办结{暂定说明}，请留意短信。' })

    // The draft is not sent.
    await act(payload, application, 'accept', { userId: (await signedIn(payload, 'reviewer-community')).id })
    expect((await messagesOf(application.id)).at(-1)).toContain('您申请的“')

    // Only an administrator approves; an editor's publish is refused.
    expect(await rejection(approve('editor-city', 'application.accepted'))).toMatchObject({ status: 403, code: 'APPROVAL_ADMIN_ONLY' })
    // An administrator who changes the text while approving would approve their own edit.
    expect(await rejection(approve('admin-city', 'application.accepted', { text: '【一站通】{受理编号}已受理。' }))).toMatchObject({ status: 403, code: 'SELF_APPROVAL' })

    // Approved by another person: a REST PATCH of `_status` alone, or the admin's button (the browser test).
    const { id } = await templateOf('application.accepted')
    const approved = await payload.update({ collection: 'sms-templates', id, data: { _status: 'published' }, user: admin, overrideAccess: false, depth: 0 })
    expect(approved).toMatchObject({ _status: 'published', editedBy: editor.id, approvedBy: admin.id, approvedAt: expect.any(String), editedAt: expect.any(String) })

    // The next message uses the approved wording.
    const next = await createApplication(payload)
    await act(payload, next, 'accept', { userId: (await signedIn(payload, 'reviewer-community')).id })
    expect((await messagesOf(next.id)).at(-1)).toMatch(/^【一站通】.+（YZ\d+）已受理，\d{4}-\d\d-\d\d前办结，请留意短信。$/)

    // An administrator's own draft waits for another administrator, even when someone else saves it again unchanged.
    const adminText = '【一站通】{受理编号}已受理。'
    await saveDraft('admin-city', 'application.accepted', { text: adminText })
    expect(await rejection(approve('admin-city', 'application.accepted'))).toMatchObject({ status: 403, code: 'SELF_APPROVAL' })
    expect(await saveDraft('editor-city', 'application.accepted', { text: adminText })).toMatchObject({ editedBy: admin.id })
    expect(await rejection(approve('admin-city', 'application.accepted'))).toMatchObject({ status: 403, code: 'SELF_APPROVAL' })

    // The history keeps every version with its author and approver.
    const versions = await payload.findVersions({ collection: 'sms-templates', where: { parent: { equals: id } }, depth: 0, sort: '-createdAt', limit: 10 })
    expect(versions.docs.map(({ version }) => [version._status, version.editedBy ?? null, version.approvedBy ?? null])).toEqual([
      ['draft', admin.id, null],
      ['draft', admin.id, null],
      ['published', editor.id, admin.id],
      ['draft', editor.id, null],
      ['published', null, null],
    ])
  })

  it('fall back to the built-in wording when an event has no approved template', async () => {
    await payload.delete({ collection: 'sms-templates', id: (await templateOf('application.processing')).id })
    const req = await createLocalReq({}, payload)
    expect((await render(req, 'application.processing', { serviceTitle: '居住证办理', trackingNumber: 'YZ2' })).text).toBe('【一站通】您申请的“居住证办理”（受理编号YZ2）正在办理。')
  })
})
