import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import { chinaDate, shiftDays } from '../../../collections/CalendarDays/workingDays'
import { isDivisionCode } from '../../../collections/Divisions/code'
import { PRICE_UNIT_LABELS } from '../../../collections/ProviderItems'
import { SUBSIDY_REGISTER_LABELS } from '../../../collections/lifeServices/subsidyRegisters'
import { citizenIdCheckCharacter, creditCodeCheckCharacter, isMobileNumber } from '../../../collections/validation/identity'
import { check, type ContentProblem, readYaml } from './files'
import { emptyTally, type Tally, upsertByKey } from './upsert'

/**
 * Life services' content: the categories (sample content a city replaces,
 * `content/life/categories.yaml`) and, in demo mode, providers in the
 * register with their price lists, workers and accounts
 * (`content/demo/providers.yaml`).
 */

const text = z.string().trim().min(1, '不能为空')
const divisionCode = z.string({ error: '应为带引号的12位区划代码' }).refine(isDivisionCode, '不是有效的12位区划代码')

const categorySchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, '只能包含小写字母、数字和连字符'),
  name: text,
  order: z.number().int().min(0),
  summary: text,
  standard: text,
  responseHours: z.number().int().min(1).max(72),
  subsidy: z
    .strictObject({
      registers: z.array(z.enum(Object.keys(SUBSIDY_REGISTER_LABELS) as [keyof typeof SUBSIDY_REGISTER_LABELS])).min(1),
      percent: z.number().min(1).max(100),
      capPerOrder: z.number().min(0),
      note: text,
    })
    .optional(),
})

const itemSchema = z.strictObject({
  category: z.string(),
  name: text,
  price: z.number().min(0),
  unit: z.enum(Object.keys(PRICE_UNIT_LABELS) as [keyof typeof PRICE_UNIT_LABELS]),
  durationHours: z.number().optional(),
  included: text,
  excluded: z.string().optional(),
})

const mobile = z.string().refine(isMobileNumber, '应为 11 位手机号')

const workerSchema = z.strictObject({
  name: text,
  idNumber17: z.string().regex(/^\d{17}$/, '应为身份证号的前17位'),
  phone: mobile,
  categories: z.array(z.string()).min(1),
  healthExpiresInDays: z.number().int().optional(),
})

const providerSchema = z.strictObject({
  creditCode17: z.string().regex(/^[0-9A-HJ-NP-RTUWXY]{17}$/, '应为统一社会信用代码的前17位'),
  name: text,
  legalRepresentative: text,
  servicePhone: z.string(),
  contactName: text,
  contactPhone: mobile,
  address: text,
  division: divisionCode,
  areas: z.array(divisionCode).min(1),
  categories: z.array(z.string()).min(1),
  capacity: z.number().int().min(1),
  account: z.strictObject({ username: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), name: text }),
  items: z.array(itemSchema),
  workers: z.array(workerSchema),
})

type LifeCategoryRecord = z.infer<typeof categorySchema>
type DemoProviderRecord = z.infer<typeof providerSchema>
export type LifeContent = { categories: LifeCategoryRecord[]; demoProviders: DemoProviderRecord[] }

/** Read and check the life-services files, adding any problem to `problems`; references to categories and divisions are checked too. */
export async function loadLifeContent(contentDir: string, divisions: Set<string>, problems: ContentProblem[]): Promise<LifeContent> {
  const categoriesFile = await readYaml(path.join(contentDir, 'life', 'categories.yaml'), problems)
  const categories = check(z.array(categorySchema), categoriesFile, problems) ?? []
  const providersFile = await readYaml(path.join(contentDir, 'demo', 'providers.yaml'), problems)
  const demoProviders = check(z.array(providerSchema), providersFile, problems) ?? []
  const codes = new Set(categories.map((category) => category.code))
  demoProviders.forEach((provider, index) => {
    const problem = (field: string, reason: string) => problems.push({ file: providersFile.file, field: `${index}.${field}`, reason })
    for (const code of [provider.division, ...provider.areas]) if (!divisions.has(code)) problem('areas', `区划 ${code} 不存在`)
    const named = [...provider.categories, ...provider.items.map((item) => item.category), ...provider.workers.flatMap((worker) => worker.categories)]
    for (const code of named) if (!codes.has(code)) problem('categories', `生活服务类别 ${code} 不存在`)
  })
  return { categories, demoProviders }
}

export type LifeReport = { lifeCategories: Tally; demoProviders: Tally }
export const emptyLifeReport = (): LifeReport => ({ lifeCategories: emptyTally(), demoProviders: emptyTally() })

/** Upsert the categories; answers their ids by code. */
export async function seedLifeCategories(payload: Payload, req: PayloadRequest, categories: LifeCategoryRecord[], tally: Tally): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const { subsidy, ...category } of categories) {
    const doc = await upsertByKey({
      payload,
      req,
      collection: 'life-categories',
      key: 'code',
      data: { ...category, active: true, subsidy: subsidy ? { enabled: true, ...subsidy } : { enabled: false, registers: [], percent: null, capPerOrder: null, note: null } },
      tally,
    })
    ids.set(category.code, String(doc.id))
  }
  return ids
}

/**
 * Demo providers, in the register, each with its items, workers and one
 * account. A provider already there (by credit code) is left as the demo
 * has made it since: only new ones are created.
 */
export async function seedDemoProviders(
  payload: Payload,
  req: PayloadRequest,
  { categoryIds, divisionIds, password, providers }: { categoryIds: Map<string, string>; divisionIds: Map<string, number | string>; password: string; providers: DemoProviderRecord[] },
  tally: Tally,
): Promise<void> {
  const today = chinaDate()
  const categoryList = (codes: string[]) => codes.map((code) => categoryIds.get(code)!)
  for (const { account, areas, categories, creditCode17, division, items, workers, ...fields } of providers) {
    const creditCode = creditCode17 + creditCodeCheckCharacter(creditCode17)
    const existing = await payload.count({ collection: 'providers', where: { creditCode: { equals: creditCode } }, req })
    if (existing.totalDocs > 0) {
      tally.unchanged += 1
      continue
    }
    const created = await payload.create({
      collection: 'providers',
      data: {
        ...fields,
        creditCode,
        division: String(divisionIds.get(division)!),
        areas: areas.map((code) => String(divisionIds.get(code)!)),
        categories: categoryList(categories),
        status: 'listed',
        standards: { accepted: true, acceptedAt: new Date().toISOString() },
        contract: { number: `JM${today.slice(0, 4)}${String(tally.created + 1).padStart(3, '0')}`, signedOn: today, validUntil: shiftDays(today, 730) },
        licences: [{ kind: 'businessLicence', number: creditCode }, { kind: 'liabilityInsurance', number: `BX${creditCode.slice(-8)}`, validUntil: shiftDays(today, 365) }],
      },
      req,
      depth: 0,
    })
    for (const { category, ...item } of items) {
      await payload.create({ collection: 'provider-items', data: { ...item, provider: created.id, category: categoryIds.get(category)! }, req, depth: 0 })
    }
    for (const { categories: skills, healthExpiresInDays, idNumber17, ...worker } of workers) {
      const inAYear = shiftDays(today, 365)
      await payload.create({
        collection: 'workers',
        data: {
          ...worker,
          provider: created.id,
          idNumber: idNumber17 + citizenIdCheckCharacter(idNumber17),
          categories: categoryList(skills),
          certificates: [
            { kind: 'health', number: `JK${idNumber17.slice(-6)}`, validUntil: healthExpiresInDays === undefined ? inAYear : shiftDays(today, healthExpiresInDays) },
            { kind: 'insurance', number: `YW${idNumber17.slice(-6)}`, validUntil: inAYear },
            { kind: 'background', number: `WF${idNumber17.slice(-6)}`, validUntil: inAYear },
          ],
        },
        req,
        depth: 0,
      })
    }
    // Payload hashes a password on update only when its own sign-in routes are shut (as for these accounts).
    const opened = await payload.create({ collection: 'provider-accounts', data: { ...account, provider: created.id, active: true }, req, depth: 0 })
    await payload.update({ collection: 'provider-accounts', id: opened.id, data: { password }, req, depth: 0 })
    tally.created += 1
  }
}
