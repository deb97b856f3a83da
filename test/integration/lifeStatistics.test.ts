import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'

import { chinaDate, shiftDays } from '../../collections/CalendarDays/workingDays'
import { type LifeFigures, lifeStatistics, type LifeStatisticsRow } from '../../collections/lifeServices/statistics/compute'
import { callEndpoint, refused } from '../helpers/endpoints'
import { lifeOrder } from '../helpers/lifeOrders'
import { useTestPayload } from '../helpers/payload'
import { signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

const today = chinaDate()
const range = { from: today, to: today }

/** The counted parts of a breakdown, added up: each must equal the total's. */
const COUNTED = ['orders', 'acceptedOnTime', 'done', 'doneOnTime', 'complaints', 'rated', 'satisfied', 'subsidies'] as const
const sums = (rows: LifeStatisticsRow[]) => Object.fromEntries(COUNTED.map((key) => [key, rows.reduce((sum, row) => sum + row[key], 0)]))
const counted = (figures: LifeFigures) => Object.fromEntries(COUNTED.map((key) => [key, figures[key]]))

describe('life-service statistics', () => {
  it('counts a small known set of orders per category, provider and division, every part adding up to the total', async () => {
    const tomorrow = shiftDays(today, 1)
    const clean = { account: 'provider-haobangshou', date: tomorrow }
    await lifeOrder(payload, { ...clean, end: 'rated', level: '5', amount: 80, subsidy: { register: 'elderly60', amount: 40 } })
    const complained = await lifeOrder(payload, { ...clean, end: 'rated', level: '3', amount: 80 })
    // Booked for yesterday: done after its period ended.
    await lifeOrder(payload, { ...clean, end: 'done', amount: 80, date: shiftDays(today, -1) })
    // Cancelled while waiting: never offered, so with no provider.
    await lifeOrder(payload, { ...clean, end: 'cancelled', amount: 80 })
    const care = await lifeOrder(payload, { account: 'provider-xiyanghong', date: tomorrow, end: 'confirmed', amount: 60, subsidy: { register: 'elderly80', amount: 30 } })
    // In another street of the district.
    await lifeOrder(payload, { account: 'provider-anju', date: tomorrow, end: 'rated', level: '4', amount: 50, community: '410105002001' })
    for (const order of [complained, care]) await payload.create({ collection: 'life-complaints', data: { order: order.id, content: '服务不满意' } as never, depth: 0 })

    const city = await lifeStatistics(payload, await signedIn(payload, 'life-city'), range)
    expect(city.total).toEqual({
      orders: 6,
      acceptedOnTime: 5,
      acceptedOnTimeRate: 5 / 6,
      done: 5,
      doneOnTime: 4,
      doneOnTimeRate: 4 / 5,
      complaints: 2,
      complaintRate: 2 / 5,
      rated: 3,
      satisfied: 2,
      satisfactionRate: 2 / 3,
      averageLevel: 4,
      subsidies: 2,
      subsidyTotal: 70,
    })
    for (const rows of [city.byCategory, city.byProvider, city.byDivision.rows]) expect(sums(rows)).toEqual(counted(city.total))
    const total = (rows: LifeStatisticsRow[]) => Math.round(rows.reduce((sum, row) => sum + row.subsidyTotal * 100, 0)) / 100
    expect([total(city.byCategory), total(city.byProvider), total(city.byDivision.rows)]).toEqual([70, 70, 70])

    const byLabel = (rows: LifeStatisticsRow[]) => Object.fromEntries(rows.filter((row) => row.orders > 0).map((row) => [row.label, row.orders]))
    expect(byLabel(city.byProvider)).toEqual({ 郑州金水好帮手家政服务有限公司: 3, 郑州夕阳红养老服务中心: 1, 郑州安居便民维修服务有限公司: 1, '（尚无承接企业）': 1 })
    expect(byLabel(city.byDivision.rows)).toEqual({ 金水区: 6 })
    const cleaning = city.byCategory.find((row) => row.orders === 4)!
    expect(cleaning).toMatchObject({ done: 3, doneOnTime: 2, complaints: 1, rated: 2, satisfied: 1, averageLevel: 4, subsidies: 1, subsidyTotal: 40 })

    const street = await lifeStatistics(payload, await signedIn(payload, 'life-street'), range)
    expect(street.total).toMatchObject({ orders: 5, complaints: 2, rated: 2, subsidies: 2 })
    expect(sums(street.byDivision.rows)).toEqual(counted(street.total))

    const response = await callEndpoint(payload, { path: '/life/statistics/export', method: 'get', username: 'life-city', query: range })
    expect(response.status).toBe(200)
    const [sheet] = await readXlsxFile(Buffer.from(await response.arrayBuffer()))
    const rows = sheet!.data.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))
    expect(rows.filter((row) => row[0] === '合计')).toHaveLength(3)
    expect(rows.find((row) => row[0] === '合计')!.slice(1, 4)).toEqual(['6', '5', '83.3%'])
    expect((await refused(callEndpoint(payload, { path: '/life/statistics/export', method: 'get', username: 'agent-community', query: range }))).status).toBe(403)
  })
})
