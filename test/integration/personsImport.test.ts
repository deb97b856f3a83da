import { readFileSync } from 'node:fs'
import path from 'node:path'

import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'
import { readSheet } from 'read-excel-file/node'
import writeXlsxFile from 'write-excel-file/node'

import { ROOT_DIR } from '../../cms/config/paths'
import { checkRows } from '../../collections/Persons/transfer/checkRows'
import { importPersons } from '../../collections/Persons/transfer/importPersons'
import { importMaxRows, readTable } from '../../collections/Persons/transfer/readTable'
import { citizenIdCheckCharacter } from '../../collections/validation/identity'
import { unsafeTextProblem } from '../../collections/validation/text'
import { callEndpoint } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { divisionId, rejection, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const TITLES = ['姓名', '公民身份号码', '民族', '联系电话', '户籍地址', '现住址', '社区代码', '人员状态', '迁出或死亡日期', '社会保险', '备注']
const id = (first17: string) => first17 + citizenIdCheckCharacter(first17)
const csv = (rows: string[][]) => Buffer.from([TITLES, ...rows].map((row) => row.join(',')).join('\r\n'), 'utf8')

const good = (n: number, community = '410105001001'): string[] => [
  `居民${n}`, id(`41010519700101${String(n * 2 + 1).padStart(3, '0')}`), '汉族', '13800001111', '', '金水区经三路1号', community, '在册', '', '医疗保险', '',
]

async function asUser(username: string) {
  return createLocalReq({ user: await signedIn(payload, username) }, payload)
}

describe('importing persons', () => {
  it('reads the shipped template (UTF-8 with BOM) and finds nothing wrong with its example rows', async () => {
    const table = await readTable(readFileSync(path.join(ROOT_DIR, 'content', 'templates', 'persons-import-template.csv')))
    expect(table[0]).toEqual(TITLES)
    const checked = await checkRows(await asUser('registrar-community'), table)
    expect(checked.problems).toEqual([])
    expect(checked.persons.map((person) => person.name)).toEqual(['张明', '李秀英'])
  })

  it('reports every bad cell by row, column and reason, and writes nothing', async () => {
    const before = await payload.count({ collection: 'persons' })
    const repeated = good(7)
    const rows = [
      good(1),
      ['', id('41010519800101001').slice(0, 17) + 'X', '汉族', '', '', '', '410105001001', '', '', '', ''],
      ['王五', id('41010519800230001'), '火星族', '12345', '', '', '999999999999', '', '', '', ''],
      ['赵六', id('41010519800101003'), '', '', '', '', '410105002001', '死亡', '1970-01-01', '商业保险', ''],
      repeated,
      repeated,
    ]
    const checked = await checkRows(await asUser('registrar-street'), await readTable(csv(rows)))
    const reasons = checked.problems.map(({ row, column, reason }) => `${row} ${column} ${reason}`)
    expect(reasons).toEqual(
      expect.arrayContaining([
        '3 姓名 必填',
        '4 公民身份号码 身份证号码中的出生日期不正确',
        '4 民族 没有“火星族”这个民族名称',
        '4 联系电话 应为11位手机号码，或带区号的固定电话',
        '4 社区代码 没有代码为 999999999999 的社区',
        '5 社区代码 这个社区不在您负责的辖区内',
        '5 迁出或死亡日期 日期不能早于出生日期',
        '7 公民身份号码 与第 6 行的身份证号码重复',
      ]),
    )
    expect(reasons.some((reason) => reason.startsWith('3 公民身份号码'))).toBe(true)
    expect(reasons.some((reason) => reason.startsWith('5 社会保险 不认识：商业保险'))).toBe(true)
    expect(await payload.count({ collection: 'persons' })).toEqual(before)
  })

  it('refuses a file without the required columns', async () => {
    const checked = await checkRows(await asUser('registrar-city'), [['名字', '号码'], ['张三', '1']])
    expect(checked.problems.map((each) => each.column)).toEqual(['姓名', '公民身份号码', '社区代码'])
  })

  it('commits a clean XLSX file all at once, with one audit entry per community, and refuses the same rows again', async () => {
    const rows = [good(21), good(22), good(23, '410105001002')]
    const xlsx = await writeXlsxFile([TITLES, ...rows].map((row) => row.map((value) => ({ value, type: String }))) as never).toBuffer()
    const req = await asUser('registrar-street')
    const checked = await checkRows(req, await readTable(xlsx))
    expect(checked.problems).toEqual([])
    expect(await importPersons(req, checked.persons, 'march.xlsx')).toBe(3)

    const { docs } = await payload.find({ collection: 'persons', where: { name: { in: ['居民21', '居民22', '居民23'] } }, depth: 0 })
    expect(docs.map((doc) => [doc.name, doc.scope?.community, doc.sex, doc.socialInsurance]).sort()).toEqual([
      ['居民21', '410105001001', 'male', ['medical']],
      ['居民22', '410105001001', 'male', ['medical']],
      ['居民23', '410105001002', 'male', ['medical']],
    ])
    const { docs: audits } = await payload.find({ collection: 'audit-log', where: { detail: { equals: '文件：march.xlsx' } }, depth: 0 })
    expect(audits.map((entry) => [entry.action, entry.summary, entry.actorName, entry.scope?.community])).toEqual(
      expect.arrayContaining([
        ['import', '纬五路社区导入 2 人', '林娜', '410105001001'],
        ['import', '经七路社区导入 1 人', '林娜', '410105001002'],
      ]),
    )
    expect(audits).toHaveLength(2)
    expect(await payload.count({ collection: 'audit-log', where: { and: [{ action: { equals: 'create' } }, { targetId: { in: docs.map((doc) => doc.id) } }] } })).toEqual({ totalDocs: 0 })

    const again = await checkRows(req, await readTable(xlsx))
    expect(again.problems.map((each) => each.reason)).toEqual(Array(3).fill('这个身份证号码已登记在系统中'))
  })

  it('writes none of the rows when one of them fails while writing', async () => {
    const req = await asUser('registrar-street')
    const checked = await checkRows(req, await readTable(csv([good(31), good(32)])))
    const before = await payload.count({ collection: 'persons' })
    // Another clerk registers the second person between the check and the commit.
    await payload.create({ collection: 'persons', data: { ...checked.persons[1]! } })
    expect((await rejection(importPersons(req, checked.persons, 'late.csv'))).errors).toEqual([expect.objectContaining({ path: 'idNumber' })])
    expect(await payload.count({ collection: 'persons' })).toEqual({ totalDocs: before.totalDocs + 1 })
  })

  it('reads GBK-encoded CSV as Excel in China saves it', async () => {
    const gbk = Buffer.from('d0d5c3fb2cb9abc3f1c9edb7ddbac5c2eb', 'hex') // "姓名,公民身份号码" in GBK
    expect((await readTable(gbk))[0]).toEqual(['姓名', '公民身份号码'])
  })
})

describe('cells a spreadsheet could run as formulas', () => {
  const FORMULA = '=HYPERLINK("http://x","y")'

  it('exports them behind a quote, in CSV and in XLSX', async () => {
    await payload.create({
      collection: 'persons',
      data: { name: FORMULA, idNumber: id('41010519700101901'), division: await divisionId(payload, '410105001001'), notes: '-1+1' } as never,
    })
    const exported = async (format: string) =>
      callEndpoint(payload, { collection: 'persons', method: 'get', path: '/export', username: 'registrar-city', query: { format } })
    const csvText = await (await exported('csv')).text()
    expect(csvText).toContain(`"'=HYPERLINK(""http://x"",""y"")"`)
    expect(csvText).toContain(`'-1+1`)
    const sheet = await readSheet(Buffer.from(await (await exported('xlsx')).arrayBuffer()))
    expect(sheet.find((row) => row[0] === `'${FORMULA}`)).toContain("'-1+1")
  })

  it('imports them with a warning, and reads an export’s quote back off', async () => {
    const rows = [
      ['@SUM(1+1)', ...good(41).slice(1)],
      [...good(42).slice(0, 10), "'-来自导出"],
    ]
    const checked = await checkRows(await asUser('registrar-street'), await readTable(csv(rows)))
    expect(checked.problems).toEqual([])
    expect(checked.warnings.map(({ row, column }) => `${row} ${column}`)).toEqual(['2 姓名', '3 备注'])
    expect(checked.warnings[0]!.reason).toContain('可能被当作公式')
    expect(checked.persons.map((person) => [person.name, person.notes])).toEqual([['@SUM(1+1)', null], ['居民42', '-来自导出']])
  })
})

describe('characters that hide or disguise text', () => {
  const UNSAFE = { 'NUL': 'a\u0000b', 'lone surrogate': 'a\uD800b', 'RLO override': '张\u202E三', 'isolate': '张\u2066三', 'RLM mark': '张\u200F三' }

  it.each(Object.entries(UNSAFE))('refuses a %s in an import cell with its reason', async (_kind, text) => {
    const checked = await checkRows(await asUser('registrar-street'), [TITLES, [text, ...good(51).slice(1)]])
    expect(checked.problems).toEqual([{ row: 2, column: '姓名', reason: unsafeTextProblem(text)!.message }])
  })

  it.each(Object.entries(UNSAFE))('refuses a %s in a person’s name written through the API', async (_kind, text) => {
    const error = await rejection(payload.create({ collection: 'persons', data: { name: text, idNumber: id('41010519700101961'), division: await divisionId(payload, '410105001001') } as never }))
    expect(error.errors).toEqual([expect.objectContaining({ path: 'name', message: unsafeTextProblem(text)!.message })])
  })

  it('names each kind in plain Chinese', () => {
    expect(unsafeTextProblem('a\u0000b')?.message).toContain('空字符')
    expect(unsafeTextProblem('a\uDC00')?.message).toContain('残缺的字符')
    expect(unsafeTextProblem('a\u202Eb', '姓名')?.message).toMatch(/^姓名含有看不见的文字方向控制符/)
    expect(unsafeTextProblem('张三😀 O’Brien-李')).toBeNull()
  })
})

describe('the row cap', () => {
  it('refuses a file with more rows than the cap, asking for it to be split', async () => {
    const rows = Array.from({ length: 6 }, (_, n) => good(60 + n))
    await expect(readTable(csv(rows), 5)).rejects.toMatchObject({ status: 413, message: expect.stringContaining('拆成') })
    expect(await readTable(csv(rows.slice(0, 5)), 5)).toHaveLength(6)
  })

  it('reads the cap from PERSONS_IMPORT_MAX_ROWS', () => {
    expect(importMaxRows({})).toBe(200_000)
    expect(importMaxRows({ PERSONS_IMPORT_MAX_ROWS: '5000' })).toBe(5000)
    expect(importMaxRows({ PERSONS_IMPORT_MAX_ROWS: 'lots' })).toBe(200_000)
  })

  it('refuses bytes that are no spreadsheet', async () => {
    await expect(readTable(Buffer.from('PK\u0003\u0004 not really a zip'))).rejects.toMatchObject({ status: 400, data: { code: 'UNREADABLE_FILE' } })
  })
})
