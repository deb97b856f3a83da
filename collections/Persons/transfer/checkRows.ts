import type { PayloadRequest } from 'payload'

import type { Person } from '../../../cms/payload-types'
import { isInUserScope } from '../../access'
import { parseDivisionCode } from '../../Divisions/code'
import { listCommunities } from '../../Divisions/lookup'
import { CITIZEN_ID_PROBLEMS, citizenIdFacts, citizenIdProblem } from '../../validation/identity'
import { chinaDate } from '../../CalendarDays/workingDays'
import { startsLikeFormula, withoutFormulaQuote } from '../../validation/spreadsheet'
import { unsafeTextProblem } from '../../validation/text'
import { isPhoneNumber } from '../options'
import { statusDateProblem } from '../statusDate'
import { ETHNICITY_BY_NAME, INSURANCE_BY_LABEL, LIST_SEPARATOR, PERSON_COLUMNS, type PersonColumnKey, STATUS_BY_LABEL } from './columns'
import type { Table } from './readTable'

/** One bad cell: the spreadsheet row (titles are row 1), the column title, and why. */
export type ImportProblem = { column: string; reason: string; row: number }

export type PersonImportData = Omit<Person, 'createdAt' | 'id' | 'updatedAt'>

/** Problems refuse the file; warnings (cells a spreadsheet could run as formulas) only inform. */
type CheckedImport = { persons: PersonImportData[]; problems: ImportProblem[]; rows: number; warnings: ImportProblem[] }

const formulaWarning = (text: string): string =>
  `以“${text[0]}”开头，用 Excel 或 WPS 打开时可能被当作公式执行；请确认内容无误（导出时会在前面加单引号）`

const LIMITS: Partial<Record<PersonColumnKey, number>> = { name: 50, registeredAddress: 200, residenceAddress: 200, notes: 2000 }
const EXISTING_BATCH = 500
const ROWS_BETWEEN_YIELDS = 500

type Community = { id: string; path: ReturnType<typeof parseDivisionCode>['path'] }

async function communitiesByCode(req: PayloadRequest): Promise<Map<string, Community>> {
  const communities = await listCommunities(req.payload, req)
  return new Map(communities.map((division) => [division.code, { id: division.id, path: parseDivisionCode(division.code).path }]))
}

/** Which of these ID numbers are already in the population base (anywhere: one person, one record). */
async function existingIdNumbers(req: PayloadRequest, idNumbers: string[]): Promise<Set<string>> {
  const found = new Set<string>()
  for (let start = 0; start < idNumbers.length; start += EXISTING_BATCH) {
    const { docs } = await req.payload.find({
      collection: 'persons',
      where: { idNumber: { in: idNumbers.slice(start, start + EXISTING_BATCH) } },
      pagination: false,
      depth: 0,
      select: { idNumber: true },
      // Compared with the file's numbers, so read unmasked (see personalField.ts).
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
    for (const person of docs) found.add(person.idNumber)
  }
  return found
}

/**
 * Check every row of an import before anything is written, and report every
 * bad cell (row, column, reason) rather than stopping at the first: wrong
 * check characters, impossible dates, unknown divisions or divisions outside
 * the importer's scope, ID numbers repeated in the file or already
 * registered, missing required values, unsafe characters (validation/text.ts).
 * Cells a spreadsheet could run as formulas are warned about, not refused:
 * a note may well start with "-", and the value is stored as text, which
 * the platform never evaluates; an export neutralises them again.
 */
export async function checkRows(req: PayloadRequest, table: Table): Promise<CheckedImport> {
  const [titles = [], ...body] = table
  const problems: ImportProblem[] = []
  const warnings: ImportProblem[] = []
  const indexOf = new Map(titles.map((title, index) => [title.trim(), index]))
  for (const column of PERSON_COLUMNS) {
    if (column.required && !indexOf.has(column.title)) problems.push({ row: 1, column: column.title, reason: '缺少这一列（请使用导入模板）' })
  }
  if (problems.length > 0) return { persons: [], problems, rows: body.length, warnings }

  const today = chinaDate()
  const communities = await communitiesByCode(req)
  const firstRowOf = new Map<string, number>()
  const persons: (PersonImportData & { row: number })[] = []
  const checkRow = (cells: string[], index: number) => {
    const row = index + 2
    if (cells.every((cell) => !cell.trim())) return
    const rowProblems: ImportProblem[] = []
    const value = (key: PersonColumnKey): string => {
      const column = PERSON_COLUMNS.find((each) => each.key === key)!
      const text = withoutFormulaQuote((cells[indexOf.get(column.title) ?? -1] ?? '').trim())
      if (!text && column.required) rowProblems.push({ row, column: column.title, reason: '必填' })
      const unsafe = unsafeTextProblem(text)
      if (unsafe) rowProblems.push({ row, column: column.title, reason: unsafe.message })
      if (startsLikeFormula(text)) warnings.push({ row, column: column.title, reason: formulaWarning(text) })
      const limit = LIMITS[key]
      if (limit && [...text].length > limit) rowProblems.push({ row, column: column.title, reason: `不能超过${limit}个字` })
      return text
    }
    const problem = (key: PersonColumnKey, reason: string) =>
      rowProblems.push({ row, column: PERSON_COLUMNS.find((each) => each.key === key)!.title, reason })

    const name = value('name')
    const idNumber = value('idNumber').toUpperCase()
    const idProblem = idNumber ? citizenIdProblem(idNumber, today.replaceAll('-', '')) : null
    if (idProblem) problem('idNumber', CITIZEN_ID_PROBLEMS[idProblem].message)
    else if (idNumber && firstRowOf.has(idNumber)) problem('idNumber', `与第 ${firstRowOf.get(idNumber)} 行的身份证号码重复`)
    else if (idNumber) firstRowOf.set(idNumber, row)

    const ethnicityName = value('ethnicity')
    const ethnicity = ethnicityName ? ETHNICITY_BY_NAME.get(ethnicityName) : '01'
    if (!ethnicity) problem('ethnicity', `没有“${ethnicityName}”这个民族名称`)

    const phone = value('phone')
    if (phone && !isPhoneNumber(phone)) problem('phone', '应为11位手机号码，或带区号的固定电话')

    const communityCode = value('communityCode')
    const community = communityCode ? communities.get(communityCode) : undefined
    if (communityCode && !community) problem('communityCode', `没有代码为 ${communityCode} 的社区`)
    else if (community && req.user && !isInUserScope(req.user, community.path)) problem('communityCode', '这个社区不在您负责的辖区内')

    const statusLabel = value('status')
    const status = statusLabel ? STATUS_BY_LABEL.get(statusLabel) : 'active'
    if (!status) problem('status', '应为“在册”“迁出”或“死亡”')
    const statusDate = value('statusDate')
    const birthDate = idNumber && !idProblem ? citizenIdFacts(idNumber).birthDate : undefined
    const statusDateReason = statusDateProblem(statusDate, status, birthDate, today)
    if (statusDateReason) problem('statusDate', statusDateReason)

    const insurance = value('socialInsurance').split(LIST_SEPARATOR).filter(Boolean)
    const unknown = insurance.filter((label) => !INSURANCE_BY_LABEL.has(label))
    if (unknown.length > 0) problem('socialInsurance', `不认识：${unknown.join('、')}（可填养老保险、医疗保险、失业保险、工伤保险、生育保险）`)

    const notes = value('notes')
    problems.push(...rowProblems)
    if (rowProblems.length > 0 || !community) return
    persons.push({
      row,
      name,
      idNumber,
      ethnicity: ethnicity as Person['ethnicity'],
      phone: phone || null,
      registeredAddress: value('registeredAddress') || null,
      residenceAddress: value('residenceAddress') || null,
      division: community.id,
      status: status as Person['status'],
      statusDate: statusDate || null,
      socialInsurance: insurance.map((label) => INSURANCE_BY_LABEL.get(label)) as Person['socialInsurance'],
      notes: notes || null,
    })
  }
  for (let index = 0; index < body.length; index += 1) {
    // A file of 100,000 rows takes a few seconds to check: let other requests in between.
    if (index % ROWS_BETWEEN_YIELDS === 0) await new Promise((resolve) => setImmediate(resolve))
    checkRow(body[index]!, index)
  }

  const existing = await existingIdNumbers(req, persons.map((person) => person.idNumber))
  for (const person of persons) {
    if (existing.has(person.idNumber)) problems.push({ row: person.row, column: '公民身份号码', reason: '这个身份证号码已登记在系统中' })
  }
  problems.sort((a, b) => a.row - b.row)
  return {
    rows: body.filter((cells) => cells.some((cell) => cell.trim())).length,
    problems,
    warnings,
    persons: persons.filter((person) => !existing.has(person.idNumber)).map(({ row: _row, ...person }) => person),
  }
}
