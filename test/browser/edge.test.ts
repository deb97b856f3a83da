import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SubmitAnswer } from '../../collections/Applications/states'
import { DEMO_PASSWORD } from '../../scripts/lib/seed'
import { rawRequest } from '../helpers/rawHttp'
import { baseUrl, followListLink, launchBrowser, newPage, signInToDashboard } from './browser'

/**
 * What the server itself does for every request, in front of Next.js and
 * Payload: the client address (this platform trusts 127.0.0.1 as its proxy,
 * see globalSetup.ts), body limits, GraphQL limits, cross-site writes and the
 * security headers, which the admin and the portal pages must pass.
 */

const url = (path: string) => `${baseUrl()}${path}`
const FIVE_HUNDRED_MB = 500 * 1024 * 1024
const ADMIN_PAGE_TIMEOUT_MS = 60_000

const tokenFor = async (username: string): Promise<string> => {
  const response = await fetch(url('/api/users/login'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  return ((await response.json()) as { token: string }).token
}

const submit = (client: string, body: unknown) =>
  fetch(url('/api/applications/submit'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `203.0.113.250, ${client}` },
    body: JSON.stringify(body),
  })

describe('the client address behind a trusted proxy', () => {
  it('is the forwarded one: two forwarded clients get separate allowances', async () => {
    const statuses = async (client: string, count: number) => {
      const answers: number[] = []
      for (let index = 0; index < count; index += 1) answers.push((await submit(client, { serviceCode: '999999' })).status)
      return answers
    }
    const first = await statuses('198.51.100.21', 21)
    expect(first.slice(0, 20).every((status) => status === 422)).toBe(true)
    expect(first[20]).toBe(429)
    expect(await statuses('198.51.100.22', 1)).toEqual([422])
  })

  it('is the one the audit log records', async () => {
    const headers = { Authorization: `JWT ${await tokenFor('registrar-community')}`, 'X-Forwarded-For': '203.0.113.250, 198.51.100.41' }
    expect((await fetch(url('/api/persons/export?format=csv'), { headers })).status).toBe(200)
    const audit = (await (await fetch(url('/api/audit-log?where[action][equals]=export&sort=-createdAt&limit=1'), { headers })).json()) as {
      docs: { clientAddress: string }[]
    }
    expect(audit.docs[0]?.clientAddress).toBe('198.51.100.41')
  })
})

describe('request bodies', () => {
  it.each([
    ['Payload’s REST create', '/api/topics', 'BODY_TOO_LARGE'],
    ['Payload’s sign-in', '/api/users/login', 'BODY_TOO_LARGE'],
    ['GraphQL', '/api/graphql', 'BODY_TOO_LARGE'],
    ['the application submit endpoint', '/api/applications/submit', 'BODY_TOO_LARGE'],
    ['the person import', '/api/persons/import', 'BODY_TOO_LARGE'],
  ])('over the limit are refused at once by %s, before a byte is read', async (_name, path, code) => {
    const answer = await rawRequest(url(path), { method: 'POST', declare: FIVE_HUNDRED_MB, headers: { 'Content-Type': 'application/json' } })
    expect(answer.status).toBe(413)
    expect(answer.ms).toBeLessThan(2000)
    expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: expect.stringContaining('太大'), data: { code } }] })
  })

  it('over the limit are refused in Open311’s shape on Open311', async () => {
    const answer = await rawRequest(url('/api/open311/v2/requests.json'), { method: 'POST', declare: FIVE_HUNDRED_MB })
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toEqual([{ code: 413, description: expect.stringContaining('太大') }])
  })

  it('sent without a length are cut off at the limit', async () => {
    const answer = await rawRequest(url('/api/users/login'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      chunks: [Buffer.from(`{"username":"${'x'.repeat(64 * 1024)}`)],
    })
    expect(answer.status).toBe(413)
  })
})

describe('GraphQL', () => {
  // First: the first query also builds the server's GraphQL schema.
  it('answers an ordinary query', async () => {
    const response = await fetch(url('/api/graphql'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Services(limit: 2) { docs { title } } }' }),
    })
    expect(((await response.json()) as { data: { Services: { docs: unknown[] } } }).data.Services.docs).toHaveLength(2)
  })

  it('answers an anonymous query of thousands of aliases within a second, and the server stays responsive', async () => {
    const aliases = Array.from({ length: 3000 }, (_, index) => `a${index}: Services { docs { id } }`).join(' ')
    const started = Date.now()
    const [graphql, health] = await Promise.all([
      fetch(url('/api/graphql'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: `{ ${aliases} }` }) }),
      new Promise((resolve) => setTimeout(resolve, 100)).then(async () => {
        const healthStarted = Date.now()
        const response = await fetch(url('/api/health'))
        return { status: response.status, ms: Date.now() - healthStarted }
      }),
    ])
    expect(Date.now() - started).toBeLessThan(1000)
    const body = (await graphql.json()) as { data?: unknown; errors?: { message: string }[] }
    expect(body.errors?.[0]?.message).toContain('别名')
    expect(health).toEqual({ status: 200, ms: expect.any(Number) })
    expect(health.ms).toBeLessThan(1000)
  })
})

describe('cross-site writes', () => {
  const refresh = (token: string, headers: Record<string, string>) =>
    fetch(url('/api/users/refresh-token'), { method: 'POST', headers: { Cookie: `payload-token=${token}`, ...headers } })

  it('with the session cookie from a foreign origin or page are refused; from the served origin they work', async () => {
    const token = await tokenFor('admin-city')
    const foreign = await refresh(token, { Origin: 'https://evil.example' })
    expect(foreign.status).toBe(403)
    expect(await foreign.json()).toEqual({ errors: [{ message: expect.any(String), data: { code: 'CROSS_SITE_REQUEST' } }] })
    expect((await refresh(token, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403)
    expect((await refresh(token, { Origin: new URL(baseUrl()).origin })).status).toBe(200)
  })

  it('with an API key or token in Authorization are not cookie-authenticated and pass', async () => {
    const token = await tokenFor('admin-city')
    const response = await fetch(url('/api/users/me'), { headers: { Authorization: `JWT ${token}`, Origin: 'https://evil.example' } })
    expect(response.status).toBe(200)
    const write = await fetch(url('/api/users/refresh-token'), { method: 'POST', headers: { Authorization: `JWT ${token}`, Origin: 'https://evil.example' } })
    expect(write.status).not.toBe(403)
  })
})

describe('security headers', () => {
  it.each([
    ['an admin page', '/admin/login', /script-src 'self' 'nonce-[^']+'/],
    ['a portal page', '/', /script-src 'self' 'sha256-[^']+'/],
    ['an API answer', '/api/health', /default-src 'self'/],
  ])('are on %s', async (_name, path, script) => {
    const { headers } = await fetch(url(path))
    const policy = headers.get('content-security-policy') ?? ''
    expect(policy).toMatch(script)
    expect(policy).toContain("frame-ancestors 'self'")
    expect(policy).not.toMatch(/https?:/)
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('give every admin page its own nonce', async () => {
    const nonce = async () => /'nonce-([^']+)'/.exec((await fetch(url('/admin/login'))).headers.get('content-security-policy') ?? '')?.[1]
    expect(await nonce()).not.toBe(await nonce())
  })
})

describe('the Content-Security-Policy', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  /** A page that reports every CSP violation (the event, and Chromium's console message) into `violations`. */
  const watchedPage = async (violations: string[]): Promise<Page> => {
    const page = await newPage(browser)
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    )
    page.on('console', (message) => {
      if (/Content Security Policy|CSP violation/.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
    })
    return page
  }

  it('is passed by the admin: dashboard, persons, applications, the hotline desk', async () => {
    const answer = (await (
      await submit('198.51.100.30', {
        serviceCode: '030502',
        divisionCode: '410105001001',
        applicant: { name: '钱七', idNumber: '11010519491231002X', phone: '13800138000' },
        answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
      })
    ).json()) as SubmitAnswer
    const violations: string[] = []
    const admin = await watchedPage(violations)
    await signInToDashboard(admin, 'admin-city')
    await admin.locator('.dashboard').first().waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })

    await admin.goto('/admin/collections/persons')
    await followListLink(admin, admin.locator('.table a[href^="/admin/collections/persons/"]').first(), ADMIN_PAGE_TIMEOUT_MS)
    await admin.locator('.document-fields').first().waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })

    await admin.goto(`/admin/collections/applications?search=${answer.trackingNumber}`)
    await followListLink(admin, admin.locator('.table a[href^="/admin/collections/applications/"]').first(), ADMIN_PAGE_TIMEOUT_MS)
    await admin.locator('.document-fields').first().waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })

    await admin.goto('/admin/hotline/desk')
    await admin.getByRole('heading', { level: 1, name: '热线坐席台' }).waitFor({ timeout: ADMIN_PAGE_TIMEOUT_MS })
    await admin.waitForLoadState('networkidle')
    expect(violations).toEqual([])
  }, 5 * 60_000)

  it('is passed by the portal: home, a guide, search results', async () => {
    const violations: string[] = []
    const portal = await watchedPage(violations)
    await portal.goto('/')
    await portal.goto('/services/010301/')
    await portal.locator('#materials h3').first().waitFor()
    await portal.goto('/search/?q=sfz')
    await portal.locator('[data-search-status]').filter({ hasText: /找到/ }).waitFor()
    expect(await portal.locator('[data-search-results] > li').count()).toBeGreaterThan(0)
    await portal.waitForLoadState('networkidle')
    expect(violations).toEqual([])
  })
})
