import { ONLINE_DEPTH_LABELS } from '../../collections/Services/options'
import type { SnapshotServiceSummary } from './catalogue'

/**
 * The key facts of a guide in plain words. One wording everywhere: the
 * guide's key-facts box, service lists, search results and search filters.
 */

export const timeLimitText = (service: Pick<SnapshotServiceSummary, 'caseType' | 'promisedDays'>): string =>
  service.caseType === 'immediate' || service.promisedDays === 0
    ? '当场办结'
    : `${service.promisedDays}个工作日内办结`

export const visitsText = (visits: number): string => (visits === 0 ? '不用跑腿' : `最多跑${visits}次`)

export const feeText = (charged: boolean): string => (charged ? '收费' : '不收费')

export const onlineText = (depth: SnapshotServiceSummary['onlineDepth']): string => ONLINE_DEPTH_LABELS[depth].zh

/** Whether the resident can start the service on this portal, in words. */
export const canApplyOnlineText = (service: Pick<SnapshotServiceSummary, 'kind' | 'onlineDepth'>): string => {
  if (service.kind === 'online') return service.onlineDepth === 'full' ? '可以，全程网上办理' : '可以，网上申请'
  if (service.kind === 'info') return '不需要申请，查看办理信息即可'
  return '不可以，需到窗口办理'
}
