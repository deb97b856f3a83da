import { beforeEach, describe, expect, it } from 'vitest'

import { REBUILD_DEBOUNCE_MS } from '../../collections/catalogue/hooks/queuePortalRebuild'
import { serviceByCode } from '../helpers/catalogue'
import { useTestPayload } from '../helpers/payload'

const payload = useTestPayload({ seeded: true })

/** Portal rebuilds waiting to run. */
const pendingRebuilds = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'rebuildPortal' }, processing: { equals: false }, completedAt: { exists: false } },
      depth: 0,
    })
  ).docs

beforeEach(async () => {
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildPortal' } } })
})

describe('rebuilding the portal after a change', () => {
  it('queues one rebuild, a few seconds ahead, when a published guide is edited', async () => {
    const guide = await serviceByCode(payload, '010101')
    const before = Date.now()
    await payload.update({ collection: 'services', id: guide.id, data: { summary: `${guide.summary}（一）` } })
    const [job, ...others] = await pendingRebuilds()
    expect(others).toHaveLength(0)
    expect(job?.queue).toBe('portal')
    expect(job?.input).toMatchObject({ reason: 'services 010101 已修改' })
    expect(new Date(job!.waitUntil!).getTime()).toBeGreaterThanOrEqual(before + REBUILD_DEBOUNCE_MS)
  })

  it('queues a rebuild when a 生活服务 category, provider or price-list item changes', async () => {
    for (const collection of ['life-categories', 'providers', 'provider-items'] as const) {
      await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildPortal' } } })
      const { docs } = await payload.find({ collection, depth: 0, limit: 1 })
      await payload.update({ collection, id: docs[0]!.id, data: {} })
      expect(await pendingRebuilds(), collection).toHaveLength(1)
    }
  })

  it('keeps one waiting rebuild however many edits follow, and the latest wins', async () => {
    for (const code of ['010101', '010102', '010103']) {
      const guide = await serviceByCode(payload, code)
      await payload.update({ collection: 'services', id: guide.id, data: { summary: `${guide.summary}（二）` } })
    }
    const pending = await pendingRebuilds()
    expect(pending).toHaveLength(1)
    expect(pending[0]?.input).toMatchObject({ reason: 'services 010103 已修改' })
  })

  it('queues nothing for a draft of a published guide, and a rebuild when the guide is unpublished', async () => {
    const guide = await serviceByCode(payload, '010201')
    await payload.update({ collection: 'services', id: guide.id, data: { summary: '草稿：尚未发布的修改。' }, draft: true })
    expect(await pendingRebuilds()).toHaveLength(0)
    await payload.update({ collection: 'services', id: guide.id, data: { _status: 'draft' } })
    expect(await pendingRebuilds()).toHaveLength(1)
  })

  it('queues a rebuild when a department the portal shows changes', async () => {
    const { docs } = await payload.find({ collection: 'departments', limit: 1, depth: 0 })
    await payload.update({ collection: 'departments', id: docs[0]!.id, data: { officeHours: '周一至周五 8:30—17:30' } })
    expect(await pendingRebuilds()).toHaveLength(1)
  })

  it('leaves nothing queued when a change is rolled back', async () => {
    const guide = await serviceByCode(payload, '010301')
    await expect(
      payload.update({ collection: 'services', id: guide.id, data: { materials: [], steps: [] } }),
    ).rejects.toThrow()
    expect(await pendingRebuilds()).toHaveLength(0)
  })
})
