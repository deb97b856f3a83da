import type { Payload, Where } from 'payload'

import { hasRole, type StaffUser } from '../../access'
import { monthStart } from '../../DemandGroups/grouping'
import { rankedGroups } from '../../DemandGroups/ranking'
import { DEMAND_ROLES, districtWideWhere } from '../../Demands/access'

/** Groups shown in each list of similar demands. */
const GROUPS_SHOWN = 10

/** A group in a list: its title, this month's demands, and last month's where the list compares. */
export type RankedGroup = { count: number; id: string; previous?: number; title: string }

/** One list of groups with its caption, and what to say when it is empty. */
export type GroupList = { caption: string; empty: string; groups: RankedGroup[] }

/**
 * The lists of similar demands (诉求登记与分组) in 诉求分析, for the page and
 * its Excel file alike: the groups that grew fastest this month on last, and
 * this month's top list (每月一题). Null for a viewer who may not read groups.
 */
export async function groupRankings(payload: Payload, viewer: null | StaffUser): Promise<GroupList[] | null> {
  const reach = hasRole(viewer, ...DEMAND_ROLES) ? districtWideWhere(viewer) : false
  if (!reach) return null
  // This month's figures as the groups keep them: one indexed read each, whatever the month's volume. A group
  // last seen this month was recounted when that demand joined, so its figures are this month's.
  const now = new Date()
  const seenThisMonth: Where = { and: [reach, { lastSeenAt: { greater_than_equal: monthStart(now).toISOString() } }, { lastSeenAt: { less_than: monthStart(now, 1).toISOString() } }] }
  const [growing, top] = await Promise.all([rankedGroups(payload, seenThisMonth, 'growth', GROUPS_SHOWN), rankedGroups(payload, seenThisMonth, 'thisMonth', GROUPS_SHOWN)])
  return [
    {
      caption: '本月比上月增长最快的分组',
      empty: '本月没有比上月增长的分组。',
      groups: growing
        .filter((group) => (group.growth ?? 0) > 0)
        .map((group) => ({ id: group.id, title: group.title, count: group.monthCount ?? 0, previous: group.previousMonthCount ?? 0 })),
    },
    {
      caption: '本月诉求最多的分组（每月一题）',
      empty: '本月还没有诉求。',
      groups: top.map((group) => ({ id: group.id, title: group.title, count: group.monthCount ?? 0 })),
    },
  ]
}

/** Whether a list shows last month's counts beside this month's. */
export const comparesMonths = (groups: RankedGroup[]): boolean => groups.some((group) => group.previous !== undefined)
