import { describe, expect, it } from 'vitest'

import { guideProblems } from '../../collections/Services/completeness'
import { anyService, centresAlsoHandle, guideData, saveDraft } from '../helpers/catalogue'
import { useTestPayload } from '../helpers/payload'
import { rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const all = async <T>(collection: 'bundles' | 'life-stages' | 'services' | 'topics') =>
  (await payload.find({ collection, depth: 0, limit: 0, pagination: false })).docs as T[]

describe('the seeded catalogue', () => {
  it('has 16 life stages, 100 topics and 243 services, all published', async () => {
    for (const [collection, count] of [
      ['life-stages', 16],
      ['topics', 100],
      ['services', 243],
    ] as const) {
      const published = await payload.count({ collection, where: { _status: { equals: 'published' } } })
      expect(published.totalDocs, collection).toBe(count)
    }
  })

  it('links every service to a topic, its stage, a department and at least one centre', async () => {
    const topics = new Map(
      (await all<{ id: string; stage: string }>('topics')).map((topic) => [topic.id, topic.stage]),
    )
    const stages = new Set((await all<{ id: string }>('life-stages')).map((stage) => stage.id))
    const departments = new Set(
      (await payload.find({ collection: 'departments', limit: 0, pagination: false })).docs.map((d) => d.id),
    )
    const centres = new Set(
      (await payload.find({ collection: 'service-centres', limit: 0, pagination: false })).docs.map((c) => c.id),
    )
    const services = await all<{ centres: string[]; code: string; department: string; stage: string; topic: string }>(
      'services',
    )
    for (const service of services) {
      const stage = topics.get(service.topic)
      expect(stage, `${service.code} topic`).toBeDefined()
      expect(service.stage, `${service.code} stage`).toBe(stage)
      expect(stages.has(service.stage), `${service.code} stage exists`).toBe(true)
      expect(departments.has(service.department), `${service.code} department`).toBe(true)
      expect(service.centres.length, `${service.code} centres`).toBeGreaterThan(0)
      for (const centre of service.centres) expect(centres.has(centre), `${service.code} centre`).toBe(true)
    }
    // Every topic and every stage is used.
    expect(new Set(services.map((service) => service.topic)).size).toBe(100)
    expect(new Set(services.map((service) => service.stage)).size).toBe(16)
  })

  it('holds every guide complete, with at least 60 online services carrying a form', async () => {
    const services = await all<Parameters<typeof guideProblems>[0] & { code: string }>('services')
    for (const service of services) expect(guideProblems(service), service.code).toEqual([])
    const online = services.filter((service) => service.kind === 'online')
    expect(online.length).toBeGreaterThanOrEqual(60)
    for (const service of online) expect(service.applicationForm?.fields?.length).toBeGreaterThan(0)
  })

  it('has at least three one-thing bundles of two or more services', async () => {
    const bundles = await all<{ services: string[] }>('bundles')
    expect(bundles.length).toBeGreaterThanOrEqual(3)
    for (const bundle of bundles) expect(bundle.services.length).toBeGreaterThanOrEqual(2)
  })
})

describe('attachments', () => {
  it('links blank forms and samples to their material, stored with a thumbnail made by sharp', async () => {
    const { docs } = await payload.find({
      collection: 'services',
      where: { 'materials.blankForm': { exists: true } },
      depth: 1,
    })
    const material = docs.flatMap((service) => service.materials ?? []).find((m) => m.blankForm)
    const blankForm = material?.blankForm
    expect(blankForm).toMatchObject({ purpose: 'blank-form', mimeType: 'image/png' })
    expect(material?.sample).toMatchObject({ purpose: 'sample' })
    if (typeof blankForm !== 'object' || !blankForm) throw new Error('blank form not populated')
    expect(blankForm.sizes?.thumbnail?.width).toBeLessThanOrEqual(320)
    expect(blankForm.alt).toMatch(/[\u4e00-\u9fa5]/)
  })
})

describe('publishing a guide', () => {
  it('keeps an incomplete draft, and refuses to publish it, naming the missing element', async () => {
    const editor = await signedIn(payload, 'editor-city')
    const template = await anyService(payload, 'online')
    const draft = await saveDraft(payload, editor, template, { code: '990101', title: '测试草稿', legalBases: [] })
    expect(draft._status).toBe('draft')

    const refused = await rejection(
      payload.update({
        collection: 'services',
        id: draft.id,
        data: { _status: 'published' },
        overrideAccess: false,
        user: editor,
      }),
    )
    expect(refused.message).toContain('设定依据')
    // A new guide is published only at centres that list it among the services they handle.
    expect(refused.errors.map((error) => error.message).join()).toContain('不办理本事项')

    await centresAlsoHandle(payload, template, '990101')
    const published = await payload.update({
      collection: 'services',
      id: draft.id,
      data: { _status: 'published', legalBases: [{ name: '《中华人民共和国行政许可法》', article: '第二十九条' }] },
      overrideAccess: false,
      user: editor,
    })
    expect(published._status).toBe('published')
  })

  it('refuses to publish a centre that drops a service its published guides send residents there for', async () => {
    const editor = await signedIn(payload, 'editor-city')
    const guide = await anyService(payload, 'counter')
    const [listed] = guide.centres
    const centreId = typeof listed === 'object' ? listed.id : (listed as string)
    const centre = await payload.findByID({ collection: 'service-centres', id: centreId, depth: 0 })
    const withoutGuide = (centre.services ?? []).filter((code) => code !== guide.code)
    const refused = await rejection(
      payload.update({ collection: 'service-centres', id: centreId, data: { services: withoutGuide }, overrideAccess: false, user: editor }),
    )
    expect(refused.errors.map((error) => error.message).join()).toContain(`${guide.code} ${guide.title}`)
    expect((await payload.findByID({ collection: 'service-centres', id: centreId, depth: 0 })).services).toContain(guide.code)
    // A draft of the centre may drop it while the editor changes the guides.
    const draft = await payload.update({ collection: 'service-centres', id: centreId, data: { services: withoutGuide }, draft: true, overrideAccess: false, user: editor })
    expect(draft.services).not.toContain(guide.code)
  })

  it('names the form as missing when an online service has no questions', async () => {
    const editor = await signedIn(payload, 'editor-city')
    const template = await anyService(payload, 'online')
    const refused = await rejection(
      payload.create({
        collection: 'services',
        data: guideData(template, {
          code: '990102',
          applicationForm: { fields: [], uploads: [] },
          _status: 'published',
        }) as never,
        overrideAccess: false,
        user: editor,
      }),
    )
    expect(refused.message).toContain('在线申请表的填写项')
  })

  it('publishes a draft at the scheduled time through the jobs queue', async () => {
    const editor = await signedIn(payload, 'editor-city')
    const template = await anyService(payload, 'counter')
    const draft = await saveDraft(payload, editor, template, { code: '990103', title: '定时发布测试' })
    await centresAlsoHandle(payload, template, '990103')
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'services', value: String(draft.id) },
        user: { relationTo: 'users', value: editor.id },
      },
      waitUntil: new Date(Date.now() + 500),
    })
    await payload.jobs.run({ queue: 'default' })
    expect((await payload.findByID({ collection: 'services', id: draft.id }))._status).toBe('draft')

    await new Promise((resolve) => setTimeout(resolve, 600))
    await payload.jobs.run({ queue: 'default' })
    expect((await payload.findByID({ collection: 'services', id: draft.id }))._status).toBe('published')
  })

  it('keeps every saved version, which an editor can restore', async () => {
    const editor = await signedIn(payload, 'editor-city')
    const service = await anyService(payload, 'info')
    await payload.update({
      collection: 'services',
      id: service.id,
      data: { summary: '改过的简介' },
      overrideAccess: false,
      user: editor,
    })
    const { docs: versions } = await payload.findVersions({
      collection: 'services',
      where: { parent: { equals: service.id } },
      sort: '-updatedAt',
      overrideAccess: false,
      user: editor,
    })
    const original = versions.find((version) => version.version.summary === service.summary)
    expect(original).toBeDefined()
    await payload.restoreVersion({ collection: 'services', id: String(original?.id), overrideAccess: false, user: editor })
    expect((await payload.findByID({ collection: 'services', id: service.id })).summary).toBe(service.summary)
  })
})

describe('who may edit which guide', () => {
  it('derives the stage from the topic and the scope from the department', async () => {
    const service = await anyService(payload, 'online')
    const topic = await payload.findByID({ collection: 'topics', id: service.topic as string, depth: 0 })
    expect(service.stage).toBe(topic.stage)
    const department = await payload.findByID({ collection: 'departments', id: service.department as string })
    expect(service.scope).toEqual(department.scope)
  })

  it('lets a district editor change only the guides of their district’s departments', async () => {
    const editor = await signedIn(payload, 'editor-district')
    const cityGuide = await payload.find({
      collection: 'services',
      where: { 'scope.district': { exists: false } },
      limit: 1,
    })
    const target = cityGuide.docs[0]
    expect(target).toBeDefined()
    const refused = await rejection(
      payload.update({
        collection: 'services',
        id: String(target?.id),
        data: { summary: '区级编辑改市级指南' },
        overrideAccess: false,
        user: editor,
      }),
    )
    expect(refused.status).toBe(403)
  })

  it('refuses reviewers and agents any change to the catalogue', async () => {
    const service = await anyService(payload, 'counter')
    for (const username of ['reviewer-city', 'agent-city']) {
      const refused = await rejection(
        payload.update({
          collection: 'services',
          id: service.id,
          data: { summary: '不该改动' },
          overrideAccess: false,
          user: await signedIn(payload, username),
        }),
      )
      expect(refused.status, username).toBe(403)
    }
  })
})

describe('anonymous reads', () => {
  it('see published guides without staff-only fields, and never a draft', async () => {
    const editor = await signedIn(payload, 'editor-city')
    const template = await anyService(payload, 'counter')
    const draft = await saveDraft(payload, editor, template, { code: '990104', title: '匿名不可见的草稿' })
    const anonymous = { overrideAccess: false, user: null } as const
    const { docs } = await payload.find({ collection: 'services', where: { code: { equals: '990104' } }, ...anonymous })
    expect(docs).toEqual([])
    const refused = await rejection(payload.findByID({ collection: 'services', id: draft.id, ...anonymous }))
    expect(refused.status).toBe(404)

    const published = await payload.findByID({ collection: 'services', id: template.id, ...anonymous })
    expect(published.title).toBe(template.title)
    expect(published).not.toHaveProperty('reviewDue')
    expect(published).not.toHaveProperty('editorNotes')
    expect(published).not.toHaveProperty('seedHash')

    const versions = await rejection(
      payload.findVersions({ collection: 'services', where: { parent: { equals: template.id } }, ...anonymous }),
    )
    expect(versions.status).toBe(403)
  })
})
