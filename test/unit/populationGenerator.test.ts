import { describe, expect, it } from 'vitest'

import { isIsoDate } from '../../collections/CalendarDays/workingDays'
import { citizenIdFacts, citizenIdProblem } from '../../collections/validation/identity'
import { generateHouseholds } from '../../scripts/lib/population/generate'

const TODAY = '2026-11-22'
const communities = [
  { code: '410105001001', name: '纬五路社区' },
  { code: '410102001001', name: '建设西路社区' },
]

describe('the synthetic population', () => {
  const households = generateHouseholds({ communities, households: 20_000, today: TODAY })
  const people = households.flatMap((household) => household.members.map((member) => ({ household, member })))

  it('has unique, valid ID numbers whose region is the district and whose facts match', () => {
    expect(new Set(people.map(({ member }) => member.idNumber)).size).toBe(people.length)
    for (const { household, member } of people) {
      expect(citizenIdProblem(member.idNumber, TODAY.replaceAll('-', ''))).toBeNull()
      expect(member.idNumber.slice(0, 6)).toBe(household.communityCode.slice(0, 6))
      expect(citizenIdFacts(member.idNumber)).toEqual({ birthDate: member.birthDate, sex: member.sex })
    }
  })

  it('dates everything on real days, none before the person was born', () => {
    for (const { member } of people) {
      if (member.statusDate) expect([member.statusDate, isIsoDate(member.statusDate), member.statusDate >= member.birthDate]).toEqual([member.statusDate, true, true])
      for (const register of member.registers) expect([register.startDate, isIsoDate(register.startDate), register.startDate >= member.birthDate]).toEqual([register.startDate, true, true])
    }
  })

  it('has one head per household and plausible sizes', () => {
    expect(households.every((household) => household.members.filter((member) => member.relation === 'head').length === 1)).toBe(true)
    const average = people.length / households.length
    expect(average).toBeGreaterThan(2)
    expect(average).toBeLessThan(4)
  })
})
