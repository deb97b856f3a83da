import type { PayloadRequest } from 'payload'

import type { LifeCategory, Person } from '../../cms/payload-types'
import { yearsBefore } from '../Registers/derived'
import { SUBSIDY_REGISTER_LABELS, type SubsidyRegister } from './subsidyRegisters'

/** A subsidy the order gets: for which register, what share, how much (yuan, to the fen). */
export type Subsidy = { register: SubsidyRegister; percent: number; amount: number }

/** The register kinds staff keep by hand (the others follow from the birth date). */
const KEPT_REGISTERS: Partial<Record<SubsidyRegister, 'disabled' | 'lowIncome'>> = { lowIncome: 'lowIncome', disabled: 'disabled' }

/** Whether the person is on a kept register on `today`: an entry begun and not ended. */
async function onKeptRegister(req: PayloadRequest, personId: Person['id'], kind: 'disabled' | 'lowIncome', today: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'registers',
    where: { and: [{ person: { equals: personId } }, { kind: { equals: kind } }, { startDate: { less_than_equal: today } }, { or: [{ endDate: { exists: false } }, { endDate: { equals: null } }, { endDate: { greater_than_equal: today } }] }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** The first of the category's registers the person is on today (the category lists them in the city's order), or null. */
export async function entitledRegister(req: PayloadRequest, category: Pick<LifeCategory, 'subsidy'>, person: Pick<Person, 'birthDate' | 'id' | 'status'>, today: string): Promise<null | SubsidyRegister> {
  if (!category.subsidy?.enabled || person.status !== 'active') return null
  for (const register of (category.subsidy.registers ?? []) as SubsidyRegister[]) {
    const kept = KEPT_REGISTERS[register]
    if (kept ? await onKeptRegister(req, person.id, kept, today) : Boolean(person.birthDate && person.birthDate <= yearsBefore(today, register === 'elderly80' ? 80 : 60))) return register
  }
  return null
}

/** The subsidy on an order of `amount` yuan: the category's share, capped per order, rounded down to the fen. */
export function subsidyAmount(category: Pick<LifeCategory, 'subsidy'>, amount: number): number {
  const percent = category.subsidy?.percent ?? 0
  const share = Math.floor(amount * percent) / 100
  const cap = category.subsidy?.capPerOrder
  return typeof cap === 'number' ? Math.min(share, cap) : share
}

/**
 * The subsidy a resident gets on an order in `category`, checked against
 * the population base with their consent: null when the category has none,
 * or the person is on none of its registers.
 */
export async function subsidyFor(req: PayloadRequest, category: Pick<LifeCategory, 'subsidy'>, person: Pick<Person, 'birthDate' | 'id' | 'status'>, amount: number, today: string): Promise<null | Subsidy> {
  const register = await entitledRegister(req, category, person, today)
  return register ? { register, percent: category.subsidy!.percent ?? 0, amount: subsidyAmount(category, amount) } : null
}

/** The register in words, for the order's page and the settlement. */
export const subsidyRegisterLabel = (register: SubsidyRegister): string => SUBSIDY_REGISTER_LABELS[register]
