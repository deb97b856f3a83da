import type { CollectionBeforeChangeHook } from 'payload'

import type { GuideCorrection } from '../../../cms/payload-types'
import { checkAction } from '../../casework/workflow'
import { RequestError } from '../../errors'
import { actionLeadingTo, CORRECTION_KIND, CORRECTION_WORKFLOW, type CorrectionStatus } from '../workflow'

/**
 * An editor answers a correction by choosing 已答复 or 不采纳 and writing the
 * answer or the reason; the workflow table decides what is allowed. A
 * finished correction is never changed again: what the resident was told
 * stays as it was.
 */
export const takeCorrectionAction: CollectionBeforeChangeHook<GuideCorrection> = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status as CorrectionStatus
  if (from !== 'pending') throw new RequestError('ALREADY_ANSWERED', '这条纠错已经处理完毕，不能再修改', 409)
  // The guide's department decides who answers: an editor cannot hand the case to another.
  const kept = { ...data, department: originalDoc.department }
  const to = (data.status ?? from) as CorrectionStatus
  if (to === from) return kept
  const action = actionLeadingTo(to)
  if (!action) throw new RequestError('ILLEGAL_TRANSITION', `纠错不能改为“${CORRECTION_KIND.statusLabels[to]}”`, 409)
  const reply = checkAction(CORRECTION_KIND, CORRECTION_WORKFLOW[action], from, data.reply ?? '')
  return { ...kept, reply, answeredAt: new Date().toISOString() }
}
