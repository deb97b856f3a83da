import { describe, expect, it } from 'vitest'

import { divisionTree } from '../../cms/publish/snapshot/divisionTree'
import { configuredPortalOrigin, portalOrigin } from '../../collections/catalogue/portalUrl'
import { retryAfterText } from '../../site/client/http'
import { dateText, dateTimeText } from '../../site/lib/dates'
import { errorId, fieldId, fileSizeText, jsonIsland } from '../../site/lib/forms'
import { apiOrigin } from '../../site/lib/site'

describe('the division tree in the portal snapshot', () => {
  it('nests communities under streets under districts by code, sorted, and leaves out what nobody can choose', () => {
    const tree = divisionTree([
      { code: '410105001002', name: '经七路社区', level: 'community' },
      { code: '410100000000', name: '郑州市', level: 'city' },
      { code: '410105001001', name: '纬五路社区', level: 'community' },
      { code: '410105001000', name: '经八路街道', level: 'street' },
      { code: '410105002000', name: '花园路街道', level: 'street' },
      { code: '410105000000', name: '金水区', level: 'district' },
      { code: '410103000000', name: '二七区', level: 'district' },
      { code: '410103001000', name: '淮河路街道', level: 'street' },
      { code: '410103001001', name: '淮河东路社区', level: 'community' },
      { code: '410108000000', name: '惠济区', level: 'district' },
    ])
    expect(tree).toEqual([
      {
        code: '410103000000',
        name: '二七区',
        streets: [{ code: '410103001000', name: '淮河路街道', communities: [{ code: '410103001001', name: '淮河东路社区' }] }],
      },
      {
        code: '410105000000',
        name: '金水区',
        streets: [
          {
            code: '410105001000',
            name: '经八路街道',
            communities: [
              { code: '410105001001', name: '纬五路社区' },
              { code: '410105001002', name: '经七路社区' },
            ],
          },
        ],
      },
    ])
  })
})

describe('the application pages’ helpers', () => {
  it('names elements after the validator’s field paths', () => {
    expect(fieldId('applicant.idNumber')).toBe('applicant-idNumber')
    expect(errorId('answers.childName')).toBe('answers-childName-error')
    expect(fieldId('uploads.0')).toBe('uploads-0')
  })

  it('embeds JSON that cannot close its script element', () => {
    expect(jsonIsland({ label: '</script><script>alert(1)</script>' })).not.toContain('</script>')
    expect(JSON.parse(jsonIsland({ label: '</script>' }))).toEqual({ label: '</script>' })
  })

  it('shows times in China’s time, whatever the browser’s zone', () => {
    expect(dateTimeText('2026-11-21T16:30:00.000Z')).toBe('2026年11月22日 00:30')
    expect(dateText('2026-02-05')).toBe('2026年2月5日')
  })

  it('says file sizes and waits in plain words', () => {
    expect(fileSizeText(300)).toBe('1KB')
    expect(fileSizeText(1.25 * 1024 * 1024)).toBe('1.3MB')
    const wait = (value?: string) => retryAfterText(new Response(null, { status: 429, headers: value ? { 'Retry-After': value } : {} }))
    expect(wait('45')).toBe('请在45秒后再试')
    expect(wait('600')).toBe('请在10分钟后再试')
    expect(wait('7200')).toBe('请在2小时后再试')
    expect(wait()).toBe('请稍后再试')
  })

  it('calls the API on the portal’s own origin unless the portal has a host of its own', () => {
    expect(apiOrigin({})).toBe('')
    expect(apiOrigin({ PUBLIC_URL: 'https://yizhan.example.gov.cn' })).toBe('')
    expect(apiOrigin({ PUBLIC_URL: 'https://yizhan.example.gov.cn/', PORTAL_URL: 'https://yizhan.example.gov.cn' })).toBe('')
    expect(apiOrigin({ PUBLIC_URL: 'https://api.example.gov.cn/', PORTAL_URL: 'https://www.example.gov.cn' })).toBe(
      'https://api.example.gov.cn',
    )
  })

  it('reads the portal’s origin from PORTAL_URL, else PUBLIC_URL, absolute links falling back to localhost', () => {
    expect(configuredPortalOrigin({ PUBLIC_URL: 'https://yizhan.example.gov.cn/', PORTAL_URL: ' https://www.example.gov.cn/ ' })).toBe(
      'https://www.example.gov.cn',
    )
    expect(configuredPortalOrigin({ PUBLIC_URL: 'https://yizhan.example.gov.cn/', PORTAL_URL: '' })).toBe('https://yizhan.example.gov.cn')
    expect(configuredPortalOrigin({})).toBe('')
    expect(portalOrigin({ PORT: '8080' })).toBe('http://localhost:8080')
    expect(portalOrigin({ PUBLIC_URL: 'https://yizhan.example.gov.cn' })).toBe('https://yizhan.example.gov.cn')
  })
})
