import { afterEach, describe, expect, it } from 'vitest'

import {
  hasRole,
  isActiveStaff,
  isInUserScope,
  scopeWhere,
  type StaffUser,
  userDivision,
} from '../../collections/access'
import { parseDivisionCode } from '../../collections/Divisions/code'
import { isStrongPassword } from '../../collections/Users/hooks/enforcePasswordPolicy'

const staff = (code: string, overrides: Partial<StaffUser> = {}): StaffUser => ({
  id: 'u1',
  collection: 'users',
  roles: ['registrar'],
  scope: parseDivisionCode(code).path,
  ...overrides,
})

const originalMode = process.env.YIZHAN_MODE
afterEach(() => {
  process.env.YIZHAN_MODE = originalMode
})

describe('scopeWhere', () => {
  it.each([
    ['410100000000', 'scope.city'],
    ['410105000000', 'scope.district'],
    ['410105001000', 'scope.street'],
    ['410105001001', 'scope.community'],
  ])('filters a user of %s on %s', (code, field) => {
    expect(scopeWhere(staff(code))).toEqual({ [field]: { equals: code } })
  })

  it('gives nothing to anonymous visitors, disabled accounts and users without a division', () => {
    expect(scopeWhere(null)).toBe(false)
    expect(scopeWhere(staff('410105000000', { active: false }))).toBe(false)
    expect(scopeWhere(staff('410105000000', { scope: null }))).toBe(false)
  })

  it('ignores users of other auth collections, such as API keys', () => {
    expect(scopeWhere(staff('410105000000', { collection: 'api-keys' }))).toBe(false)
  })
})

describe('demo accounts', () => {
  it('act in demo mode and are inert in production mode', () => {
    const demo = staff('410100000000', { isDemo: true, roles: ['admin'] })
    process.env.YIZHAN_MODE = 'demo'
    expect(isActiveStaff(demo)).toBe(true)
    expect(hasRole(demo, 'admin')).toBe(true)
    process.env.YIZHAN_MODE = 'production'
    expect(isActiveStaff(demo)).toBe(false)
    expect(hasRole(demo, 'admin')).toBe(false)
    expect(scopeWhere(demo)).toBe(false)
  })
})

describe('isInUserScope', () => {
  it('accepts records in the subtree and refuses the rest', () => {
    const street = staff('410105001000')
    expect(userDivision(street)).toEqual({ level: 'street', code: '410105001000' })
    expect(isInUserScope(street, parseDivisionCode('410105001003').path)).toBe(true)
    expect(isInUserScope(street, parseDivisionCode('410105001000').path)).toBe(true)
    expect(isInUserScope(street, parseDivisionCode('410105002001').path)).toBe(false)
    expect(isInUserScope(street, parseDivisionCode('410105000000').path)).toBe(false)
  })
})

describe('isStrongPassword', () => {
  it('wants ten characters with letters and digits', () => {
    expect(isStrongPassword('yizhan-demo-2026')).toBe(true)
    expect(isStrongPassword('short1a')).toBe(false)
    expect(isStrongPassword('onlyletters-here')).toBe(false)
    expect(isStrongPassword('1234567890123')).toBe(false)
  })
})
