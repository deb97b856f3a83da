import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { writeSnapshot } from '../../cms/publish/snapshot/write'
import type { SnapshotCatalogue, SnapshotLife, SnapshotService } from '../../site/lib/snapshot'
import { anyService, saveDraft } from '../helpers/catalogue'
import { useTestPayload } from '../helpers/payload'
import { callEndpoint } from '../helpers/endpoints'
import { signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })
const workDir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-snapshot-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

const snapshotDir = path.join(workDir, 'snapshot')
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(snapshotDir, file), 'utf8')) as T

describe('the content snapshot', () => {
  it('holds the published catalogue, with relations as public codes', async () => {
    const report = await writeSnapshot(payload, snapshotDir)
    expect(report).toMatchObject({ stages: 16, topics: 100, services: 243, skipped: [] })
    const catalogue = readJson<SnapshotCatalogue>('catalogue.json')
    expect(catalogue.bundles.length).toBeGreaterThanOrEqual(3)
    const codes = (list: { code: string }[]) => new Set(list.map((item) => item.code))
    const [stages, topics, departments, centres, services] = [
      codes(catalogue.stages),
      codes(catalogue.topics),
      codes(catalogue.departments),
      codes(catalogue.centres),
      codes(catalogue.services),
    ]
    for (const service of catalogue.services) {
      expect(stages.has(service.stage), service.code).toBe(true)
      expect(topics.has(service.topic), service.code).toBe(true)
      expect(departments.has(service.department), service.code).toBe(true)
      for (const centre of service.centres) expect(centres.has(centre), service.code).toBe(true)
      const guide = readJson<SnapshotService>(`services/${service.code}.json`)
      for (const related of guide.related) expect(services.has(related), `${service.code} → ${related}`).toBe(true)
    }
    for (const bundle of catalogue.bundles) for (const code of bundle.services) expect(services.has(code)).toBe(true)
  })

  it('copies published files (blank forms, samples) and links them where the portal serves them', async () => {
    await writeSnapshot(payload, snapshotDir)
    const catalogue = readJson<SnapshotCatalogue>('catalogue.json')
    expect(catalogue.cityName).toBe('郑州市')
    expect(catalogue.featured.length).toBeGreaterThan(0)
    const guide = readJson<SnapshotService>('services/010301.json')
    const files = guide.materials.flatMap((material) => [material.blankForm, material.sample]).filter((file) => file !== null)
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      expect(file.url).toMatch(/^\/media\/[a-z0-9-]+\.(png|jpe?g|webp|pdf)$/)
      expect(existsSync(path.join(snapshotDir, file.url))).toBe(true)
    }
  })

  it('leaves out drafts, unpublished edits and staff-only fields', async () => {
    const editor = await signedIn(payload, 'editor-city')
    const template = await anyService(payload, 'counter')
    await saveDraft(payload, editor, template, { code: '990301', title: '未发布的草稿' })
    await payload.update({
      collection: 'services',
      id: template.id,
      data: { title: '尚未发布的新标题', editorNotes: '内部备注' },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await writeSnapshot(payload, snapshotDir)
    const catalogue = readJson<SnapshotCatalogue>('catalogue.json')
    expect(catalogue.services.map((service) => service.code)).not.toContain('990301')
    const guide = readJson<Record<string, unknown>>(`services/${template.code}.json`)
    expect(guide.title).toBe(template.title)
    for (const field of ['reviewDue', 'editorNotes', 'seedHash', 'scope', 'id', '_status']) {
      expect(guide, field).not.toHaveProperty(field)
    }
  })
})

describe('生活服务 in the snapshot', () => {
  it('holds the active categories and the public providers with their price lists, and a suspension with its public reason, nothing private', async () => {
    const { docs } = await payload.find({ collection: 'providers', where: { name: { equals: '郑州安居便民维修服务有限公司' } }, depth: 0, limit: 1 })
    const suspend = await callEndpoint(payload, { collection: 'providers', path: '/:id/actions', id: String(docs[0]!.id), username: 'life-city', body: { action: 'suspend', note: '未按标准收费' } })
    expect(suspend.status).toBe(200)
    await writeSnapshot(payload, snapshotDir)
    const life = readJson<SnapshotLife>('life.json')
    expect(life.categories.map((category) => category.code)).toEqual(expect.arrayContaining(['cleaning', 'elderly-care', 'locksmith']))
    expect(life.categories.find((category) => category.code === 'elderly-care')?.subsidy).toMatchObject({ percent: expect.any(Number) })
    expect(life.providers).toHaveLength(3)
    const listed = life.providers.find((provider) => provider.name === '郑州金水好帮手家政服务有限公司')!
    expect(listed).toMatchObject({ suspended: false, statusNote: null, categories: expect.arrayContaining(['cleaning']), sanctions: [] })
    expect(listed.items.map((item) => item.name)).toEqual(expect.arrayContaining(['深度保洁', '日常保洁（2小时）']))
    expect(listed.items[0]).toMatchObject({ category: expect.any(String), unit: expect.any(String), included: expect.any(String) })
    expect(listed.areas.length).toBeGreaterThan(0)
    const suspended = life.providers.find((provider) => provider.name === '郑州安居便民维修服务有限公司')!
    expect(suspended).toMatchObject({ suspended: true, statusNote: '暂停接单：未按标准收费', items: [], sanctions: [{ label: '暂停接单', note: '未按标准收费' }] })
    const text = JSON.stringify(life)
    for (const privateField of ['contactPhone', 'contactName', 'legalRepresentative', 'actorName', 'number', 'capacity']) expect(text).not.toContain(`"${privateField}"`)
  })
})
