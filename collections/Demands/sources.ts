/**
 * Where demands come from, and what each kind is called. Pure data: a new
 * channel (a forum's proposals, say) adds a source here, its collection to
 * DEMAND_CASE_COLLECTIONS and a hook that calls `registerDemand`.
 */

/** The cases a demand links back to. */
export const DEMAND_CASE_COLLECTIONS = ['tickets', 'guide-corrections', 'applications', 'guide-comments', 'life-orders', 'board-threads'] as const
export type DemandCaseCollection = (typeof DEMAND_CASE_COLLECTIONS)[number]

/** The channels a demand was raised through. */
export const DEMAND_SOURCE_LABELS = {
  hotline: '热线工单',
  web: '网上12345',
  guideCorrection: '指南纠错',
  badRating: '差评意见',
  // What a resident said was missing when answering 没有帮助 on a guide page (its kind is 差评).
  guideComment: '指南意见',
  // A resident's post or proposal on a community board that staff registered (or turned into a work order).
  board: '社区论坛',
} as const
export type DemandSource = keyof typeof DEMAND_SOURCE_LABELS

/** What a demand asks for. Consultations are questions answered on the spot, not demands, so they are not registered. */
export const DEMAND_KIND_LABELS = {
  suggestion: '建议',
  complaint: '投诉',
  helpRequest: '求助',
  correction: '纠错',
  badRating: '差评',
} as const
export type DemandKind = keyof typeof DEMAND_KIND_LABELS

/** Who put a demand in its group: the grouping, or a staff member (merge, split), whose choice the nightly run keeps. */
export const GROUPED_BY_LABELS = { auto: '自动归类', staff: '人工调整' } as const
export type GroupedBy = keyof typeof GROUPED_BY_LABELS
