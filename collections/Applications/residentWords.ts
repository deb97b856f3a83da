import { BAD_RATING_MAX, FOLLOW_UP_WORKING_DAYS } from '../casework/satisfaction'
import type { HandlingDivision } from '../Services/options'

/**
 * What a resident reads about their application, in one place for the
 * portal's scripts and for the pages the server answers a plain form post
 * with, so both say the same. Browser-safe: no server imports.
 */

export const CONFIRMATION_WORDS = {
  title: '申请已提交',
  queryCodeOnce: '查询码只显示这一次，请抄下或打印本页。',
  queryCodeUse: '查询办理进度、补充材料、撤回申请和评价时，都要输入受理编号和查询码。',
  review: '工作人员会在工作日审核您的申请，决定是否受理。',
  messages: '办理进度会短信通知您',
  messagesByEmail: '，也会发到您填写的电子邮箱',
  supplementBySms: '。需要补充材料时，短信会告诉您要补充什么。',
  trackAnyTime: '您可以随时用受理编号和查询码查询办理进度。',
} as const

/** How long the office takes once it has accepted the application. */
export const afterAcceptance = ({ caseType, promisedDays }: { caseType?: null | string; promisedDays?: null | number }): string =>
  caseType === 'immediate' || promisedDays === 0
    ? '受理后会尽快办结。'
    : `受理后${promisedDays}个工作日内办结，补充材料的时间不计算在内。`

/** What the status page says after a rating: thanks, and a promise when the resident was not satisfied. */
export const ratingThanks = (level: number): string =>
  level <= BAD_RATING_MAX ? `感谢您的评价。我们会在${FOLLOW_UP_WORKING_DAYS}个工作日内联系您并整改。` : '感谢您的评价。'

/** What the status page says after the resident's other actions. */
export const ACTION_NOTICES = {
  supplement: '补正材料已提交，工作人员会继续办理。',
  withdraw: '申请已撤回，工作人员不会再办理。',
} as const

/** The words of the withdrawal's confirmation. */
export const WITHDRAW_WORDS = {
  explain: '工作人员受理之前，您可以撤回这份申请。撤回后不再办理，还要办的需要重新申请。',
  question: '确定要撤回这份申请吗？',
  warning: '撤回后不能恢复。',
} as const

/**
 * 按老人户籍所在地办理: whose community decides where a case is handled, as
 * the service's rule says it (never what the population base holds); null
 * when it is simply where the applicant lives. The apply page and the
 * status answer both say it.
 */
export function handlingRuleWords(handledBy: HandlingDivision | null | undefined, partyLabel: null | string | undefined): null | string {
  if (!handledBy || handledBy === 'applicant-residence') return null
  const whose = handledBy.startsWith('party-') ? (partyLabel ?? '当事人') : '申请人'
  return `按${whose}${handledBy.endsWith('-registered') ? '户籍所在地' : '居住地'}办理`
}
