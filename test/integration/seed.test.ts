import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { seedContent } from '../../scripts/lib/seed'
import { ContentValidationError } from '../../scripts/lib/seed/content'
import { copyOfContent, editContent } from '../helpers/content'
import { useTestPayload } from '../helpers/payload'

const payload = useTestPayload()

const counts = async () => ({
  divisions: (await payload.count({ collection: 'divisions' })).totalDocs,
  departments: (await payload.count({ collection: 'departments' })).totalDocs,
  users: (await payload.count({ collection: 'users' })).totalDocs,
  services: (await payload.count({ collection: 'services' })).totalDocs,
  serviceVersions: (await payload.countVersions({ collection: 'services' })).totalDocs,
  boardMembers: (await payload.count({ collection: 'board-members' })).totalDocs,
  boardThreads: (await payload.count({ collection: 'board-threads' })).totalDocs,
  boardReplies: (await payload.count({ collection: 'board-replies' })).totalDocs,
  proposalSupports: (await payload.count({ collection: 'proposal-supports' })).totalDocs,
})

const firstServiceFile = (dir: string) => `services/${readdirSync(path.join(dir, 'services')).sort()[0]}`

describe('seeding content/', () => {
  it('creates the divisions tree, the departments and, in demo mode, the demo staff', async () => {
    const report = await seedContent(payload, { demo: true })
    expect(report.divisions.created).toBeGreaterThanOrEqual(46)
    expect(report.departments.created).toBeGreaterThanOrEqual(20)
    expect(report.demoUsers.created).toBe(27)
    expect(report).toMatchObject({ demoResidents: { created: 4 }, boardThreads: { created: 9 }, boardReplies: { created: 8 }, proposalSupports: { created: 4 } })

    const community = await payload.find({
      collection: 'divisions',
      where: { code: { equals: '410105001001' } },
      depth: 1,
    })
    expect(community.docs[0]).toMatchObject({
      level: 'community',
      fullName: '郑州市金水区经八路街道纬五路社区',
      parent: { code: '410105001000' },
      scope: {
        city: '410100000000',
        district: '410105000000',
        street: '410105001000',
        community: '410105001001',
      },
    })
  })

  it('writes the boards’ demo content as residents write it: verified members, posts with replies, a proposal with supports, 居务公开', async () => {
    const threads = await payload.find({ collection: 'board-threads', where: { 'scope.community': { equals: '410105001001' } }, depth: 0, pagination: false })
    expect(threads.docs.every((thread) => thread.status === 'published' && thread.scope?.community === '410105001001')).toBe(true)
    const official = threads.docs.filter((thread) => thread.kind === 'official')
    expect(official.map((thread) => [thread.officialKind, thread.pinned, thread.authorName])).toEqual(
      expect.arrayContaining([
        ['notice', true, '纬五路社区居民委员会'],
        ['finance', false, '纬五路社区居民委员会'],
      ]),
    )
    const proposal = threads.docs.find((thread) => thread.kind === 'proposal')!
    expect(proposal.proposal?.supports).toBe(4)
    const supports = await payload.find({ collection: 'proposal-supports', where: { thread: { equals: proposal.id } }, depth: 0 })
    expect(supports.docs.map((support) => support.channel).sort()).toEqual(['offline', 'online', 'online', 'online'])
    const members = await payload.find({ collection: 'board-members', depth: 1 })
    expect(members.docs).toHaveLength(4)
    for (const member of members.docs) expect((member.resident as { realName?: { status?: string } }).realName?.status).toBe('verified')
    const lamp = threads.docs.find((thread) => thread.title === '3号楼2单元楼道灯坏了半个月')!
    expect(lamp).toMatchObject({ category: 'help', authorName: '纬五路老王', replyCount: 2 })
  })

  it('changes nothing when run again', async () => {
    const before = await counts()
    const report = await seedContent(payload, { demo: true })
    for (const tally of Object.values(report)) {
      expect(tally.created).toBe(0)
      expect(tally.updated).toBe(0)
    }
    expect(await counts()).toEqual(before)
  })

  it('updates the document whose file changed, and clears fields the file dropped', async () => {
    const dir = copyOfContent()
    editContent(dir, 'divisions/410105-jinshui.yaml', (text) =>
      text.replace('纬五路社区', '纬五路第一社区'),
    )
    editContent(dir, 'departments/city-hrss.yaml', (text) =>
      text
        .split('\n')
        .filter((line) => !line.startsWith('complaintPhone'))
        .join('\n'),
    )

    const report = await seedContent(payload, { demo: true, contentDir: dir })
    expect(report.divisions).toMatchObject({ created: 0, updated: 1 })
    expect(report.departments).toMatchObject({ created: 0, updated: 1 })

    const { docs } = await payload.find({
      collection: 'divisions',
      where: { code: { equals: '410105001001' } },
    })
    expect(docs[0]?.fullName).toBe('郑州市金水区经八路街道纬五路第一社区')
    const hrss = await payload.find({ collection: 'departments', where: { code: { equals: 'city-hrss' } } })
    expect(hrss.docs[0]?.complaintPhone ?? null).toBeNull()

    // Back to the shipped content for the tests that follow.
    await seedContent(payload, { demo: true })
  })

  it('renames the full names of descendants when a district is renamed', async () => {
    const dir = copyOfContent()
    editContent(dir, 'divisions/410108-huiji.yaml', (text) =>
      text.replace('name: 惠济区', 'name: 惠济新区'),
    )
    await seedContent(payload, { demo: true, contentDir: dir })
    const { docs } = await payload.find({
      collection: 'divisions',
      where: { code: { equals: '410108002003' } },
    })
    expect(docs[0]?.fullName).toBe('郑州市惠济新区刘寨街道天河路社区')
    await seedContent(payload, { demo: true })
  })

  it('writes nothing at all when any file is bad', async () => {
    const dir = copyOfContent()
    writeFileSync(
      path.join(dir, 'divisions', '410109-new.yaml'),
      'code: "410109000000"\nname: 新区\nstreets:\n  - { code: "410109001000", name: 新街道 }\n',
    )
    writeFileSync(path.join(dir, 'departments', 'broken.yaml'), 'name: 无代码部门\n')
    const before = await counts()
    await expect(seedContent(payload, { demo: true, contentDir: dir })).rejects.toBeInstanceOf(
      ContentValidationError,
    )
    expect(await counts()).toEqual(before)
  })

  it('rolls back the whole seed when Payload refuses a document half way', async () => {
    const dir = copyOfContent()
    writeFileSync(
      path.join(dir, 'divisions', '410109-new.yaml'),
      'code: "410109000000"\nname: 新区\n',
    )
    // Valid as content, but a second department with an existing name breaks
    // the unique index only when written.
    writeFileSync(
      path.join(dir, 'departments', 'zz-duplicate.yaml'),
      'code: zz-duplicate\nname: 郑州市民政局\ndivision: "410100000000"\n',
    )
    const before = await counts()
    await expect(seedContent(payload, { demo: true, contentDir: dir })).rejects.toThrow()
    expect(await counts()).toEqual(before)
    const { totalDocs } = await payload.count({
      collection: 'divisions',
      where: { code: { equals: '410109000000' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('leaves demo accounts alone outside demo mode', async () => {
    const before = await counts()
    const report = await seedContent(payload, { demo: false })
    expect(report.demoUsers).toEqual({ created: 0, updated: 0, unchanged: 0 })
    expect(report.boardThreads).toEqual({ created: 0, updated: 0, unchanged: 0 })
    expect(await counts()).toEqual(before)
  })

  it('updates only the guide whose file changed, as a new version', async () => {
    const dir = copyOfContent()
    const file = firstServiceFile(dir)
    editContent(dir, file, (text) => text.replace(/^summary: .*$/m, 'summary: 改过的事项简介。'))
    const code = /^code: "(\d{6})"/m.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1]
    const report = await seedContent(payload, { demo: true, contentDir: dir })
    expect(report.services).toMatchObject({ created: 0, updated: 1 })
    const { docs } = await payload.find({ collection: 'services', where: { code: { equals: code } } })
    expect(docs[0]?.summary).toBe('改过的事项简介。')
    const versions = await payload.countVersions({ collection: 'services', where: { parent: { equals: docs[0]?.id } } })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
    await seedContent(payload, { demo: true })
  })

  it('leaves the catalogue unchanged when one guide file is malformed, and names it', async () => {
    const dir = copyOfContent()
    const file = firstServiceFile(dir)
    editContent(dir, file, (text) => text.replace(/^promisedDays: .*$/m, 'promisedDays: 很快'))
    const [, second] = readdirSync(path.join(dir, 'services')).sort()
    editContent(dir, `services/${second}`, (text) => text.replace(/^summary: .*$/m, 'summary: 不应写入。'))
    const before = await counts()
    const refused = await seedContent(payload, { demo: true, contentDir: dir }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ContentValidationError)
    expect((refused as ContentValidationError).problems).toContainEqual(
      expect.objectContaining({ file: path.join(dir, file), field: 'promisedDays' }),
    )
    expect(await counts()).toEqual(before)
    const { totalDocs } = await payload.count({ collection: 'services', where: { summary: { equals: '不应写入。' } } })
    expect(totalDocs).toBe(0)
  })
})
