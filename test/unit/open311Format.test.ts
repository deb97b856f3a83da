import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { errorResponse, open311Response, splitFormat, xmlList } from '../../collections/Tickets/inbound/open311/format'

const parse = (text: string) => new XMLParser({ parseTagValue: false, ignoreDeclaration: true }).parse(text)

describe('Open311 formats', () => {
  it('reads the format from the path, JSON when there is none', () => {
    expect(splitFormat('services.xml')).toEqual({ name: 'services', format: 'xml' })
    expect(splitFormat('010203.json')).toEqual({ name: '010203', format: 'json' })
    expect(splitFormat('requests')).toEqual({ name: 'requests', format: 'json' })
  })

  it('writes a list as the named XML elements, and errors in the standard shape', async () => {
    const services = [{ service_code: '010101', service_name: '出生登记' }]
    const xml = await open311Response(services, 'xml', xmlList('services', 'service', services)).text()
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true)
    expect(parse(xml)).toMatchObject({ services: { service: { service_code: '010101', service_name: '出生登记' } } })

    const refused = errorResponse(403, 'api_key 无效', 'xml')
    expect(refused.status).toBe(403)
    expect(refused.headers.get('content-type')).toBe('text/xml; charset=utf-8')
    expect(parse(await refused.text())).toEqual({ errors: { error: { code: '403', description: 'api_key 无效' } } })
    expect(await errorResponse(404, '没有这个服务', 'json').json()).toEqual([{ code: 404, description: '没有这个服务' }])
  })
})
