import type { Payload, Where } from 'payload'

import { type StaffUser, userDivision } from '../../access'
import type { AuditAction } from '../../AuditLog/actions'
import { chinaDate } from '../../CalendarDays/workingDays'
import { DIVISION_LEVEL_LABELS, type DivisionLevel, parseDivisionCode } from '../../Divisions/code'
import { RequestError } from '../../errors'
import { divisionGroups, mapLimit, nameOf, pathWhere } from '../../statistics/shared'
import { isCommunityStaff } from '../access'

/**
 * 网络信息内容生态治理规定's yearly account of the boards: the reports
 * received and how they were handled and how fast, the posts taken down or
 * held, the members muted or blacklisted — for the viewer's division and
 * each division one level below. Counted from the reports and the
 * append-only audit log, so a figure never changes after the fact.
 */

export type GovernanceFigures = {
  reportsReceived: number
  reportsHandled: number
  reportsUpheld: number
  reportsDismissed: number
  /** Hours from a report to its handling, over the year's handled reports; null with none. */
  medianResponseHours: null | number
  p90ResponseHours: null | number
  postsHidden: number
  postsRejected: number
  postsHeld: number
  membersMuted: number
  membersBlacklisted: number
}
export type GovernanceRow = GovernanceFigures & { key: string; label: string }
export type Governance = { year: number; scopeName: string; total: GovernanceFigures; byDivision: { levelLabel: string; rows: GovernanceRow[] } }

/** The figures' columns, as the page and the Excel file title them. */
export const GOVERNANCE_TITLES = ['收到举报', '已处理', '举报属实', '未违规', '处理用时中位数（小时）', '90%举报处理用时（小时）', '屏蔽帖子', '不予通过', '暂停显示待复核', '禁言人次', '列入黑名单人次'] as const

const hours = (value: null | number): string => (value === null ? '—' : value.toFixed(1))

export const governanceCells = (figures: GovernanceFigures): string[] => [
  String(figures.reportsReceived),
  String(figures.reportsHandled),
  String(figures.reportsUpheld),
  String(figures.reportsDismissed),
  hours(figures.medianResponseHours),
  hours(figures.p90ResponseHours),
  String(figures.postsHidden),
  String(figures.postsRejected),
  String(figures.postsHeld),
  String(figures.membersMuted),
  String(figures.membersBlacklisted),
]

/** The audit actions each step's figure counts. */
const COUNTED_STEPS = {
  postsHidden: 'post-hide',
  postsRejected: 'post-reject',
  postsHeld: 'post-hold',
  membersMuted: 'member-mute',
  membersBlacklisted: 'member-blacklist',
} as const satisfies Partial<Record<keyof GovernanceFigures, AuditAction>>

const HOUR_MS = 3_600_000
const COUNTS_AT_ONCE = 4

/** The value below which `share` of the sorted values lie (nearest rank); null for none. */
export function percentile(sorted: number[], share: number): null | number {
  if (!sorted.length) return null
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!
}

/** The year asked for, this year (Beijing time) by default; 400 for anything but a year the platform could have data for. */
export function governanceYear(input: null | string | undefined, today = chinaDate()): number {
  if (!input) return Number(today.slice(0, 4))
  const year = Number(input)
  if (!/^\d{4}$/.test(input) || year < 2020 || year > Number(today.slice(0, 4))) throw new RequestError('INVALID_YEAR', '年份应为2020年到今年之间的四位数字', 400)
  return year
}

/** The year's bounds in Beijing time, as instants. */
const yearBounds = (year: number): Where[] => [
  { createdAt: { greater_than_equal: new Date(`${year}-01-01T00:00:00+08:00`).toISOString() } },
  { createdAt: { less_than: new Date(`${year + 1}-01-01T00:00:00+08:00`).toISOString() } },
]

async function figuresFor(payload: Payload, place: Where[], year: number): Promise<GovernanceFigures> {
  const { docs: reports } = await payload.find({ collection: 'board-reports', where: { and: [...place, ...yearBounds(year)] }, depth: 0, pagination: false, limit: 0, select: { status: true, createdAt: true, handledAt: true }, overrideAccess: true })
  const handled = reports.filter((each) => each.status !== 'pending' && each.handledAt)
  const waits = handled.map((each) => (Date.parse(each.handledAt!) - Date.parse(each.createdAt)) / HOUR_MS).sort((a, b) => a - b)
  const steps = await Promise.all(
    Object.entries(COUNTED_STEPS).map(async ([figure, action]) => {
      const { totalDocs } = await payload.count({ collection: 'audit-log', where: { and: [...place, ...yearBounds(year), { action: { equals: action } }] }, overrideAccess: true })
      return [figure, totalDocs] as const
    }),
  )
  return {
    reportsReceived: reports.length,
    reportsHandled: handled.length,
    reportsUpheld: handled.filter((each) => each.status === 'upheld').length,
    reportsDismissed: handled.filter((each) => each.status === 'dismissed').length,
    medianResponseHours: percentile(waits, 0.5),
    p90ResponseHours: percentile(waits, 0.9),
    ...(Object.fromEntries(steps) as Record<keyof typeof COUNTED_STEPS, number>),
  }
}

/** Whether the viewer may see the figures: community staff (and administrators) with a division. */
export const seesGovernance = (user: null | StaffUser | undefined): boolean => isCommunityStaff(user) && userDivision(user) !== null

/** The year's figures for the viewer's division, and for each division one level below it. */
export async function governanceFigures(payload: Payload, user: null | StaffUser | undefined, yearInput?: null | string): Promise<Governance> {
  if (!seesGovernance(user)) throw new RequestError('FORBIDDEN', '只有社区工作者和系统管理员可以查看社区论坛治理情况', 403)
  const own = userDivision(user)!
  const year = governanceYear(yearInput)
  const [groups, scopeName] = await Promise.all([divisionGroups(payload, own), nameOf(payload, own.code)])
  const [total, rows] = await Promise.all([
    figuresFor(payload, pathWhere(parseDivisionCode(own.code).path), year),
    mapLimit(groups.divisions, COUNTS_AT_ONCE, async (division) => ({ key: division.code, label: division.name, ...(await figuresFor(payload, pathWhere(parseDivisionCode(division.code).path), year)) })),
  ])
  return { year, scopeName: scopeName ?? own.code, total, byDivision: { levelLabel: DIVISION_LEVEL_LABELS[groups.level as DivisionLevel].zh, rows } }
}

/** The figures as one sheet: a heading, the rows per division, the total. */
export function governanceSheet(governance: Governance): string[][] {
  return [
    [`社区论坛治理情况：${governance.scopeName}，${governance.year}年`],
    [governance.byDivision.levelLabel, ...GOVERNANCE_TITLES],
    ...governance.byDivision.rows.map((row) => [row.label, ...governanceCells(row)]),
    ['合计', ...governanceCells(governance.total)],
  ]
}
