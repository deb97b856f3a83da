import { describe, expect, it } from 'vitest'

import { corsOrigins } from '../../cms/config/cors'
import {
  createDatabaseAdapter,
  resolveDatabaseTarget,
} from '../../cms/config/database'
import { ConfigError } from '../../cms/config/errors'
import { resolvePlatformMode } from '../../cms/config/mode'
import { resolveDataDir, ROOT_DIR } from '../../cms/config/paths'
import { requireSecret } from '../../cms/config/secret'
import { resolvePort } from '../../scripts/lib/preflight'

const configErrorCode = (run: () => unknown): string | undefined => {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigError) return error.code
    throw error
  }
  return undefined
}

describe('database selection', () => {
  it('defaults to the embedded SQLite file under data/', () => {
    expect(resolveDatabaseTarget({})).toEqual({
      engine: 'sqlite',
      file: `${ROOT_DIR}/data/yizhan.db`,
    })
    expect(resolveDatabaseTarget({ DATA_DIR: '/srv/yizhan' })).toEqual({
      engine: 'sqlite',
      file: '/srv/yizhan/yizhan.db',
    })
  })

  it('takes another SQLite file from a file: URI', () => {
    expect(resolveDatabaseTarget({ DATABASE_URI: 'file:/tmp/other.db' })).toEqual({
      engine: 'sqlite',
      file: '/tmp/other.db',
    })
  })

  it.each([
    'mongodb://db1.example:27017,db2.example:27017/yizhan?replicaSet=rs0',
    'mongodb+srv://user:pass@cluster0.example.net/yizhan?retryWrites=true',
  ])('uses MongoDB for %s', (uri) => {
    expect(resolveDatabaseTarget({ DATABASE_URI: uri })).toEqual({ engine: 'mongodb', url: uri })
  })

  it.each([
    ['', 'DATABASE_URI_EMPTY'],
    ['   ', 'DATABASE_URI_EMPTY'],
    ['localhost:27017', 'DATABASE_URI_MALFORMED'],
    ['not a uri', 'DATABASE_URI_MALFORMED'],
    ['mongodb://', 'DATABASE_URI_MALFORMED'],
    ['mongodb://db.example:27017', 'DATABASE_URI_MALFORMED'],
    ['mongodb+srv://cluster.example:27017/yizhan', 'DATABASE_URI_MALFORMED'],
    ['file:', 'DATABASE_URI_MALFORMED'],
    ['postgres://db.example/yizhan', 'DATABASE_URI_UNSUPPORTED'],
    ['mysql://db.example/yizhan', 'DATABASE_URI_UNSUPPORTED'],
  ])('refuses DATABASE_URI=%j with %s', (uri, code) => {
    expect(configErrorCode(() => resolveDatabaseTarget({ DATABASE_URI: uri }))).toBe(code)
  })

  it('builds the SQLite adapter with string ids, and the MongoDB adapter for MongoDB', () => {
    const sqlite = createDatabaseAdapter({ engine: 'sqlite', file: '/tmp/yizhan-unit.db' })
    expect(sqlite.name).toBe('sqlite')
    expect(sqlite.defaultIDType).toBe('text')
    const mongo = createDatabaseAdapter({ engine: 'mongodb', url: 'mongodb://db.example/yizhan' })
    expect(mongo.name).toBe('mongoose')
    expect(mongo.defaultIDType).toBe('text')
  })
})

describe('other settings', () => {
  it('resolves the data folder from DATA_DIR', () => {
    expect(resolveDataDir({})).toBe(`${ROOT_DIR}/data`)
    expect(resolveDataDir({ DATA_DIR: 'relative/dir' })).toBe(`${process.cwd()}/relative/dir`)
  })

  it('requires a long PAYLOAD_SECRET', () => {
    expect(configErrorCode(() => requireSecret({}))).toBe('PAYLOAD_SECRET_MISSING')
    expect(configErrorCode(() => requireSecret({ PAYLOAD_SECRET: 'short' }))).toBe('PAYLOAD_SECRET_WEAK')
    expect(requireSecret({ PAYLOAD_SECRET: 'x'.repeat(64) })).toBe('x'.repeat(64))
  })

  it('defaults to production mode unless demo is asked for', () => {
    expect(resolvePlatformMode({})).toBe('production')
    expect(resolvePlatformMode({ YIZHAN_MODE: 'demo' })).toBe('demo')
    expect(configErrorCode(() => resolvePlatformMode({ YIZHAN_MODE: 'test' }))).toBe('YIZHAN_MODE_INVALID')
  })

  it('checks PORT', () => {
    expect(resolvePort({})).toBe(3000)
    expect(resolvePort({ PORT: '8080' })).toBe(8080)
    for (const port of ['0', '65536', 'abc', '80.5']) {
      expect(configErrorCode(() => resolvePort({ PORT: port }))).toBe('PORT_INVALID')
    }
  })

  it('collects CORS origins from PUBLIC_URL and CORS_ORIGINS', () => {
    expect(
      corsOrigins({
        PUBLIC_URL: 'https://yizhan.example.gov.cn/',
        CORS_ORIGINS: 'https://portal.example.gov.cn, https://yizhan.example.gov.cn',
      }),
    ).toEqual(['https://yizhan.example.gov.cn', 'https://portal.example.gov.cn'])
    expect(configErrorCode(() => corsOrigins({ CORS_ORIGINS: 'portal.example.gov.cn' }))).toBe(
      'CORS_ORIGIN_INVALID',
    )
  })
})
