import readXlsxFile from 'read-excel-file/node'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { backfillAnalysisCounters } from '../../collections/Tickets/analysis/backfill'
import { demandAnalysis } from '../../collections/Tickets/analysis/compute'
import { precomputeRepeats } from '../../collections/Tickets/analysis/repeats'
import { callEndpoint, refused } from '../helpers/endpoints'
import { useTestPayload } from '../helpers/payload'
import { createTicket } from '../helpers/tickets'
import { divisionId, signedIn } from '../helpers/users'

const payload = useTestPayload({ seeded: true })

afterEach(() => {
  vi.useRealTimers()
})

/** Months far from the seeded orders, so the figures are only this file's. */
const PERIOD = { from: '2030-03-01', to: '2030-04-30' }
const REPEAT_PHONE = '13900002222'
/** Three phrasings of one problem, which group together. */
const RUBBISH = ['小区垃圾好几天没人清运', '垃圾清运不及时，臭味很大', '楼下垃圾桶满了没人清运']

const topicId = async (code: string) => (await payload.find({ collection: 'topics', where: { code: { equals: code } }, depth: 0, limit: 1 })).docs[0]!.id
const at = (instant: string) => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(instant))
}
const analysisFor = async (username: string) => demandAnalysis(payload, await signedIn(payload, username), PERIOD)
const countOf = (items: { count: number; label: string }[], label: string) => items.find((item) => item.label === label)?.count ?? 0

let corrected = ''

beforeAll(async () => {
  const [housing, health] = [await topicId('0101'), await topicId('0102')]
  at('2030-01-10T10:00:00+08:00')
  await createTicket(payload, { topic: housing })
  at('2030-03-15T10:00:00+08:00')
  const addresses = ['纬五路21号院3号楼', '纬五路 21号院 3号楼', '纬五路２１号院３号楼']
  for (const address of addresses) {
    const order = await createTicket(payload, { topic: housing, caller: { name: '李先生', phone: REPEAT_PHONE }, location: { address } })
    corrected ||= order.id
  }
  await createTicket(payload, { topic: health, divisionCode: '410105002001' }, 'agent-district')
  at('2030-04-10T10:00:00+08:00')
  await createTicket(payload, { topic: housing, kind: 'consultation' })
})

describe('诉求分析', () => {
  it('counts a small known set by month, kind, topic and street, against the previous period', async () => {
    const analysis = await analysisFor('agent-district')
    expect(analysis).toMatchObject({ period: { from: '2030-03', to: '2030-04' }, previous: { from: '2030-01', to: '2030-02' }, scopeName: '金水区', total: 5, previousTotal: 1 })
    expect(analysis.byMonth).toEqual([
      { key: '2030-03', label: '2030-03', count: 4, previous: 1 },
      { key: '2030-04', label: '2030-04', count: 1, previous: 0 },
    ])
    expect(analysis.byKind.map((kind) => [kind.label, kind.count, kind.previous])).toEqual([
      ['投诉', 4, 1],
      ['咨询', 1, 0],
    ])
    expect(analysis.byTopic.map((topic) => [topic.count, topic.previous])).toEqual([
      [4, 1],
      [1, 0],
    ])
    expect(countOf(analysis.byDivision.items, '经八路街道')).toBe(4)
    expect(countOf(analysis.byDivision.items, '花园路街道')).toBe(1)
    expect(analysis.byDivision.levelLabel).toBe('街道')
  })

  it('finds the repeated caller and address, masked only', async () => {
    const analysis = await analysisFor('agent-district')
    expect(analysis.callers).toEqual({ count: 1, top: [{ label: '139****2222', count: 3 }] })
    expect(analysis.addresses).toEqual({ count: 1, top: [{ label: '纬五路****', count: 3 }] })
    const page = JSON.stringify(analysis)
    expect(page).not.toContain(REPEAT_PHONE)
    expect(page).not.toContain('21号院')
  })

  it('moves the counts when an order’s topic and division are corrected', async () => {
    const health = await topicId('0102')
    await payload.update({
      collection: 'tickets',
      id: corrected,
      data: { topic: health, division: await divisionId(payload, '410105002001') },
      user: await signedIn(payload, 'agent-district'),
      overrideAccess: false,
    })
    const analysis = await analysisFor('agent-district')
    expect(analysis.total).toBe(5)
    expect(analysis.byTopic.map((topic) => topic.count)).toEqual([3, 2])
    expect(countOf(analysis.byDivision.items, '经八路街道')).toBe(3)
    expect(countOf(analysis.byDivision.items, '花园路街道')).toBe(2)
    // The caller still called three times in the district, and the moved order still counts under their number.
    expect(analysis.callers).toEqual({ count: 1, top: [{ label: '139****2222', count: 3 }] })
  })

  it('shows a street agent only their street, down to its communities', async () => {
    const analysis = await analysisFor('agent-street')
    expect(analysis).toMatchObject({ scopeName: '经八路街道', total: 3, previousTotal: 1 })
    expect(analysis.byDivision.levelLabel).toBe('社区')
    expect(analysis.byDivision.items.map((item) => [item.label, item.count])).toEqual([['纬五路社区', 3]])
    // Two of the caller's three orders are in this street now.
    expect(analysis.callers.count).toBe(0)
  })

  it('counts the stored orders afresh from empty counters (the backfill after upgrading)', async () => {
    const before = await analysisFor('agent-district')
    await payload.db.deleteMany({ collection: 'ticket-analysis-counters', where: { id: { exists: true } } })
    expect((await analysisFor('agent-district')).total).toBe(0)
    const { totalDocs } = await payload.count({ collection: 'tickets' })
    expect(await backfillAnalysisCounters(payload)).toBe(totalDocs)
    expect(await analysisFor('agent-district')).toEqual(before)
  })

  it('exports the page as Excel for the desk, with this month’s lists of similar demands, and refuses others', async () => {
    // One group of this month's demands (the other orders here are in 2030): fastest grown and the month's top, as on the page.
    for (const summary of RUBBISH) await createTicket(payload, { summary, content: `${summary}。` })
    const response = await callEndpoint(payload, { collection: 'ticket-analysis-counters', path: '/export', method: 'get', username: 'agent-district', query: PERIOD })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const [sheet] = await readXlsxFile(Buffer.from(await response.arrayBuffer()))
    const cells = sheet!.data.flat().map(String)
    expect(cells).toContain('诉求分析')
    expect(cells).toContain('金水区')
    expect(cells).toContain('139****2222')
    expect(cells).toContain('上升 400.0%')
    expect(cells.join(' ')).not.toContain(REPEAT_PHONE)
    const rows = sheet!.data.map((row) => row.filter((cell) => cell !== null).map(String))
    /** A list's rows under its caption, down to the blank row after it. */
    const listed = (caption: string) => {
      const below = rows.slice(rows.findIndex((row) => row[0] === caption) + 1)
      const end = below.findIndex((row) => !row.length)
      return end < 0 ? below : below.slice(0, end)
    }
    const growing = listed('本月比上月增长最快的分组')
    expect(growing[0]).toEqual(['诉求分组', '本月（件）', '上月（件）'])
    expect(growing).toContainEqual([RUBBISH[0], '3', '0'])
    // Only this month's demands count here: the 2030 orders' group is not on it.
    expect(listed('本月诉求最多的分组（每月一题）')).toEqual([['诉求分组', '本月（件）'], [RUBBISH[0], '3']])
    expect(await refused(callEndpoint(payload, { collection: 'ticket-analysis-counters', path: '/export', method: 'get', username: 'reviewer-district', query: PERIOD }))).toMatchObject({ status: 403, code: 'FORBIDDEN' })
  })

  it('uses last night’s repeats for the default twelve months, says when they were counted, and counts anything else live', async () => {
    at('2030-04-20T02:45:00+08:00')
    // Every division counted ahead, however small (the nightly run takes only those with more than 500 candidates).
    expect(await precomputeRepeats(payload, { above: 0 })).toBeGreaterThan(0)
    at('2030-04-20T10:00:00+08:00')
    await createTicket(payload, { caller: { name: '李先生', phone: REPEAT_PHONE } })
    const district = await signedIn(payload, 'agent-district')
    const ahead = await demandAnalysis(payload, district)
    expect(ahead.period).toEqual({ from: '2029-04', to: '2030-04' })
    expect(ahead.repeatsAsOf).toBe(new Date('2030-04-20T02:45:00+08:00').toISOString())
    expect(countOf(ahead.callers.top, '139****2222')).toBe(3)
    // Another period, or a snapshot a night's run did not renew, is counted now, with the order made since.
    const live = await demandAnalysis(payload, district, { from: '2029-06-01', to: '2030-04-20' })
    expect(live.repeatsAsOf).toBeNull()
    expect(countOf(live.callers.top, '139****2222')).toBe(4)
    at('2030-04-22T10:00:00+08:00')
    const stale = await demandAnalysis(payload, district, { from: '2029-04-23', to: '2030-04-22' })
    expect(stale.period).toEqual(ahead.period)
    expect(stale.repeatsAsOf).toBeNull()
    expect(countOf(stale.callers.top, '139****2222')).toBe(4)
  })
})
