import type { Payload, PayloadRequest, TypedUser, Where } from 'payload'

import type { LifeOrder, Provider } from '../../../cms/payload-types'
import { type GroupTotals, lifeOrderTotals, type OrderTotalsFilter } from '../../../cms/config/lifeOrderTotals'
import { hasRole, type StaffUser, userDivision } from '../../access'
import { writeAudit } from '../../AuditLog/record'
import { chinaDate } from '../../CalendarDays/workingDays'
import { DIVISION_LEVELS, parseDivisionCode } from '../../Divisions/code'
import { spreadsheetFile } from '../../endpoints/spreadsheetExport'
import { invalid } from '../../endpoints/respond'
import { RequestError } from '../../errors'
import { LIFE_ORDERS, type LifeOrderStatus } from '../../LifeOrders/states'
import { relationId } from '../../relations'
import { LIFE_MANAGER_ROLES } from '../access'
import { subsidyRegisterLabel } from '../subsidy'
import type { SubsidyRegister } from '../subsidyRegisters'

/**
 * 补贴结算: each month the city pays providers the subsidies on the orders
 * residents confirmed (or rated) that month. Cancelled and unfinished
 * orders never count; an order counts in the month it was confirmed.
 */

/** The states of an order the city pays the subsidy on. */
export const SETTLED_STATUSES: LifeOrderStatus[] = ['confirmed', 'rated']

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** The month asked for (YYYY-MM), or this month in China. */
export function settlementMonth(value: null | string | undefined): string {
  const month = value?.trim() || chinaDate().slice(0, 7)
  if (!MONTH.test(month)) throw invalid([{ field: 'month', code: 'MONTH_FORMAT', message: '月份请按“年-月”填写，例如 2026-12' }])
  return month
}

/** The instants a month in China covers: [start, end). */
export function monthInstants(month: string): { start: string; end: string } {
  const [year, number] = month.split('-').map(Number) as [number, number]
  const next = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`
  return { start: new Date(`${month}-01T00:00:00+08:00`).toISOString(), end: new Date(`${next}-01T00:00:00+08:00`).toISOString() }
}

/** The subsidised orders settled in the month within a division. */
const settledIn = (month: string, scope: OrderTotalsFilter['scope']): OrderTotalsFilter => ({ field: 'confirmedAt', ...monthInstants(month), statuses: SETTLED_STATUSES, scope })

/** Whether the user settles subsidies: life-services staff (and administrators) with a division. */
export const canSettle = (user: null | StaffUser | undefined): boolean => hasRole(user, ...LIFE_MANAGER_ROLES) && userDivision(user) !== null

/** The reader's division path, for the sums (which run outside Payload's access); `page` names what is refused to anyone else. */
export function lifeManagerScope(user: null | StaffUser | undefined, page: string): OrderTotalsFilter['scope'] {
  const division = userDivision(user)
  if (!division || !canSettle(user)) throw new RequestError('FORBIDDEN', `只有生活服务监管人员和系统管理员可以查看${page}`, 403)
  const { path } = parseDivisionCode(division.code)
  return Object.fromEntries(DIVISION_LEVELS.flatMap((level) => (path[level] ? [[level, path[level]]] : [])))
}

/** One provider's totals, in yuan. */
export type ProviderTotals = Omit<GroupTotals, 'key'> & { provider: string }
export type SettlementRow = ProviderTotals & { name: string }
export type Settlement = { month: string; rows: SettlementRow[]; total: Omit<ProviderTotals, 'provider'> }

/** Add up rows of totals. */
const addUp = (rows: Omit<ProviderTotals, 'provider'>[]): Omit<ProviderTotals, 'provider'> => {
  const fen = (pick: (row: Omit<ProviderTotals, 'provider'>) => number) => Math.round(rows.reduce((sum, row) => sum + pick(row) * 100, 0)) / 100
  return { orders: rows.reduce((sum, row) => sum + row.orders, 0), amount: fen((row) => row.amount), subsidy: fen((row) => row.subsidy), payable: fen((row) => row.payable) }
}

/**
 * A month's settlement in the reader's division: per provider, the settled
 * subsidised orders, their amount, the subsidies and what residents paid,
 * summed by the database; and the grand total.
 */
export async function monthlySettlement(payload: Payload, user: null | StaffUser | undefined, monthInput?: null | string): Promise<Settlement> {
  const scope = lifeManagerScope(user, '补贴结算')
  const month = settlementMonth(monthInput)
  const totals = (await lifeOrderTotals(payload, settledIn(month, scope), 'provider')).map(({ key, ...sums }) => ({ ...sums, provider: key }))
  const { docs } = await payload.find({ collection: 'providers', where: { id: { in: totals.map((row) => row.provider) } }, depth: 0, pagination: false, select: { name: true }, overrideAccess: true })
  const names = new Map(docs.map((doc) => [String(doc.id), (doc as Pick<Provider, 'name'>).name]))
  const rows = totals.map((row) => ({ ...row, name: names.get(row.provider) ?? '（已删除的企业）' })).sort((a, b) => a.name.localeCompare(b.name, 'zh'))
  return { month, rows, total: addUp(rows) }
}

export const STATEMENT_TITLES = ['订单编号', '上门日期', '服务项目', '预约人', '补贴对象类别', '订单金额（元）', '补贴金额（元）', '居民应付（元）'] as const

const PAGE = 500

/** The provider's settled subsidised orders of the month, read with the reader's own access (names masked as they see them). */
async function statementOrders(req: PayloadRequest, providerId: string, month: string): Promise<LifeOrder[]> {
  const { start, end } = monthInstants(month)
  const where: Where = {
    and: [{ provider: { equals: providerId } }, { status: { in: SETTLED_STATUSES } }, { confirmedAt: { greater_than_equal: start } }, { confirmedAt: { less_than: end } }, { 'subsidy.amount': { greater_than: 0 } }],
  }
  const orders: LifeOrder[] = []
  for (let page = 1; ; page += 1) {
    const result = await req.payload.find({ collection: LIFE_ORDERS, where, sort: 'confirmedAt', limit: PAGE, page, depth: 0, user: req.user as TypedUser, overrideAccess: false, req })
    orders.push(...(result.docs as LifeOrder[]))
    if (!result.hasNextPage) return orders
  }
}

const money = (value: number): string => value.toFixed(2)

/**
 * A provider's statement for a month as an Excel file: one row per order
 * (customers' names as the reader sees them: masked unless they may see
 * full values), then the totals the database added up. Every statement
 * downloaded is in the audit log.
 */
export async function settlementStatement(req: PayloadRequest, providerId: string, monthInput?: null | string): Promise<{ body: Buffer; fileName: string }> {
  const scope = lifeManagerScope(req.user, '补贴结算')
  const month = settlementMonth(monthInput)
  const provider = (await req.payload.findByID({ collection: 'providers', id: providerId, depth: 0, select: { name: true }, overrideAccess: true, disableErrors: true, req })) as null | Pick<Provider, 'id' | 'name'>
  if (!provider) throw new RequestError('NOT_FOUND', '没有这家企业', 404)
  const [orders, [totals]] = await Promise.all([statementOrders(req, providerId, month), lifeOrderTotals(req.payload, { ...settledIn(month, scope), provider: providerId }, 'provider')])
  const rows = orders.map((order) => [
    order.number,
    order.date,
    order.itemName,
    order.customer.name,
    order.subsidy?.register ? subsidyRegisterLabel(order.subsidy.register as SubsidyRegister) : '',
    money(order.amount ?? 0),
    money(order.subsidy?.amount ?? 0),
    money(order.payable ?? 0),
  ])
  const sum = totals ?? { orders: 0, amount: 0, subsidy: 0, payable: 0 }
  const table = [[`${provider.name} ${month} 生活服务补贴结算单`], [...STATEMENT_TITLES], ...rows, [`合计（${sum.orders}单）`, '', '', '', '', money(sum.amount), money(sum.subsidy), money(sum.payable)]]
  await writeAudit(req, {
    action: 'export',
    targetCollection: LIFE_ORDERS,
    summary: `导出补贴结算单：${provider.name} ${month}（${rows.length} 单）`,
    detail: `加盟企业 ${relationId(provider.id)}`,
    scope: parseDivisionCode(userDivision(req.user)!.code).path,
  })
  return { body: await spreadsheetFile('xlsx', table), fileName: `settlement-${month}-${provider.id}.xlsx` }
}
