import { describe, expect, it } from 'vitest'

import { SERVICE_QUERY_LINE, validateWebTicket, type WebTicketInput, webTicketContent } from '../../collections/Tickets/web/rules'
import { guideOf } from '../../site/lib/search/findGuides'

describe('guideOf: a search result as a guide', () => {
  it('takes the code from the guide page’s address, wherever the site is served from', () => {
    expect(guideOf({ url: '/services/070103/', meta: { title: '居民身份证补领', summary: '身份证丢了怎么办' } })).toEqual({
      url: '/services/070103/',
      code: '070103',
      title: '居民身份证补领',
      summary: '身份证丢了怎么办',
    })
    expect(guideOf({ url: '/portal/services/birth%20reg/', meta: {} })).toMatchObject({ code: 'birth reg', title: '/portal/services/birth%20reg/', summary: '' })
  })
})

describe('the words a resident typed for a guide', () => {
  const input = (overrides: Partial<WebTicketInput>): WebTicketInput => ({
    kind: 'consultation',
    topicCode: '1301',
    serviceCode: '',
    serviceQuery: '',
    divisionCode: '410105001001',
    address: '纬五路21号',
    latitude: '',
    longitude: '',
    content: '想问问怎么办',
    phone: '13912345678',
    name: '',
    confidential: false,
    answerConsent: false,
    ...overrides,
  })

  it('are kept as the content’s last line only when no guide was chosen', () => {
    expect(webTicketContent(input({ serviceQuery: ' 低保 ' }))).toBe(`想问问怎么办\n${SERVICE_QUERY_LINE}低保`)
    expect(webTicketContent(input({ serviceQuery: '最低生活保障', serviceCode: '0901' }))).toBe('想问问怎么办')
    expect(webTicketContent(input({}))).toBe('想问问怎么办')
  })

  it('are refused beside the field when too long, or when the content leaves no room for them', () => {
    expect(validateWebTicket(input({ serviceQuery: '字'.repeat(51) }))).toEqual([expect.objectContaining({ field: 'serviceQuery', code: 'TOO_LONG' })])
    expect(validateWebTicket(input({ content: '字'.repeat(3990), serviceQuery: '低保' }))).toEqual([expect.objectContaining({ field: 'serviceQuery', code: 'TOO_LONG' })])
    expect(validateWebTicket(input({ content: '字'.repeat(3990), serviceQuery: '低保', serviceCode: '0901' }))).toEqual([])
  })
})
