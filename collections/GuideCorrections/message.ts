import type { CorrectionStatus } from './workflow'

/**
 * The SMS to a resident who left a number with their correction, once the
 * editors have answered or declined it. One function on purpose: it becomes
 * the admin-editable template event `correction.answered` (variables:
 * guide title, outcome, reply).
 */
export function correctionAnsweredText({ guideTitle, reply, status }: { guideTitle: string; reply: string; status: CorrectionStatus }): string {
  const outcome = status === 'answered' ? '已处理' : '经核实未采纳'
  return `【一站通】您对“${guideTitle}”办事指南的纠错${outcome}：${reply}。感谢您帮助我们改进指南。`
}

export const CORRECTION_ANSWER_SUBJECT = '办事指南纠错答复'
