import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { parseDivisionCode } from '../../collections/Divisions/code'
import { ContentValidationError, loadSeedContent } from '../../scripts/lib/seed/content'
import { CONTENT_DIR } from '../../scripts/lib/seed'
import { copyOfContent } from '../helpers/content'

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

describe('bad content', () => {
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
