import type { Payload, Where } from 'payload'

import { chinaDate } from '../../CalendarDays/workingDays'
import { hasRole, type StaffUser, userDivision } from '../../access'
import { DIVISION_LEVEL_LABELS, parseDivisionCode } from '../../Divisions/code'
import { DWELLING_TENURE_LABELS } from '../../Dwellings'
import { RequestError } from '../../errors'
import { DERIVED_REGISTER_LABELS, derivedRegisterWhere, yearsBefore } from '../../Registers/derived'
import { REGISTER_KIND_LABELS } from '../../Registers/kinds'
import { divisionGroups, mapLimit, nameOf, pathWhere } from '../../statistics/shared'
import type { Count } from '../../statistics/shared'
import { POPULATION_ROLES } from '../access'


type PopulationStatistics = {
  byDivision: { items: Count[]; levelLabel: string }
  dwellings: Count[]
  households: Count[]
  pyramid: { female: Count[]; male: Count[] }
  registers: Count[]
  registerTrend: Count[]
  scopeName: string
  today: string
  total: number
}

/** Five-year age bands up to 85 and over, youngest first. */
const AGE_BANDS = Array.from({ length: 18 }, (_, index) => ({ from: index * 5, to: index === 17 ? null : index * 5 + 4 }))
const LARGEST_HOUSEHOLD = 6
const TREND_MONTHS = 12
const PARALLEL_COUNTS = 4

export const canViewPopulationStatistics = (user: null | StaffUser | undefined): boolean => hasRole(user, ...POPULATION_ROLES)

/**
 * 人口统计 for the signed-in registrar or admin, over their own subtree:
 * persons on the register (在册) by division one level down, an age-sex
 * pyramid, register counts (the business registers in force today and the
 * two derived ones) with new entries per month, households by size and
 * dwellings by tenure. Local API counts only, on indexed fields.
 */
export async function populationStatistics(payload: Payload, user: null | StaffUser | undefined, today = chinaDate()): Promise<PopulationStatistics> {
  const own = userDivision(user)
  if (!own || !canViewPopulationStatistics(user)) throw new RequestError('FORBIDDEN', '只有人口信息登记员和系统管理员可以查看人口统计', 403)
  const within = pathWhere(parseDivisionCode(own.code).path)
  const count = async (collection: 'dwellings' | 'households' | 'persons' | 'registers', ...where: Where[]) =>
    (await payload.count({ collection, where: { and: [...within, ...where] } })).totalDocs
  const active: Where = { status: { equals: 'active' } }

  const groups = await divisionGroups(payload, own)
  const byDivision = await mapLimit(groups.divisions, PARALLEL_COUNTS, async (division) => ({
    key: division.code,
    label: division.name,
    count: await count('persons', active, { [`scope.${groups.level}`]: { equals: division.code } }),
  }))

  const band = (sex: 'female' | 'male') =>
    mapLimit(AGE_BANDS, PARALLEL_COUNTS, async ({ from, to }) => ({
      key: `${from}`,
      label: to === null ? `${from}岁及以上` : `${from}–${to}岁`,
      count: await count(
        'persons',
        active,
        { sex: { equals: sex } },
        { birthDate: { less_than_equal: yearsBefore(today, from) } },
        ...(to === null ? [] : [{ birthDate: { greater_than: yearsBefore(today, to + 1) } }]),
      ),
    }))
  const [male, female] = [await band('male'), await band('female')]

  const inForce: Where = { and: [{ startDate: { less_than_equal: today } }, { or: [{ endDate: { exists: false } }, { endDate: { equals: null } }, { endDate: { greater_than_equal: today } }] }] }
  const registers = [
    ...(await mapLimit(Object.entries(REGISTER_KIND_LABELS), PARALLEL_COUNTS, async ([kind, label]) => ({
      key: kind,
      label,
      count: await count('registers', { kind: { equals: kind } }, inForce),
    }))),
    ...(await mapLimit(Object.entries(DERIVED_REGISTER_LABELS), PARALLEL_COUNTS, async ([register, label]) => ({
      key: register,
      label,
      count: await count('persons', derivedRegisterWhere(register as keyof typeof DERIVED_REGISTER_LABELS, today)),
    }))),
  ]

  const months = Array.from({ length: TREND_MONTHS }, (_, index) => {
    const date = new Date(`${today.slice(0, 7)}-01T00:00:00Z`)
    date.setUTCMonth(date.getUTCMonth() - (TREND_MONTHS - 1 - index))
    return date.toISOString().slice(0, 7)
  })
  const registerTrend = await mapLimit(months, PARALLEL_COUNTS, async (month) => ({
    key: month,
    label: month,
    count: await count('registers', { startDate: { greater_than_equal: `${month}-01` } }, { startDate: { less_than_equal: `${month}-31` } }),
  }))

  const households = await mapLimit(Array.from({ length: LARGEST_HOUSEHOLD }, (_, index) => index + 1), PARALLEL_COUNTS, async (size) => ({
    key: String(size),
    label: size === LARGEST_HOUSEHOLD ? `${size}人及以上` : `${size}人户`,
    count: await count('households', size === LARGEST_HOUSEHOLD ? { memberCount: { greater_than_equal: size } } : { memberCount: { equals: size } }),
  }))
  const dwellings = await mapLimit(Object.entries(DWELLING_TENURE_LABELS), PARALLEL_COUNTS, async ([tenure, label]) => ({
    key: tenure,
    label,
    count: await count('dwellings', { tenure: { equals: tenure } }),
  }))

  return {
    today,
    scopeName: (await nameOf(payload, own.code)) ?? own.code,
    total: byDivision.reduce((sum, item) => sum + item.count, 0),
    byDivision: { levelLabel: DIVISION_LEVEL_LABELS[groups.level].zh, items: byDivision },
    pyramid: { male, female },
    registers,
    registerTrend,
    households,
    dwellings,
  }
}
