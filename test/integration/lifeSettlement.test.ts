import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'

import { chinaDate } from '../../collections/CalendarDays/workingDays'
import { monthlySettlement } from '../../collections/lifeServices/settlement/compute'
import { callEndpoint, refused } from '../helpers/endpoints'
import { lifeOrder } from '../helpers/lifeOrders'
import { useTestPayload } from '../helpers/payload'
import { signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const month = chinaDate().slice(0, 7)

describe('the monthly subsidy settlement', () => {
  it('adds up the subsidised orders residents confirmed this month, per provider and in the reader’s division, with each provider’s statement', async () => {
    const cleaning = { account: 'provider-haobangshou' }
    const subsidised = await lifeOrder(payload, { ...cleaning, end: 'confirmed', amount: 120, subsidy: { register: 'elderly60', amount: 60 }, itemName: '=HYPERLINK("http://example.test")' })
    await lifeOrder(payload, { ...cleaning, end: 'rated', amount: 80, subsidy: { register: 'lowIncome', amount: 24 } })
    await lifeOrder(payload, { ...cleaning, end: 'confirmed', amount: 80 })
    await lifeOrder(payload, { ...cleaning, end: 'cancelled', amount: 80, subsidy: { register: 'elderly60', amount: 40 } })
    await lifeOrder(payload, { ...cleaning, end: 'done', amount: 90, subsidy: { register: 'elderly60', amount: 45 } })
    await lifeOrder(payload, { account: 'provider-xiyanghong', end: 'rated', amount: 60, subsidy: { register: 'elderly80', amount: 30.5 } })
    // In another street: the city sees it, 林 street's staff do not.
    await lifeOrder(payload, { account: 'provider-anju', end: 'confirmed', amount: 50, subsidy: { register: 'disabled', amount: 15 }, community: '410105002001' })

    const city = await monthlySettlement(payload, await signedIn(payload, 'life-city'), month)
    const byName = Object.fromEntries(city.rows.map(({ amount, name, orders, payable, subsidy }) => [name, { orders, amount, subsidy, payable }]))
    expect(byName).toEqual({
      郑州金水好帮手家政服务有限公司: { orders: 2, amount: 200, subsidy: 84, payable: 116 },
      郑州夕阳红养老服务中心: { orders: 1, amount: 60, subsidy: 30.5, payable: 29.5 },
      郑州安居便民维修服务有限公司: { orders: 1, amount: 50, subsidy: 15, payable: 35 },
    })
    expect(city.total).toEqual({ orders: 4, amount: 310, subsidy: 129.5, payable: 180.5 })

    const street = await monthlySettlement(payload, await signedIn(payload, 'life-street'), month)
    expect(street.rows.map((row) => row.name).sort()).toEqual(['郑州夕阳红养老服务中心', '郑州金水好帮手家政服务有限公司'].sort())
    expect(street.total).toEqual({ orders: 3, amount: 260, subsidy: 114.5, payable: 145.5 })
    expect((await monthlySettlement(payload, await signedIn(payload, 'life-city'), '2020-01')).rows).toEqual([])

    const response = await callEndpoint(payload, { path: '/life/settlement/:provider/statement', params: { provider: String(subsidised.provider) }, method: 'get', username: 'life-city', query: { month } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const [sheet] = await readXlsxFile(Buffer.from(await response.arrayBuffer()))
    const rows = sheet!.data.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))
    expect(rows[1]).toEqual(['订单编号', '上门日期', '服务项目', '预约人', '补贴对象类别', '订单金额（元）', '补贴金额（元）', '居民应付（元）'])
    expect(rows.slice(2, -1).map((row) => row.slice(4))).toEqual([
      ['60周岁及以上老年人', '120.00', '60.00', '60.00'],
      ['低保对象', '80.00', '24.00', '56.00'],
    ])
    expect(rows[2]![2]).toBe('\'=HYPERLINK("http://example.test")')
    expect(rows[2]![3]).not.toBe('张秀兰')
    expect(rows.at(-1)).toEqual(['合计（2单）', '', '', '', '', '200.00', '84.00', '116.00'])
    const { docs: audit } = await payload.find({ collection: 'audit-log', where: { summary: { contains: '补贴结算单' } }, depth: 0, overrideAccess: true })
    expect(audit).toHaveLength(1)

    expect((await refused(callEndpoint(payload, { path: '/life/settlement', method: 'get', username: 'agent-community', query: { month } }))).status).toBe(403)
    expect((await refused(callEndpoint(payload, { path: '/life/settlement', method: 'get', username: 'life-city', query: { month: '2026-13' } }))).status).toBe(422)
  })
})
