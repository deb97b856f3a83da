import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { and, count, eq, getTableColumns, gt, gte, inArray, lt, type SQL, sql, sum } from '@payloadcms/db-sqlite/drizzle'
import type { SQLiteColumn } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { Payload } from 'payload'

/**
 * The sums a subsidy settlement needs, added up by the database: per
 * provider, the orders settled in a period that carry a subsidy, their
 * amounts, subsidies and what residents paid. Payload's Local API counts but
 * does not add, so this is the one place that speaks to each adapter.
 */

/** The orders a settlement counts: settled (confirmed or rated) in [start, end), subsidised, within a division path, optionally one provider's. */
export type SettlementFilter = { start: string; end: string; statuses: readonly string[]; scope: Partial<Record<'city' | 'community' | 'district' | 'street', string>>; provider?: number | string }

/** One provider's totals, in yuan. */
export type ProviderTotals = { provider: string; orders: number; amount: number; subsidy: number; payable: number }

const yuan = (value: unknown): number => Math.round(Number(value ?? 0) * 100) / 100

async function sqliteTotals(payload: Payload, filter: SettlementFilter): Promise<ProviderTotals[]> {
  const adapter = payload.db as unknown as SQLiteAdapter
  const table = adapter.tables.life_orders!
  const columns = Object.values(getTableColumns(table)) as SQLiteColumn[]
  /** A column by its name in the database (Payload names the JavaScript keys). */
  const column = (name: string): SQLiteColumn => columns.find((each) => each.name === name)!
  const conditions: SQL[] = [
    inArray(column('status'), [...filter.statuses]),
    gte(column('confirmed_at'), filter.start),
    lt(column('confirmed_at'), filter.end),
    gt(column('subsidy_amount'), 0),
    ...Object.entries(filter.scope).map(([level, code]) => eq(column(`scope_${level}`), code)),
    ...(filter.provider === undefined ? [] : [eq(column('provider_id'), String(filter.provider))]),
  ]
  const rows = await adapter.drizzle
    .select({ provider: column('provider_id'), orders: count(), amount: sum(column('amount')), subsidy: sum(column('subsidy_amount')), payable: sum(column('payable')) })
    .from(table)
    .where(and(...conditions))
    .groupBy(column('provider_id'))
    .orderBy(sql`1`)
  return rows.map((row) => ({ provider: String(row.provider), orders: Number(row.orders), amount: yuan(row.amount), subsidy: yuan(row.subsidy), payable: yuan(row.payable) }))
}

type MongoModel = { aggregate: (pipeline: object[]) => Promise<{ _id: unknown; amount: number; orders: number; payable: number; subsidy: number }[]> }

async function mongoTotals(payload: Payload, filter: SettlementFilter): Promise<ProviderTotals[]> {
  const model = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections['life-orders']!
  const match: Record<string, unknown> = {
    status: { $in: [...filter.statuses] },
    confirmedAt: { $gte: new Date(filter.start), $lt: new Date(filter.end) },
    'subsidy.amount': { $gt: 0 },
    ...Object.fromEntries(Object.entries(filter.scope).map(([level, code]) => [`scope.${level}`, code])),
    ...(filter.provider === undefined ? {} : { $expr: { $eq: [{ $toString: '$provider' }, String(filter.provider)] } }),
  }
  const rows = await model.aggregate([
    { $match: match },
    { $group: { _id: '$provider', orders: { $sum: 1 }, amount: { $sum: '$amount' }, subsidy: { $sum: '$subsidy.amount' }, payable: { $sum: '$payable' } } },
  ])
  return rows.map((row) => ({ provider: String(row._id), orders: row.orders, amount: yuan(row.amount), subsidy: yuan(row.subsidy), payable: yuan(row.payable) }))
}

/** Each provider's settlement totals for the filter, grouped and summed in the database. */
export const settlementTotals = (payload: Payload, filter: SettlementFilter): Promise<ProviderTotals[]> =>
  payload.db.name === 'sqlite' ? sqliteTotals(payload, filter) : mongoTotals(payload, filter)
