import type { AdminViewServerProps } from 'payload'

import { first } from '../../../cms/components/statistics/RangeForm'
import { statisticsPage } from '../../../cms/components/statistics/StatisticsPage'
import type { StaffUser } from '../../access'
import { RequestError } from '../../errors'
import { canSettle, monthlySettlement, type Settlement } from './compute'
import { SETTLEMENT_PATH, statementPath } from './index'

const TITLE = '补贴结算'

const money = (value: number): string => value.toFixed(2)

/** The month asked for, or this month when it is not a month. */
async function settlementFor(props: AdminViewServerProps, payload: Parameters<typeof monthlySettlement>[0], viewer: StaffUser): Promise<Settlement> {
  try {
    return await monthlySettlement(payload, viewer, first(props.searchParams?.month))
  } catch (error) {
    if (error instanceof RequestError && error.status === 422) return monthlySettlement(payload, viewer)
    throw error
  }
}

/**
 * 补贴结算 in the admin (/admin/life/settlement?month=YYYY-MM): per
 * provider, the subsidised orders residents confirmed in the month, with
 * the order amounts, subsidies and residents' payments, and each provider's
 * statement as an Excel file.
 */
export async function SettlementView(props: AdminViewServerProps) {
  const { frame, payload, user } = statisticsPage(props, { path: SETTLEMENT_PATH, title: TITLE })
  const viewer = user as StaffUser
  if (!canSettle(viewer)) {
    return frame(
      <>
        <h1>{TITLE}</h1>
        <p>只有生活服务监管人员和系统管理员可以查看补贴结算。</p>
      </>,
    )
  }
  const { month, rows, total } = await settlementFor(props, payload, viewer)
  return frame(
    <>
      <header className="app-statistics__header">
        <h1>{TITLE}</h1>
        <p>按居民确认完成（或评价）的月份结算享受补贴的订单；已取消和未完成的订单不计入。</p>
      </header>
      <form method="get" className="app-statistics__range" aria-label="结算月份">
        <div>
          <label htmlFor="settlement-month">结算月份</label>
          <input id="settlement-month" name="month" type="month" defaultValue={month} required />
        </div>
        <button type="submit" className="btn btn--style-primary btn--size-medium">
          查看
        </button>
      </form>
      {rows.length === 0 ? (
        <p>{month} 没有需要结算补贴的订单。</p>
      ) : (
        <div className="app-statistics__data">
        <table>
          <caption>{month} 各加盟企业补贴结算（共 {total.orders} 单）</caption>
          <thead>
            <tr>
              <th scope="col">加盟企业</th>
              <th scope="col" className="app-statistics__number">订单数</th>
              <th scope="col" className="app-statistics__number">订单金额（元）</th>
              <th scope="col" className="app-statistics__number">补贴合计（元）</th>
              <th scope="col" className="app-statistics__number">居民支付（元）</th>
              <th scope="col">结算单</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.provider}>
                <th scope="row">{row.name}</th>
                <td className="app-statistics__number">{row.orders}</td>
                <td className="app-statistics__number">{money(row.amount)}</td>
                <td className="app-statistics__number">{money(row.subsidy)}</td>
                <td className="app-statistics__number">{money(row.payable)}</td>
                <td>
                  <a href={statementPath(row.provider, month)} download>
                    下载{row.name}的结算单（Excel）
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">合计</th>
              <td className="app-statistics__number">{total.orders}</td>
              <td className="app-statistics__number">{money(total.amount)}</td>
              <td className="app-statistics__number">{money(total.subsidy)}</td>
              <td className="app-statistics__number">{money(total.payable)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
        </div>
      )}
    </>,
  )
}
