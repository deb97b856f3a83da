import { describe, expect, it } from 'vitest'

import { maskContact, maskIdNumber, maskPhone } from '../../collections/privacy/mask'

/** How many values a mask leaves: ten for every digit it hides. */
const hiddenDigits = (masked: string): number => [...masked].filter((character) => character === '*').length

describe('masks', () => {
  it('hide at least four digits of any phone number, so 10,000 candidates remain', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    for (const phone of ['0371-6612345', '037166123456', '66123456', '6612345']) {
      expect(hiddenDigits(maskPhone(phone)), phone).toBeGreaterThanOrEqual(4)
      expect(maskPhone(phone)).toHaveLength(phone.length)
    }
    expect(maskPhone('66123456')).toBe('****3456')
  })

  it('keep only the first character of an ID number', () => {
    expect(maskIdNumber('410105194910010011')).toBe('4*****************')
  })

  it('mask a recipient as a phone or as an email address', () => {
    expect(maskContact('13800138000')).toBe('138****8000')
    expect(maskContact('zhangsan@example.cn')).toBe('z****@example.cn')
  })
})
