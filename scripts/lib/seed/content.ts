import path from 'node:path'
import { z } from 'zod'

import { DIVISION_LEVELS, isDivisionCode, parseDivisionCode } from '../../../collections/Divisions/code'
import { ROLES } from '../../../collections/access/roles'
import { isMobileNumber } from '../../../collections/validation/identity'
import { type BoardsContent, loadBoardsContent } from './boards'
import { type Catalogue, loadCatalogue } from './catalogue'
import { check, type ContentProblem, ContentValidationError, readYaml, readYamlFiles } from './files'
import { type LifeContent, loadLifeContent } from './lifeServices'

export { ContentValidationError } from './files'

const divisionCode = z
  .string({ error: '应为带引号的12位区划代码' })
  .refine(isDivisionCode, '不是有效的12位区划代码')
const name = z.string({ error: '缺少名称' }).trim().min(1, '名称不能为空')

const communitySchema = z.strictObject({ code: divisionCode, name })
const streetSchema = z.strictObject({
  code: divisionCode,
  name,
  communities: z.array(communitySchema).default([]),
})
const divisionFileSchema = z.strictObject({
  code: divisionCode,
  name,
  streets: z.array(streetSchema).default([]),
})

const departmentSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能包含小写字母、数字和连字符'),
  name,
  shortName: z.string().optional(),
  division: divisionCode,
  phone: z.string().optional(),
  complaintPhone: z.string().optional(),
  address: z.string().optional(),
  officeHours: z.string().optional(),
  website: z.url({ protocol: /^https?$/, error: '应为 http(s) 网址' }).optional(),
  description: z.string().optional(),
})

const demoUserSchema = z.strictObject({
  username: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '只能包含小写字母、数字和连字符'),
  name,
  roles: z.array(z.enum(ROLES, { error: `角色应为 ${ROLES.join('、')} 之一` })).min(1),
  division: divisionCode,
  department: z.string().optional(),
  /** A fictional mobile, so the demo's 督办 reminders show as SMS to the handler. */
  phone: z.string().refine(isMobileNumber, '应为 11 位手机号').optional(),
})

type DivisionRecord = { code: string; name: string }
/** Every department field is present; those a file leaves out are null, so the seed clears them. */
type DepartmentInput = z.infer<typeof departmentSchema>
type DepartmentRecord = {
  [K in keyof DepartmentInput]-?: undefined extends DepartmentInput[K]
    ? Exclude<DepartmentInput[K], undefined> | null
    : DepartmentInput[K]
}
type DemoUserRecord = z.infer<typeof demoUserSchema>

type SeedContent = {
  /** The boards' demo content (demo mode only); null only alongside a problem. */
  boards: BoardsContent | null
  catalogue: Catalogue
  demoUsers: DemoUserRecord[]
  departments: DepartmentRecord[]
  /** Parents always come before their children. */
  divisions: DivisionRecord[]
  life: LifeContent
}

function flattenDivisions(file: z.infer<typeof divisionFileSchema>): DivisionRecord[] {
  return [
    { code: file.code, name: file.name },
    ...file.streets.flatMap((street) => [
      { code: street.code, name: street.name },
      ...street.communities.map(({ code, name }) => ({ code, name })),
    ]),
  ]
}

/** Cross-file rules: unique keys, every parent present, references resolvable. */
function checkReferences(content: Omit<SeedContent, 'boards' | 'catalogue' | 'life'>, files: Map<string, string>, problems: ContentProblem[]) {
  const divisionCodes = new Set<string>()
  for (const division of content.divisions) {
    const file = files.get(`division:${division.code}`) ?? 'content/divisions'
    if (divisionCodes.has(division.code)) {
      problems.push({ file, field: 'code', reason: `区划代码 ${division.code} 重复` })
    }
    divisionCodes.add(division.code)
  }
  for (const division of content.divisions) {
    const { parentCode } = parseDivisionCode(division.code)
    if (parentCode && !divisionCodes.has(parentCode)) {
      problems.push({
        file: files.get(`division:${division.code}`) ?? 'content/divisions',
        field: 'code',
        reason: `${division.code}（${division.name}）的上级区划 ${parentCode} 不存在`,
      })
    }
  }

  const departmentCodes = new Set<string>()
  for (const department of content.departments) {
    const file = files.get(`department:${department.code}`) ?? 'content/departments'
    if (departmentCodes.has(department.code)) {
      problems.push({ file, field: 'code', reason: `部门代码 ${department.code} 重复` })
    }
    departmentCodes.add(department.code)
    if (!divisionCodes.has(department.division)) {
      problems.push({ file, field: 'division', reason: `区划 ${department.division} 不存在` })
    }
  }

  const usernames = new Set<string>()
  content.demoUsers.forEach((user, index) => {
    const file = files.get('demo-users') ?? 'content/demo/users.yaml'
    if (usernames.has(user.username)) {
      problems.push({ file, field: `${index}.username`, reason: `用户名 ${user.username} 重复` })
    }
    usernames.add(user.username)
    if (!divisionCodes.has(user.division)) {
      problems.push({ file, field: `${index}.division`, reason: `区划 ${user.division} 不存在` })
    }
    if (user.department && !departmentCodes.has(user.department)) {
      problems.push({ file, field: `${index}.department`, reason: `部门 ${user.department} 不存在` })
    }
  })
}

/**
 * Read and validate every content file. Either returns the whole content, or
 * throws one ContentValidationError listing every problem in every file.
 */
export async function loadSeedContent(contentDir: string): Promise<SeedContent> {
  const problems: ContentProblem[] = []
  const files = new Map<string, string>()

  const divisionFiles = await readYamlFiles(path.join(contentDir, 'divisions'), problems)
  const divisions = divisionFiles
    .flatMap((source) => {
      const parsed = check(divisionFileSchema, source, problems)
      const records = parsed ? flattenDivisions(parsed) : []
      for (const record of records) files.set(`division:${record.code}`, source.file)
      return records
    })
    // Shorter-prefixed levels first: city, then districts, streets, communities.
    .sort((a, b) => depth(a.code) - depth(b.code) || a.code.localeCompare(b.code))

  const departmentFiles = await readYamlFiles(path.join(contentDir, 'departments'), problems)
  const departments = departmentFiles.flatMap((source) => {
    const parsed = check(departmentSchema, source, problems)
    if (!parsed) return []
    files.set(`department:${parsed.code}`, source.file)
    const fields = departmentSchema.keyof().options
    return [Object.fromEntries(fields.map((field) => [field, parsed[field] ?? null])) as DepartmentRecord]
  })

  const demoUsersFile = await readYaml(path.join(contentDir, 'demo', 'users.yaml'), problems)
  files.set('demo-users', demoUsersFile.file)
  const demoUsers = check(z.array(demoUserSchema), demoUsersFile, problems) ?? []

  const foundation = { demoUsers, departments, divisions }
  if (problems.length === 0) checkReferences(foundation, files, problems)
  const catalogue = await loadCatalogue(
    contentDir,
    {
      departments: new Set(departments.map((department) => department.code)),
      divisions: new Set(divisions.map((division) => division.code)),
    },
    problems,
  )
  const life = await loadLifeContent(contentDir, new Set(divisions.map((division) => division.code)), problems)
  const boards = await loadBoardsContent(contentDir, { divisions: new Set(divisions.map((division) => division.code)), usernames: new Set(demoUsers.map((user) => user.username)) }, problems)
  if (problems.length > 0) throw new ContentValidationError(problems)
  return { ...foundation, boards, catalogue, life }
}

const depth = (code: string): number => DIVISION_LEVELS.indexOf(parseDivisionCode(code).level)
