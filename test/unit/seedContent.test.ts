import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { parseDivisionCode } from '../../collections/Divisions/code'
import { readValidatedService } from '../../scripts/lib/seed/catalogue'
import { ContentValidationError, loadSeedContent } from '../../scripts/lib/seed/content'
import { CONTENT_DIR } from '../../scripts/lib/seed'
import { copyOfContent, editContent } from '../helpers/content'

const problemsOf = async (contentDir: string) => {
  try {
    await loadSeedContent(contentDir)
  } catch (error) {
    if (error instanceof ContentValidationError) return error.problems
    throw error
  }
  throw new Error('expected the content to be refused')
}

describe('the shipped content', () => {
  it('describes a demo city with five districts, their streets and at least 40 communities', async () => {
    const { divisions, departments } = await loadSeedContent(CONTENT_DIR)
    const count = (level: string) =>
      divisions.filter((division) => parseDivisionCode(division.code).level === level).length
    expect(count('city')).toBe(1)
    expect(count('district')).toBe(5)
    expect(count('street')).toBeGreaterThanOrEqual(15)
    expect(count('community')).toBeGreaterThanOrEqual(40)
    expect(departments.length).toBeGreaterThanOrEqual(20)
  })

  it('has one demo account for every role at every level', async () => {
    const { demoUsers } = await loadSeedContent(CONTENT_DIR)
    const pairs = new Set(
      demoUsers.flatMap((user) =>
        user.roles.map((role) => `${role}@${parseDivisionCode(user.division).level}`),
      ),
    )
    for (const role of ['admin', 'editor', 'reviewer', 'agent', 'registrar']) {
      for (const level of ['city', 'district', 'street', 'community']) {
        expect(pairs, `${role} at ${level}`).toContain(`${role}@${level}`)
      }
    }
  })

  it('lists parents before children so the seed can create them in order', async () => {
    const { divisions } = await loadSeedContent(CONTENT_DIR)
    const seen = new Set<string>()
    for (const { code } of divisions) {
      const { parentCode } = parseDivisionCode(code)
      if (parentCode) expect(seen).toContain(parentCode)
      seen.add(code)
    }
  })
})

describe('the shipped catalogue', () => {
  it('has 16 life stages, 100 topics, 243 services and 15 service centres: the city, its 5 districts, 9 streets', async () => {
    const { catalogue } = await loadSeedContent(CONTENT_DIR)
    expect(catalogue.stages).toHaveLength(16)
    expect(catalogue.topics).toHaveLength(100)
    expect(catalogue.services).toHaveLength(243)
    expect(catalogue.centres).toHaveLength(15)
    const districts = new Set(catalogue.centres.map((centre) => centre.division.slice(0, 6)))
    expect(districts.size).toBe(6)
    expect(catalogue.bundles.length).toBeGreaterThanOrEqual(3)
  })

  it('gives every stage topics and every topic services, at least 60 of them online', async () => {
    const { catalogue } = await loadSeedContent(CONTENT_DIR)
    const services = await Promise.all(catalogue.services.map(readValidatedService))
    const usedTopics = new Set(services.map((service) => service.topic))
    for (const topic of catalogue.topics) expect(usedTopics, topic.code).toContain(topic.code)
    const usedStages = new Set(catalogue.topics.map((topic) => topic.stage))
    for (const stage of catalogue.stages) expect(usedStages, stage.code).toContain(stage.code)
    expect(services.filter((service) => service.kind === 'online').length).toBeGreaterThanOrEqual(60)
  })
})

describe('bad content', () => {
  it('refuses a guide that lists a centre not handling it, and a guide promising 当场办结 after review', async () => {
    const dir = copyOfContent()
    const file = path.join(dir, 'services', '010101.yaml')
    const guide = readFileSync(file, 'utf8')
      .replace(/^centres: \[/m, 'centres: [erqi-district, ')
      .replace('1个工作日内办结；信息对不上的', '当场办结；信息对不上的')
    writeFileSync(file, guide)
    expect(await problemsOf(dir)).toEqual([
      { file, field: 'steps.1.description', reason: '第2步“核验”写了“当场办结”，但本事项的办理结果不是当场出具（审核后出结果）' },
      { file, field: 'centres.0', reason: '“二七区政务服务中心”不办理本事项（它的可办理事项里没有 010101）' },
    ])
  })

  it('names the file, the field and the reason for every problem at once', async () => {
    const dir = copyOfContent()
    writeFileSync(
      path.join(dir, 'divisions', '410105-jinshui.yaml'),
      'code: "410105000000"\nname: 金水区\nstreets:\n  - code: "41010500100"\n    name: 坏街道\n',
    )
    writeFileSync(
      path.join(dir, 'departments', 'city-hrss.yaml'),
      'code: City_HRSS\nname: 市人社局\ndivision: "410100000000"\nfax: "123"\n',
    )
    const problems = await problemsOf(dir)
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          file: path.join(dir, 'divisions', '410105-jinshui.yaml'),
          field: 'streets.0.code',
          reason: '不是有效的12位区划代码',
        },
        {
          file: path.join(dir, 'departments', 'city-hrss.yaml'),
          field: 'code',
          reason: '只能包含小写字母、数字和连字符',
        },
        expect.objectContaining({
          file: path.join(dir, 'departments', 'city-hrss.yaml'),
          reason: expect.stringContaining('fax'),
        }),
      ]),
    )
  })

  it('reports YAML that does not parse', async () => {
    const dir = copyOfContent()
    writeFileSync(path.join(dir, 'divisions', '410108-huiji.yaml'), 'code: "410108000000\nname: [')
    const problems = await problemsOf(dir)
    expect(problems[0]).toMatchObject({
      file: path.join(dir, 'divisions', '410108-huiji.yaml'),
      field: '(文件)',
      reason: expect.stringContaining('YAML'),
    })
  })

  it('finds references that do not resolve across files', async () => {
    const dir = copyOfContent()
    writeFileSync(
      path.join(dir, 'divisions', '410199-orphan.yaml'),
      'code: "410199001000"\nname: 孤儿街道\n',
    )
    writeFileSync(
      path.join(dir, 'departments', 'city-hrss.yaml'),
      'code: city-hrss\nname: 市人社局\ndivision: "410106000000"\n',
    )
    const problems = await problemsOf(dir)
    expect(problems.map((problem) => problem.reason)).toEqual(
      expect.arrayContaining([
        '410199001000（孤儿街道）的上级区划 410199000000 不存在',
        '区划 410106000000 不存在',
      ]),
    )
  })
})

describe('bad catalogue files', () => {
  const firstService = (dir: string) => {
    const [file] = readdirSync(path.join(dir, 'services')).sort()
    if (!file) throw new Error('no service files')
    return `services/${file}`
  }

  it('names the service file and each field that is wrong or missing', async () => {
    const dir = copyOfContent()
    const file = firstService(dir)
    editContent(dir, file, (text) =>
      text.replace(/^visits: .*$/m, 'visits: 3').replace(/^legalBases:\n( {2}- .*\n( {4}.*\n)*)/m, ''),
    )
    const problems = await problemsOf(dir)
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: path.join(dir, file), field: 'visits', reason: '到现场次数应为 0、1 或 2' },
        expect.objectContaining({ file: path.join(dir, file), field: 'legalBases' }),
      ]),
    )
  })

  it('finds references to topics, departments, centres and services that do not exist', async () => {
    const dir = copyOfContent()
    const file = firstService(dir)
    editContent(dir, file, (text) =>
      text
        .replace(/^topic: .*$/m, 'topic: "9999"')
        .replace(/^department: .*$/m, 'department: no-such-department')
        .replace(/^centres: .*$/m, 'centres: [nowhere]')
        .replace(/^related: .*$/m, 'related: ["999999"]'),
    )
    const reasons = (await problemsOf(dir)).filter((p) => p.file === path.join(dir, file)).map((p) => p.reason)
    expect(reasons).toEqual(
      expect.arrayContaining([
        '主题 9999 不存在',
        '部门 no-such-department 不存在',
        '服务中心 nowhere 不存在',
        '相关事项 999999 不存在',
      ]),
    )
  })

  it('wants each service file named after its code', async () => {
    const dir = copyOfContent()
    const file = firstService(dir)
    renameSync(path.join(dir, file), path.join(dir, 'services', 'renamed.yaml'))
    const problems = await problemsOf(dir)
    expect(problems).toContainEqual(
      expect.objectContaining({ file: path.join(dir, 'services', 'renamed.yaml'), field: 'code' }),
    )
  })
})
