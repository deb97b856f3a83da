import {
  type Client,
  type Config,
  createClient,
  type InArgs,
  type InStatement,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from '@libsql/client'
import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import { Mutex, type MutexInterface, withTimeout } from 'async-mutex'
import Database from 'libsql'

/**
 * How long a write waits for the previous one before giving up. Long enough
 * for any real transaction; short enough that a hook which writes outside its
 * own transaction fails loudly instead of hanging the server.
 */
const WRITE_WAIT_MS = 15_000

const sqlOf = (statement: InStatement): string => (typeof statement === 'string' ? statement : statement.sql)
const isReadOnly = (statement: InStatement): boolean => /^\s*select\b/i.test(sqlOf(statement))
/** A change to rows, which may run inside a transaction of its own (unlike a PRAGMA). */
const isRowChange = (statement: InStatement): boolean => /^\s*(insert|update|delete|replace)\b/i.test(sqlOf(statement))

/**
 * A libSQL client for an embedded SQLite file that lets one writer at a time
 * through, queued in JavaScript.
 *
 * The libSQL driver is synchronous: while one transaction holds SQLite's write
 * lock, a second `BEGIN` in the same process would wait in SQLite's busy
 * handler and block the event loop, so the first transaction could never
 * commit. Queueing writers here keeps the event loop free; WAL lets reads run
 * alongside; SQLite's busy timeout (the `timeout` option, applied to every
 * connection the driver opens) still covers other processes, such as a CLI
 * command run against a live server.
 */
/** How many prepared statements each connection keeps for reuse. */
const STATEMENT_CACHE_SIZE = 1000

/**
 * Reuse prepared statements per connection. The libSQL client prepares every
 * statement afresh, and Payload repeats the same few hundred statements for
 * every document it writes; preparing them once makes bulk writes (a seed,
 * an import) about a tenth faster. SQLite re-prepares a cached statement
 * itself if the schema changes.
 */
function cachePreparedStatements(): void {
  const prototype = Database.prototype as { prepare: (sql: string) => unknown; yizhanCached?: true }
  if (prototype.yizhanCached) return
  const prepare = prototype.prepare
  const caches = new WeakMap<object, Map<string, unknown>>()
  prototype.prepare = function (this: object, sql: string) {
    let cache = caches.get(this)
    if (!cache) caches.set(this, (cache = new Map()))
    let statement = cache.get(sql)
    if (statement) {
      // Most recently used last, so the first entry is the one to evict.
      cache.delete(sql)
    } else {
      statement = prepare.call(this, sql)
      // Some statements are one-offs (Payload's join queries get random aliases):
      // evict the least recently used rather than stop caching when full.
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!)
    }
    cache.set(sql, statement)
    return statement
  }
  prototype.yizhanCached = true
}

/**
 * In WAL mode, `synchronous = NORMAL` commits without waiting for the disk
 * (the WAL is synced at checkpoints): a committed write survives the server
 * process being killed, and only an operating-system crash or power cut can
 * lose the last moments. It makes each commit ~5 ms cheaper, which is most of
 * the cost of a small write. `SQLITE_SYNCHRONOUS=full` restores a sync per commit.
 */
const SYNCHRONOUS = `PRAGMA synchronous = ${process.env.SQLITE_SYNCHRONOUS?.trim().toLowerCase() === 'full' ? 'FULL' : 'NORMAL'}`

/** The file behind a `file:` URL, as the driver itself reads it. */
const databasePath = (config: Config): string => decodeURIComponent(new URL(config.url).pathname)

const BEGIN: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

export async function createSerialisedClient(config: Config): Promise<Client> {
  cachePreparedStatements()
  const client = createClient(config)
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute(SYNCHRONOUS)
  const writeLock = withTimeout(
    new Mutex(),
    WRITE_WAIT_MS,
    new Error('数据库写入排队超时（DATABASE_WRITE_TIMEOUT），请稍后重试'),
  )

  const exclusive = <T>(work: () => Promise<T>): Promise<T> => writeLock.runExclusive(work)

  // The driver gives each transaction the connection it was using and opens
  // a fresh one for whatever comes next, so every transaction would pay for a
  // new connection (re-reading the schema, an empty statement cache). Writes
  // are one at a time anyway: they all go through one long-lived connection.
  let writer: Database.Database | undefined
  const transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    const release = await writeLock.acquire()
    try {
      if (!writer) {
        // No busy timeout on this connection: `begin` waits for other processes itself.
        writer = new Database(databasePath(config), { timeout: 0 })
        writer.exec(SYNCHRONOUS)
      }
      await begin(writer, BEGIN[mode], Date.now() + (config.timeout ?? WRITE_WAIT_MS))
      return releaseWhenFinished(new Sqlite3Transaction(writer, config.intMode ?? 'number'), release)
    } catch (error) {
      release()
      throw error
    }
  }

  /**
   * A row change outside any transaction (a counter, a key-value entry) runs
   * in a transaction of its own on the writer connection: while another
   * process writes, it then waits in `begin`, on a timer, rather than in
   * SQLite's busy handler, which sleeps inside the driver call and so stops
   * this whole process, reads included, for a millisecond or more.
   */
  const changeAlone = async (statement: InStatement): Promise<ResultSet> => {
    const alone = await transaction('write')
    let result: ResultSet
    try {
      result = await alone.execute(statement)
    } catch (error) {
      await alone.rollback()
      throw error
    }
    // Not `close()` after this: the commit hands the connection to the next writer.
    await alone.commit()
    return result
  }

  const execute = (statement: InStatement | string, args?: InArgs) => {
    const full: InStatement = typeof statement === 'string' ? { sql: statement, args: args ?? [] } : statement
    if (isReadOnly(full)) return client.execute(full).catch(withSpecificCode)
    if (isRowChange(full)) return changeAlone(full).catch(withSpecificCode)
    return exclusive(() => client.execute(full)).catch(withSpecificCode)
  }

  return new Proxy(client, {
    get(target, property) {
      switch (property) {
        case 'execute':
          return execute
        case 'transaction':
          return transaction
        case 'batch':
        case 'executeMultiple':
        case 'migrate': {
          const method = target[property] as (...args: unknown[]) => Promise<unknown>
          return (...args: unknown[]) => exclusive(() => method.apply(target, args))
        }
        default: {
          const value: unknown = Reflect.get(target, property, target)
          return typeof value === 'function' ? value.bind(target) : value
        }
      }
    },
  })
}

/**
 * The libSQL client reports a broken UNIQUE constraint as SQLITE_CONSTRAINT
 * and keeps SQLITE_CONSTRAINT_UNIQUE in `extendedCode`; Payload looks for the
 * latter in `code` to answer "value must be unique" on the field instead of
 * failing with the raw query (parameters and all). Hand it the specific code.
 */
function withSpecificCode(error: unknown): never {
  const libsql = error as { code?: string; extendedCode?: string } | null
  if (libsql?.extendedCode?.startsWith(`${libsql.code}_`)) libsql.code = libsql.extendedCode
  throw error
}

const isBusy = (error: unknown): boolean => (error as { code?: string } | null)?.code === 'SQLITE_BUSY'

/**
 * Begin a transaction, waiting while another process (a second server
 * worker, a CLI command) holds SQLite's write lock. SQLite's own busy handler
 * would sleep inside the synchronous driver call and stop this process's
 * event loop, reads included; retrying after a timer keeps it serving.
 */
async function begin(connection: Database.Database, sql: string, deadline: number): Promise<void> {
  for (let waitMs = 1; ; waitMs = Math.min(waitMs * 2, 20)) {
    try {
      connection.exec(sql)
      return
    } catch (error) {
      if (!isBusy(error) || Date.now() + waitMs > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, waitMs))
    }
  }
}

/** Hand the write lock back once the transaction commits, rolls back or closes. */
function releaseWhenFinished(transaction: Transaction, release: MutexInterface.Releaser): Transaction {
  let released = false
  const releaseOnce = () => {
    if (!released) {
      released = true
      release()
    }
  }
  const finishing = new Set<PropertyKey>(['commit', 'rollback', 'close'])
  return new Proxy(transaction, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target)
      if (typeof value !== 'function') return value
      if (property === 'execute' || property === 'batch') {
        return (...args: unknown[]) => (value.apply(target, args) as Promise<unknown>).catch(withSpecificCode)
      }
      if (!finishing.has(property)) return value.bind(target)
      return (...args: unknown[]) => {
        try {
          const result: unknown = value.apply(target, args)
          return result instanceof Promise ? result.finally(releaseOnce) : (releaseOnce(), result)
        } catch (error) {
          releaseOnce()
          throw error
        }
      }
    },
  })
}

