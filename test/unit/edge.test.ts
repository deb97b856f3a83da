import type { IncomingMessage } from 'node:http'

import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { ConfigError } from '../../cms/config/errors'
import { trustedProxies } from '../../cms/config/trustedProxies'
import { GRAPHQL_LIMITS, queryShapeRule } from '../../cms/lib/graphqlLimits'
import { bodyLimitFor } from '../../cms/server/bodyLimits'
import { allowedOrigins, crossSiteRefusal } from '../../cms/server/crossSite'
import { clientAddressOf } from '../../cms/server/edge'
import { refusalBody } from '../../cms/server/refusal'

const request = (remoteAddress: string, headers: IncomingMessage['headers'] = {}, method = 'GET') =>
  ({ socket: { remoteAddress }, headers, method }) as unknown as IncomingMessage

describe('the client address', () => {
  it('is the peer unless the peer is a trusted proxy, whatever X-Forwarded-For says', () => {
    const none = trustedProxies({})
    expect(clientAddressOf(request('::ffff:203.0.113.7', { 'x-forwarded-for': '198.51.100.1' }), none)).toBe('203.0.113.7')
  })

  it('behind trusted proxies is the right-most forwarded address that is not a proxy', () => {
    const proxies = trustedProxies({ TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1' })
    const forwarded = { 'x-forwarded-for': '1.1.1.1, 198.51.100.9, 10.0.0.2' }
    expect(clientAddressOf(request('127.0.0.1', forwarded), proxies)).toBe('198.51.100.9')
    expect(clientAddressOf(request('::ffff:10.1.2.3', { 'x-forwarded-for': 'junk' }), proxies)).toBe('10.1.2.3')
  })

  it('refuses a TRUSTED_PROXIES entry that is neither an address nor a range', () => {
    for (const entry of ['10.0.0.0/33', 'proxy.local', '10.0.0.1/8/1']) {
      expect(() => trustedProxies({ TRUSTED_PROXIES: entry })).toThrow(ConfigError)
    }
    expect(trustedProxies({ TRUSTED_PROXIES: '2001:db8::/32' }).trusts('2001:db8::1')).toBe(true)
  })
})

describe('body limits', () => {
  it('are set by route, with 1 MB for everything else', () => {
    expect(bodyLimitFor('/api/graphql')).toBe(100 * 1024)
    expect(bodyLimitFor('/api/users/login')).toBe(10 * 1024)
    expect(bodyLimitFor('/api/applications/submit')).toBe(32 * 1024 * 1024)
    expect(bodyLimitFor('/api/services')).toBe(1024 * 1024)
    expect(bodyLimitFor('/admin/collections/services/1')).toBe(1024 * 1024)
  })

  it('are refused in the shape of the route', () => {
    const refusal = { status: 413, code: 'BODY_TOO_LARGE', message: '太大' }
    expect(refusalBody('/api/open311/v2/requests.json', refusal)).toEqual([{ code: 413, description: '太大' }])
    expect(refusalBody('/api/users/login', refusal)).toEqual({ errors: [{ message: '太大', data: { code: 'BODY_TOO_LARGE' } }] })
    expect(refusalBody('/setup', refusal)).toEqual({ code: 'BODY_TOO_LARGE', message: '太大' })
  })
})

describe('cross-site writes', () => {
  const cookie = 'payload-lng=zh; payload-token=abc'
  const allowed = allowedOrigins({ PORTAL_URL: 'https://portal.example.gov.cn/' })
  const write = (headers: IncomingMessage['headers']) => crossSiteRefusal(request('127.0.0.1', { host: 'yizhan.local:3000', cookie, ...headers }, 'POST'), allowed)

  it('with the session cookie are refused from a foreign origin or a cross-site page', () => {
    expect(write({ origin: 'https://evil.example' })?.status).toBe(403)
    expect(write({ origin: 'null' })?.status).toBe(403)
    expect(write({ 'sec-fetch-site': 'cross-site' })?.status).toBe(403)
  })

  it('pass from the served origin, the configured ones, with an API key, or without the cookie', () => {
    expect(write({ origin: 'http://yizhan.local:3000' })).toBeUndefined()
    expect(write({ origin: 'https://portal.example.gov.cn' })).toBeUndefined()
    expect(write({ origin: 'https://evil.example', authorization: 'users API-Key x' })).toBeUndefined()
    expect(crossSiteRefusal(request('127.0.0.1', { origin: 'https://evil.example' }, 'POST'), allowed)).toBeUndefined()
  })

  it('with a resident\'s session cookie are refused from a foreign origin too', () => {
    const resident = (headers: IncomingMessage['headers']) =>
      crossSiteRefusal(request('127.0.0.1', { host: 'yizhan.local:3000', cookie: 'yizhan-resident=abc', ...headers }, 'POST'), allowed)
    expect(resident({ origin: 'https://evil.example' })?.status).toBe(403)
    expect(resident({ 'sec-fetch-site': 'cross-site' })?.status).toBe(403)
    expect(resident({ origin: 'https://portal.example.gov.cn' })).toBeUndefined()
  })
})

describe('GraphQL query shape', () => {
  const schema = buildSchema('type Doc { id: ID docs: [Doc] } type List { docs: [Doc] } type Query { Services(limit: Int): List Service(id: ID): Doc }')
  const errorsOf = (query: string, variables = {}) => validate(schema, parse(query), [queryShapeRule(variables)]).map((error) => error.message)
  const lookups = (count: number) => Array.from({ length: count }, (_, index) => `a${index}: Service(id: ${index}) { id }`).join(' ')

  it('refuses more aliases than the limit, counting each use of a fragment', () => {
    expect(errorsOf(`{ ${lookups(GRAPHQL_LIMITS.maxAliases)} }`)).toEqual([])
    expect(errorsOf(`{ ${lookups(GRAPHQL_LIMITS.maxAliases + 1)} }`)).toEqual([expect.stringContaining('别名')])
    const fragment = `fragment F on Query { ${lookups(10)} }`
    expect(errorsOf(`query Q { ...F ...F ...F ...F } ${fragment}`)).toEqual([expect.stringContaining('别名')])
  })

  it('refuses list queries asking for more documents than the limit in all, or for all of them', () => {
    expect(errorsOf('{ Services(limit: 100) { docs { id } } }')).toEqual([])
    expect(errorsOf('{ a: Services { docs { id } } b: Services(limit: 91) { docs { id } } }')).toEqual([expect.stringContaining('记录')])
    expect(errorsOf('query ($n: Int) { Services(limit: $n) { docs { id } } }', { n: 0 })).toEqual([expect.stringContaining('记录')])
    expect(errorsOf('query ($n: Int) { Services(limit: $n) { docs { id } } }', { n: 50 })).toEqual([])
  })

  it('refuses nesting deeper than the limit', () => {
    const nested = (depth: number) => `{ Services { ${'docs { '.repeat(depth - 1)}id${' }'.repeat(depth - 1)} } }`
    expect(errorsOf(nested(GRAPHQL_LIMITS.maxDepth))).toEqual([])
    expect(errorsOf(nested(GRAPHQL_LIMITS.maxDepth + 1))).toEqual([expect.stringContaining('嵌套')])
  })
})
