import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  citizenIdCheckCharacter,
  citizenIdFacts,
  citizenIdProblem,
  creditCodeCheckCharacter,
  creditCodeProblem,
} from '../../collections/validation/identity'

const TODAY = '20261122'

describe('citizen ID numbers (GB 11643)', () => {
  it('accepts the standard examples and reads birth date and sex from them', () => {
    expect(citizenIdProblem('11010519491231002X', TODAY)).toBeNull()
    expect(citizenIdProblem('440524188001010014', TODAY)).toBeNull()
    expect(citizenIdProblem(' 11010519491231002x ', TODAY)).toBeNull()
    expect(citizenIdFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', sex: 'female' })
    expect(citizenIdFacts('440524188001010014')).toEqual({ birthDate: '1880-01-01', sex: 'male' })
  })

  it.each([
    ['11010519491231002', 'format'],
    ['1101051949123100X2', 'format'],
    ['11010519491231002Y', 'format'],
    ['99010519491231002X', 'region'],
    ['00010519491231002X', 'region'],
    ['110105194902300025', 'birth-date'],
    ['110105179912310021', 'birth-date'],
    ['110105203001010025', 'birth-date'],
    ['110105194912310021', 'check-character'],
  ])('finds what is wrong with %s: %s', (id, problem) => {
    expect(citizenIdProblem(id, TODAY)).toBe(problem)
  })

  it('accepts every number whose check character is computed, and no other character in its place', () => {
    const first17 = fc
      .tuple(fc.constantFrom('11', '41', '44', '65'), fc.stringMatching(/^\d{4}$/), fc.date({ min: new Date('1900-01-01'), max: new Date('2026-11-21'), noInvalidDate: true }), fc.stringMatching(/^\d{3}$/))
      .map(([province, county, birth, sequence]) => `${province}${county}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${sequence}`)
    fc.assert(
      fc.property(first17, fc.constantFrom(...'0123456789X'), (digits, other) => {
        const check = citizenIdCheckCharacter(digits)
        expect(citizenIdProblem(digits + check, TODAY)).toBeNull()
        if (other !== check) expect(citizenIdProblem(digits + other, TODAY)).toBe('check-character')
      }),
    )
  })
})

describe('unified social credit codes (GB 32100)', () => {
  it('accepts published codes', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull()
    expect(creditCodeProblem('91440300708461136T')).toBeNull()
    expect(creditCodeProblem('91110000600037341L')).toBeNull()
  })

  it.each([
    ['91350100M000100Y4', 'format'],
    ['91350100M000100I43', 'format'],
    ['9135010OM000100Y43', 'format'],
    ['91350100M000100Y44', 'check-character'],
  ])('finds what is wrong with %s: %s', (code, problem) => {
    expect(creditCodeProblem(code)).toBe(problem)
  })

  it('accepts every code whose check character is computed, and no other character in its place', () => {
    const characters = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    const first17 = fc
      .tuple(fc.constantFrom('1', '5', '9', 'Y'), fc.constantFrom('1', '2', '3'), fc.stringMatching(/^\d{6}$/), fc.array(fc.constantFrom(...characters), { minLength: 9, maxLength: 9 }))
      .map(([authority, kind, region, rest]) => `${authority}${kind}${region}${rest.join('')}`)
    fc.assert(
      fc.property(first17, fc.constantFrom(...characters), (first, other) => {
        const check = creditCodeCheckCharacter(first)
        expect(creditCodeProblem(first + check)).toBeNull()
        if (other !== check) expect(creditCodeProblem(first + other)).toBe('check-character')
      }),
    )
  })
})
