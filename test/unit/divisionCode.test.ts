import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  DivisionCodeError,
  isWithinDivision,
  parseDivisionCode,
} from '../../collections/Divisions/code'

describe('parseDivisionCode', () => {
  it('reads the level and the full path of a community code', () => {
    expect(parseDivisionCode('410105001001')).toEqual({
      code: '410105001001',
      level: 'community',
      parentCode: '410105001000',
      path: {
        city: '410100000000',
        district: '410105000000',
        street: '410105001000',
        community: '410105001001',
      },
    })
  })

  it.each([
    ['410100000000', 'city', null],
    ['410105000000', 'district', '410100000000'],
    ['410105001000', 'street', '410105000000'],
  ])('%s is a %s whose parent is %s', (code, level, parentCode) => {
    const parsed = parseDivisionCode(code)
    expect(parsed.level).toBe(level)
    expect(parsed.parentCode).toBe(parentCode)
  })

  it.each([
    ['41010500100', '12位'],
    ['4101050010011', '12位'],
    ['41010500100A', '12位'],
    ['000000000000', '省级或市级'],
    ['410000000000', '省级或市级'],
    ['410100001000', '区级代码为空'],
    ['410105000001', '街道级代码为空'],
  ])('refuses %s with a Chinese reason', (code, reason) => {
    expect(() => parseDivisionCode(code)).toThrow(DivisionCodeError)
    expect(() => parseDivisionCode(code)).toThrow(reason)
  })

  it('keeps every ancestor a prefix of the code, for any well-formed code', () => {
    const segment = (digits: number) =>
      fc.integer({ min: 1, max: 10 ** digits - 1 }).map((n) => String(n).padStart(digits, '0'))
    fc.assert(
      fc.property(
        segment(2),
        segment(2),
        segment(2),
        segment(3),
        segment(3),
        (province, city, district, street, community) => {
          const code = `${province}${city}${district}${street}${community}`
          const { path, level } = parseDivisionCode(code)
          expect(level).toBe('community')
          expect(path.city).toBe(`${province}${city}00000000`)
          expect(path.district).toBe(`${province}${city}${district}000000`)
          expect(path.street).toBe(`${province}${city}${district}${street}000`)
          expect(parseDivisionCode(path.street as string).path.district).toBe(path.district)
        },
      ),
    )
  })
})

describe('isWithinDivision', () => {
  it('places a community inside its street, district and city but not a sibling street', () => {
    expect(isWithinDivision('410105001001', '410105001000')).toBe(true)
    expect(isWithinDivision('410105001001', '410105000000')).toBe(true)
    expect(isWithinDivision('410105001001', '410100000000')).toBe(true)
    expect(isWithinDivision('410105001001', '410105002000')).toBe(false)
    expect(isWithinDivision('410105000000', '410105001000')).toBe(false)
  })
})
