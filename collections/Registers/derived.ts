import type { Where } from 'payload'

/**
 * Registers nobody keeps by hand: who is on them follows from the birth date
 * and today's date, so they are right the day someone turns 60 or 50
 * without anyone editing a record. Dates are YYYY-MM-DD in China's time.
 */
export const DERIVED_REGISTER_LABELS = {
  elderly: '老年人（60周岁及以上）',
  childbearingWomen: '育龄妇女（15至49周岁）',
} as const
type DerivedRegister = keyof typeof DERIVED_REGISTER_LABELS

/** The same calendar day `years` earlier (29 February becomes the 28th in a common year). */
export function yearsBefore(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const target = year - years
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate()
  return `${target}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`
}

/** Active persons on a derived register on `today`. */
export function derivedRegisterWhere(register: DerivedRegister, today: string): Where {
  const active: Where = { status: { equals: 'active' } }
  if (register === 'elderly') return { and: [active, { birthDate: { less_than_equal: yearsBefore(today, 60) } }] }
  return {
    and: [
      active,
      { sex: { equals: 'female' } },
      { birthDate: { less_than_equal: yearsBefore(today, 15) } },
      { birthDate: { greater_than: yearsBefore(today, 50) } },
    ],
  }
}
