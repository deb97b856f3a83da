import { ONLINE_DEPTH_LABELS } from '../../collections/Services/options'
import type { SnapshotService, SnapshotServiceSummary } from './catalogue'

/**
 * The key facts of a guide in plain words. One wording everywhere: the
 * guide's key-facts box, service lists, search results and search filters.
 */

/** When the resident gets the result, from the guide's model (never from its prose). */
export const timeLimitText = (service: Pick<SnapshotServiceSummary, 'kind' | 'outcome' | 'promisedDays'>): string => {
  if (service.kind === 'info') return '不用申请，随时查看'
  if (service.outcome === 'instant') return '网上当场出结果'
  if (service.outcome === 'counter') return '材料齐全的，到窗口当场办结'
  return `审核后${service.promisedDays}个工作日内办结`
}

/** 即办件 and 承诺件 in plain words, as the national guide conventions write them. */
export const caseTypeText = (service: Pick<SnapshotServiceSummary, 'caseType' | 'promisedDays'>): string =>
  service.caseType === 'immediate'
    ? '即办件：材料齐全的，当场办结'
    : `承诺件：自受理之日起${service.promisedDays}个工作日内办结`

/** The statutory limit: a number of working days, or that the law sets none. */
export const legalLimitText = (service: Pick<SnapshotService, 'legalDays' | 'noStatutoryLimit'>): string => {
  if (service.noStatutoryLimit || service.legalDays === null) return '法律未规定办结时限'
  return service.legalDays === 0 ? '法律规定当场办结' : `法定办结时限${service.legalDays}个工作日`
}

export const visitsText = (visits: number): string => (visits === 0 ? '不用跑腿' : `最多跑${visits}次`)

export const feeText = (charged: boolean): string => (charged ? '收费' : '不收费')

export const onlineText = (depth: SnapshotServiceSummary['onlineDepth']): string => ONLINE_DEPTH_LABELS[depth].zh

/** Whether the resident can start the service on this portal, in words. */
export const canApplyOnlineText = (service: Pick<SnapshotService, 'kind' | 'link' | 'onlineDepth'>): string => {
  if (service.kind === 'online') return service.onlineDepth === 'full' ? '可以，全程网上办理' : '可以，网上申请'
  if (service.kind === 'elsewhere') return `可以，在“${service.link?.label ?? '其他系统'}”办理，不在本平台`
  if (service.kind === 'info') return '不需要申请，查看办理信息即可'
  return '不可以，需到窗口办理'
}
