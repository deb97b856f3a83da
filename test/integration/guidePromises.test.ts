import { describe, expect, it } from 'vitest'

import type { Service } from '../../cms/payload-types'
import { guideData, serviceByCode } from '../helpers/catalogue'
import { useTestPayload } from '../helpers/payload'
import { rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

/** 010101 生育登记: applied for on this platform, reviewed within 1 working day, handled at the street centres. */
const GUIDE = '010101'

/**
 * Save `changes` to a published guide as a draft (allowed), then try to
 * publish them (refused): the refusal's messages, one per element. The
 * published guide stays as it was.
 */
async function draftThenPublish(changes: Partial<Service>) {
  const editor = await signedIn(payload, 'editor-city')
  const guide = await serviceByCode(payload, GUIDE)
  const update = (status: 'draft' | 'published') =>
    payload.update({
      collection: 'services',
      id: guide.id,
      data: { ...changes, _status: status } as never,
      draft: status === 'draft',
      overrideAccess: false,
      user: editor,
    })
  const draft = await update('draft')
  expect(draft._status).toBe('draft')
  const refused = await rejection(update('published'))
  expect(refused.status).toBe(400)
  expect((await serviceByCode(payload, GUIDE))._status).toBe('published')
  // The next test starts from the published guide, not from this draft.
  await payload.update({ collection: 'services', id: guide.id, data: guideData(guide, { _status: 'draft' }) as never, draft: true })
  return refused.errors.map(({ message, path }) => ({ message, path }))
}

describe('publishing a guide whose words contradict its model', () => {
  it('refuses 当场办结 in a step of a guide whose result comes after review, naming the step', async () => {
    const guide = await serviceByCode(payload, GUIDE)
    const steps = (guide.steps ?? []).map(({ description, title }) => ({ description, title }))
    steps[1] = { title: '办理', description: '材料齐全的当场办结。' }
    expect(await draftThenPublish({ steps })).toEqual([
      {
        path: 'steps.1.description',
        message: '无法发布：第2步“办理”写了“当场办结”，但本事项的办理结果不是当场出具（审核后出结果）',
      },
    ])
  })

  it('refuses 在本平台 in a guide done in another system, naming the system', async () => {
    const errors = await draftThenPublish({
      kind: 'elsewhere',
      caseType: 'immediate',
      outcome: 'instant',
      promisedDays: 0,
      link: { label: '掌上12333', url: 'https://si.12333.gov.cn/' },
      summary: '在本平台填写信息即可登记。',
    })
    // The summary changed here; the guide's first step and third FAQ already said 在本平台.
    expect(errors.map((error) => error.path)).toEqual(['summary', 'steps.0.description', 'faqs.2.answer'])
    expect(errors[0]!.message).toBe('无法发布：事项简介写了“本平台”，但本事项在“掌上12333”办理，不在本平台')
  })

  it('refuses a statutory limit shorter than the promised one, 0 included', async () => {
    expect(await draftThenPublish({ noStatutoryLimit: false, legalDays: 0 })).toEqual([
      { path: 'legalDays', message: '无法发布：法定办结时限（0个工作日）短于承诺办结时限（1个工作日）' },
    ])
  })

  it('refuses an instant result for a service applied for on this platform', async () => {
    const errors = await draftThenPublish({ caseType: 'immediate', promisedDays: 0, outcome: 'instant' })
    expect(errors).toEqual([
      { path: 'outcome', message: '无法发布：在本平台在线申请的事项都由工作人员审核后办结，不能当场出结果' },
    ])
  })

  it('refuses a listed centre that does not handle the service, naming the centre', async () => {
    const guide = await serviceByCode(payload, GUIDE)
    const { docs } = await payload.find({ collection: 'service-centres', where: { code: { equals: 'erqi-district' } }, depth: 0 })
    const listed = guide.centres.map((centre) => (typeof centre === 'object' ? centre.id : centre))
    const errors = await draftThenPublish({ centres: [...listed, docs[0]!.id] })
    expect(errors).toEqual([
      { path: 'centres', message: '无法发布：“二七区政务服务中心”不办理本事项（它的可办理事项里没有 010101）' },
    ])
  })

  it('forgets a hidden statutory limit once 法律未规定 is ticked, so the guide publishes', async () => {
    const editor = await signedIn(payload, 'editor-city')
    const guide = await serviceByCode(payload, GUIDE)
    const saved = await payload.update({
      collection: 'services',
      id: guide.id,
      data: { noStatutoryLimit: true, legalDays: 5, _status: 'published' },
      overrideAccess: false,
      user: editor,
    })
    expect(saved).toMatchObject({ _status: 'published', noStatutoryLimit: true, legalDays: null })
  })
})
