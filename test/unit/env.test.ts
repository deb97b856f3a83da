import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { ensureSecret, loadDotEnv } from '../../scripts/lib/env'

let dir: string
const saved = { ...process.env }

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-env-'))
  delete process.env.PAYLOAD_SECRET
  delete process.env.YIZHAN_TEST_VALUE
})
afterEach(() => {
  process.env = { ...saved }
})

describe('ensureSecret', () => {
  it('generates a random secret into a private .env on first start, and reuses it after', () => {
    const file = path.join(dir, '.env')
    expect(ensureSecret(file)).toBe(true)
    const secret = process.env.PAYLOAD_SECRET
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    expect(readFileSync(file, 'utf8')).toBe(`PAYLOAD_SECRET=${secret}\n`)
    expect(statSync(file).mode & 0o777).toBe(0o600)

    delete process.env.PAYLOAD_SECRET
    loadDotEnv(file)
    expect(process.env.PAYLOAD_SECRET).toBe(secret)
    expect(ensureSecret(file)).toBe(false)
  })

  it('keeps a secret that is already set and leaves .env alone', () => {
    process.env.PAYLOAD_SECRET = 'set-by-the-operator-'.repeat(3)
    const file = path.join(dir, '.env')
    expect(ensureSecret(file)).toBe(false)
    expect(() => statSync(file)).toThrow()
  })

  it('appends to an existing .env without disturbing it', () => {
    const file = path.join(dir, '.env')
    writeFileSync(file, 'PORT=4000')
    ensureSecret(file)
    expect(readFileSync(file, 'utf8')).toMatch(/^PORT=4000\nPAYLOAD_SECRET=[0-9a-f]{64}\n$/)
  })
})

describe('loadDotEnv', () => {
  it('lets the real environment win over .env', () => {
    const file = path.join(dir, '.env')
    writeFileSync(file, 'YIZHAN_TEST_VALUE=from-file\nPAYLOAD_SECRET=from-file\n')
    process.env.YIZHAN_TEST_VALUE = 'from-environment'
    loadDotEnv(file)
    expect(process.env.YIZHAN_TEST_VALUE).toBe('from-environment')
    expect(process.env.PAYLOAD_SECRET).toBe('from-file')
  })
})
