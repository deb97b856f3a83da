import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import { allowedInternalHosts, guardedLookup, isInternalAddress, webhookUrlProblem } from '../../collections/DepartmentSystems/lib/address'
import { attemptTimeoutMs, nextAttemptAt, outcomeOfStatus, retrySchedule } from '../../collections/DepartmentSystems/lib/retries'
import { signatureHeader, SIGNATURE_TOLERANCE_SECONDS, verifySignature } from '../../collections/DepartmentSystems/lib/signature'

const SECRET = 'a-signing-secret-of-thirty-two-chars!'
const BODY = '{"id":"d1","event":"application.submitted"}'

describe('webhook signatures', () => {
  it('signs HMAC-SHA256 over "<timestamp>.<body>" in t=…,v1=…', () => {
    const expected = createHmac('sha256', SECRET).update(`1700000000.${BODY}`).digest('hex')
    expect(signatureHeader(SECRET, BODY, 1_700_000_000)).toBe(`t=1700000000,v1=${expected}`)
  })

  it('verifies its own signature, and refuses another body, another secret, a stale or malformed header', () => {
    const now = 1_700_000_000
    const header = signatureHeader(SECRET, BODY, now)
    expect(verifySignature(SECRET, BODY, header, now + 10)).toBe(true)
    expect(verifySignature(SECRET, `${BODY} `, header, now)).toBe(false)
    expect(verifySignature(`${SECRET}x`, BODY, header, now)).toBe(false)
    expect(verifySignature(SECRET, BODY, header, now + SIGNATURE_TOLERANCE_SECONDS + 1)).toBe(false)
    expect(verifySignature(SECRET, BODY, 'v1=abc', now)).toBe(false)
    expect(verifySignature(SECRET, BODY, `t=${now},v1=zz`, now)).toBe(false)
  })
})

describe('retries', () => {
  it('waits 1 min, 5 min, 30 min, 2 h, 12 h by default, or as configured', () => {
    expect(retrySchedule({})).toEqual([60, 300, 1800, 7200, 43_200])
    expect(retrySchedule({ DEPARTMENT_WEBHOOK_RETRY_SCHEDULE: '10, 20' })).toEqual([10, 20])
    expect(retrySchedule({ DEPARTMENT_WEBHOOK_RETRY_SCHEDULE: '10,soon' })).toEqual([60, 300, 1800, 7200, 43_200])
    expect(attemptTimeoutMs({})).toBe(10_000)
    expect(attemptTimeoutMs({ DEPARTMENT_WEBHOOK_TIMEOUT_SECONDS: '3' })).toBe(3000)
  })

  it('schedules the next attempt after each failure until the schedule is used up', () => {
    const now = new Date('2026-12-01T00:00:00Z')
    expect(nextAttemptAt(1, now, [60, 300])?.toISOString()).toBe('2026-12-01T00:01:00.000Z')
    expect(nextAttemptAt(2, now, [60, 300])?.toISOString()).toBe('2026-12-01T00:05:00.000Z')
    expect(nextAttemptAt(3, now, [60, 300])).toBeNull()
  })

  it('retries 429 and 5xx, gives up on other 4xx, counts 2xx as delivered', () => {
    expect(outcomeOfStatus(204).kind).toBe('delivered')
    expect(outcomeOfStatus(429).kind).toBe('retryable')
    expect(outcomeOfStatus(502).kind).toBe('retryable')
    expect(outcomeOfStatus(400).kind).toBe('permanent')
    expect(outcomeOfStatus(404).kind).toBe('permanent')
    expect(outcomeOfStatus(301).kind).toBe('permanent')
  })
})

describe('webhook addresses (SSRF)', () => {
  it('knows loopback, private, link-local and mapped addresses', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1']) {
      expect(isInternalAddress(address), address).toBe(true)
    }
    for (const address of ['8.8.8.8', '172.32.0.1', '2001:db8::1']) expect(isInternalAddress(address), address).toBe(false)
  })

  it('refuses internal hosts and other schemes unless the allow-list names the host', () => {
    const none = allowedInternalHosts({})
    expect(webhookUrlProblem('https://oa.example.gov.cn/hook', none)).toBeNull()
    expect(webhookUrlProblem('http://127.0.0.1:8080/hook', none)).toMatch(/内网/)
    expect(webhookUrlProblem('http://localhost/hook', none)).toMatch(/内网/)
    expect(webhookUrlProblem('http://[::1]/hook', none)).toMatch(/内网/)
    expect(webhookUrlProblem('ftp://oa.example.gov.cn/hook', none)).toMatch(/http/)
    expect(webhookUrlProblem('https://user:pw@oa.example.gov.cn/hook', none)).toMatch(/用户名/)
    expect(webhookUrlProblem('not a url', none)).toMatch(/完整的网址/)
    expect(webhookUrlProblem('http://127.0.0.1:8080/hook', allowedInternalHosts({ DEPARTMENT_WEBHOOK_ALLOWED_HOSTS: ' 127.0.0.1 ,oa.local' }))).toBeNull()
  })

  it('refuses, at connection time, a name that resolves to an internal address unless allowed', async () => {
    const resolve = (allowed: Set<string>) =>
      new Promise<string>((done) => guardedLookup(allowed)('localhost', {}, (error, address) => done(error ? (error as NodeJS.ErrnoException).code! : String(address))))
    expect(await resolve(new Set())).toBe('EINTERNAL')
    expect(await resolve(new Set(['localhost']))).toMatch(/^(127\.0\.0\.1|::1)$/)
  })
})
