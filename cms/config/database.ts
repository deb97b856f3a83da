import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { type SQLiteAdapter, sqliteAdapter } from '@payloadcms/db-sqlite'
import ConnectionString from 'mongodb-connection-string-url'
import path from 'node:path'

import { migrateThenRunDataSteps } from '../lib/dataSteps'
import { migrations } from '../migrations'
import { ConfigError } from './errors'
import { resolveDataDir, ROOT_DIR } from './paths'
import { createSerialisedClient } from './sqliteClient'

type Env = Record<string, string | undefined>

type DatabaseTarget =
  | { engine: 'mongodb'; url: string }
  | { engine: 'sqlite'; file: string }

const SQLITE_FILE_NAME = 'yizhan.db'
/** How long a writer waits for another process's write lock before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000

const SUPPORTED = 'mongodb://、mongodb+srv:// 或 file:（SQLite 文件）'

/**
 * Decide which database to use from `DATABASE_URI`: unset means the embedded
 * SQLite file under the data folder; `mongodb://` or `mongodb+srv://` means
 * MongoDB; `file:` names another SQLite file. Anything else is refused with a
 * message an operator can act on.
 */
export function resolveDatabaseTarget(env: Env = process.env): DatabaseTarget {
  const raw = env.DATABASE_URI
  if (raw === undefined) {
    return { engine: 'sqlite', file: path.join(resolveDataDir(env), SQLITE_FILE_NAME) }
  }
  const uri = raw.trim()
  if (!uri) {
    throw new ConfigError(
      'DATABASE_URI_EMPTY',
      'DATABASE_URI 已设置但为空：使用内置 SQLite 请删除该变量，使用 MongoDB 请填写完整地址',
    )
  }

  if (/^file:/i.test(uri)) {
    const file = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!file) {
      throw new ConfigError('DATABASE_URI_MALFORMED', 'DATABASE_URI 的 file: 地址缺少文件路径')
    }
    return { engine: 'sqlite', file: path.resolve(file) }
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(uri)?.[1]?.toLowerCase()
  if (!scheme) {
    throw new ConfigError(
      'DATABASE_URI_MALFORMED',
      `DATABASE_URI 不是有效的地址（应以 ${SUPPORTED} 开头）`,
    )
  }
  if (scheme !== 'mongodb' && scheme !== 'mongodb+srv') {
    throw new ConfigError(
      'DATABASE_URI_UNSUPPORTED',
      `DATABASE_URI 使用了不支持的数据库“${scheme}”，只支持 ${SUPPORTED}`,
    )
  }
  return { engine: 'mongodb', url: validateMongoUri(uri) }
}

/** Parse with the MongoDB driver's own parser (it understands host lists). */
function validateMongoUri(uri: string): string {
  let parsed: ConnectionString
  try {
    parsed = new ConnectionString(uri)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ConfigError('DATABASE_URI_MALFORMED', `DATABASE_URI 的 MongoDB 地址格式不正确：${reason}`)
  }
  if (!parsed.pathname.replace(/^\//, '')) {
    throw new ConfigError(
      'DATABASE_URI_MALFORMED',
      'DATABASE_URI 的 MongoDB 地址缺少数据库名，例如 mongodb://主机:27017/yizhan',
    )
  }
  return uri
}

/** Build the Payload database adapter for a resolved target. */
export function createDatabaseAdapter(target: DatabaseTarget): DatabaseAdapterObj {
  if (target.engine === 'mongodb') {
    // Transactions stay on: MongoDB must run as a replica set or managed cluster.
    return mongooseAdapter({
      url: target.url,
      connectOptions: { serverSelectionTimeoutMS: 10_000 },
    })
  }
  return withSerialisedWrites(
    sqliteAdapter({
      client: { url: `file:${target.file}`, timeout: SQLITE_BUSY_TIMEOUT_MS },
      idType: 'uuid',
      transactionOptions: {},
    // The schema only changes through the migrations shipped in cms/migrations,
    // which applyShippedMigrations runs whenever Payload starts.
      push: false,
      migrationDir: path.join(ROOT_DIR, 'cms', 'migrations'),
    }),
  )
}

/**
 * Give the SQLite adapter our client (WAL on, busy timeout on every
 * connection, one writer at a time; see sqliteClient.ts) before it connects.
 * The adapter only creates a client of its own when none is set.
 */
function withSerialisedWrites(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args) as unknown as SQLiteAdapter
      const connect = db.connect?.bind(db)
      db.connect = async (options) => {
        db.client ??= await createSerialisedClient(db.clientConfig)
        await connect?.(options)
      }
      return db as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}

/**
 * Bring the SQLite schema up to date with the migrations shipped in the repo.
 * Runs at every start in every mode (Payload's own `prodMigrations` only runs
 * under NODE_ENV=production), so scripts, tests and the server agree; their
 * data steps run once the schema is whole (../lib/dataSteps.ts).
 * MongoDB needs no schema migrations.
 */
export async function applyShippedMigrations(payload: Payload): Promise<void> {
  if (payload.db.name === 'sqlite') {
    // The generated migration files type their arguments for SQLite precisely.
    await migrateThenRunDataSteps(payload, () => payload.db.migrate({ migrations: migrations as unknown as Migration[] }))
  }
}
