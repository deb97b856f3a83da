import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { and, count, eq, getTableColumns, gt, gte, inArray, lt, type SQL, sql, sum } from '@payloadcms/db-sqlite/drizzle'
import type { SQLiteColumn } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { Payload } from 'payload'

/**
 * Sums over subsidised life-service orders, added up by the database and
 * grouped by provider or category: how many, their amounts, subsidies and
 * what residents paid (the subsidy settlement, the statistics). Payload's
 * Local API counts but does not add, so this is the one place that speaks
 * to each adapter.
 */

/** Subsidised orders whose `field` falls in [start, end), within a division path; optionally only some states, one provider. */
export type OrderTotalsFilter = {
  field: 'confirmedAt' | 'createdAt'
  start: string
  end: string
  statuses?: readonly string[]
  scope: Partial<Record<'city' | 'community' | 'district' | 'street', string>>
  provider?: number | string
}

export type TotalsGroup = 'category' | 'provider'

/** One group's totals, in yuan. */
export type GroupTotals = { key: string; orders: number; amount: number; subsidy: number; payable: number }

const yuan = (value: unknown): number => Math.round(Number(value ?? 0) * 100) / 100

const SQLITE_COLUMNS = { confirmedAt: 'confirmed_at', createdAt: 'created_at', category: 'category_id', provider: 'provider_id' } as const

async function sqliteTotals(payload: Payload, filter: OrderTotalsFilter, group: TotalsGroup): Promise<GroupTotals[]> {
  const adapter = payload.db as unknown as SQLiteAdapter
  const table = adapter.tables.life_orders!
  const columns = Object.values(getTableColumns(table)) as SQLiteColumn[]
  /** A column by its name in the database (Payload names the JavaScript keys). */
  const column = (name: string): SQLiteColumn => columns.find((each) => each.name === name)!
  const when = column(SQLITE_COLUMNS[filter.field])
  const key = column(SQLITE_COLUMNS[group])
  const conditions: SQL[] = [
    gte(when, filter.start),
    lt(when, filter.end),
    gt(column('subsidy_amount'), 0),
    ...(filter.statuses ? [inArray(column('status'), [...filter.statuses])] : []),
    ...Object.entries(filter.scope).map(([level, code]) => eq(column(`scope_${level}`), code)),
    ...(filter.provider === undefined ? [] : [eq(column('provider_id'), String(filter.provider))]),
  ]
  const rows = await adapter.drizzle
    .select({ key, orders: count(), amount: sum(column('amount')), subsidy: sum(column('subsidy_amount')), payable: sum(column('payable')) })
    .from(table)
    .where(and(...conditions))
    .groupBy(key)
    .orderBy(sql`1`)
  return rows.map((row) => ({ key: String(row.key), orders: Number(row.orders), amount: yuan(row.amount), subsidy: yuan(row.subsidy), payable: yuan(row.payable) }))
}

type MongoModel = { aggregate: (pipeline: object[]) => Promise<{ _id: unknown; amount: number; orders: number; payable: number; subsidy: number }[]> }

async function mongoTotals(payload: Payload, filter: OrderTotalsFilter, group: TotalsGroup): Promise<GroupTotals[]> {
  const model = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections['life-orders']!
  const match: Record<string, unknown> = {
    [filter.field]: { $gte: new Date(filter.start), $lt: new Date(filter.end) },
    'subsidy.amount': { $gt: 0 },
    ...(filter.statuses ? { status: { $in: [...filter.statuses] } } : {}),
    ...Object.fromEntries(Object.entries(filter.scope).map(([level, code]) => [`scope.${level}`, code])),
    ...(filter.provider === undefined ? {} : { $expr: { $eq: [{ $toString: '$provider' }, String(filter.provider)] } }),
  }
  const rows = await model.aggregate([
    { $match: match },
    { $group: { _id: `$${group}`, orders: { $sum: 1 }, amount: { $sum: '$amount' }, subsidy: { $sum: '$subsidy.amount' }, payable: { $sum: '$payable' } } },
  ])
  return rows.map((row) => ({ key: String(row._id), orders: row.orders, amount: yuan(row.amount), subsidy: yuan(row.subsidy), payable: yuan(row.payable) }))
}

/** The totals of the subsidised orders the filter selects, per provider or category, grouped and summed in the database. */
export const lifeOrderTotals = (payload: Payload, filter: OrderTotalsFilter, group: TotalsGroup): Promise<GroupTotals[]> =>
  payload.db.name === 'sqlite' ? sqliteTotals(payload, filter, group) : mongoTotals(payload, filter, group)
