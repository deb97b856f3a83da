import { describe, expect, it } from 'vitest'

import type { ApplicationStatus } from '../../collections/Applications/states'
import { ACTIONS, type ApplicationAction, checkApplicationAction, staffActionsFor } from '../../collections/Applications/workflow'
import { nextState } from '../../collections/casework/workflow'
import { answerOf, walkMatrix } from '../helpers/workflowMatrix'

/** The engine's answer, with an open follow-up and a pending commitment check unless told: the state reached (`resume`: back to the state before 需补正), or the refusal. */
const answer = (action: ApplicationAction, status: ApplicationStatus, note = '说明', followUp: 'closed' | 'open' = 'open') =>
  answerOf(() => {
    checkApplicationAction(action, { status, followUp: { status: followUp }, commitmentCheck: { status: followUp === 'open' ? 'pending' : 'confirmed' } }, note)
    return nextState<ApplicationStatus>(ACTIONS[action], status) ?? 'resume'
  })

const STATES: ApplicationStatus[] = ['submitted', 'accepted', 'rejected', 'processing', 'supplement', 'completed', 'withdrawn']

/**
 * The workflow written out by hand, state × action: where each allowed
 * action leads (with a note and an open follow-up), `-` where it is refused.
 */
// prettier-ignore
const EXPECTED: Record<ApplicationAction, Record<ApplicationStatus, string>> = {
  //                 submitted    accepted      rejected  processing    supplement  completed    withdrawn
  accept:            { submitted: 'accepted',  accepted: '-',          rejected: '-', processing: '-',          supplement: '-',      completed: '-',         withdrawn: '-' },
  reject:            { submitted: 'rejected',  accepted: '-',          rejected: '-', processing: '-',          supplement: '-',      completed: '-',         withdrawn: '-' },
  startProcessing:   { submitted: '-',         accepted: 'processing', rejected: '-', processing: '-',          supplement: '-',      completed: '-',         withdrawn: '-' },
  requestSupplement: { submitted: '-',         accepted: 'supplement', rejected: '-', processing: 'supplement', supplement: '-',      completed: '-',         withdrawn: '-' },
  approve:           { submitted: '-',         accepted: '-',          rejected: '-', processing: 'completed',  supplement: '-',      completed: '-',         withdrawn: '-' },
  deny:              { submitted: '-',         accepted: '-',          rejected: '-', processing: 'completed',  supplement: '-',      completed: '-',         withdrawn: '-' },
  closeFollowUp:     { submitted: '-',         accepted: '-',          rejected: '-', processing: '-',          supplement: '-',      completed: 'completed', withdrawn: '-' },
  confirmCommitment: { submitted: 'submitted', accepted: 'accepted',   rejected: '-', processing: 'processing', supplement: 'supplement', completed: 'completed', withdrawn: '-' },
  refuteCommitment:  { submitted: 'submitted', accepted: 'accepted',   rejected: '-', processing: 'processing', supplement: 'supplement', completed: 'completed', withdrawn: '-' },
  supplement:        { submitted: '-',         accepted: '-',          rejected: '-', processing: '-',          supplement: 'resume', completed: '-',         withdrawn: '-' },
  withdraw:          { submitted: 'withdrawn', accepted: '-',          rejected: '-', processing: '-',          supplement: '-',      completed: '-',         withdrawn: '-' },
}

const NOTE_REQUIRED: ApplicationAction[] = ['reject', 'requestSupplement', 'approve', 'deny', 'closeFollowUp', 'refuteCommitment']
const STAFF: ApplicationAction[] = ['accept', 'reject', 'startProcessing', 'requestSupplement', 'approve', 'deny', 'closeFollowUp', 'confirmCommitment', 'refuteCommitment']

describe('the application workflow table', () => {
  walkMatrix({ table: ACTIONS, states: STATES, expected: EXPECTED, answer, noteRequired: NOTE_REQUIRED, noteRefusalCode: 'NOTE_REQUIRED' })

  it('words an illegal transition with the state and the action', () => {
    expect(answer('startProcessing', 'submitted')).toMatchObject({ message: '状态为“已提交”的申请不能“开始办理”' })
  })

  it('closes a follow-up only while one is open', () => {
    expect(answer('closeFollowUp', 'completed', '整改完成', 'closed')).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 409 })
  })

  it('offers the staff the allowed staff actions, in the table order', () => {
    for (const status of STATES) {
      expect(staffActionsFor({ status, followUp: { status: 'open' }, commitmentCheck: { status: 'pending' } }), status).toEqual(STAFF.filter((action) => EXPECTED[action][status] !== '-'))
    }
    expect(staffActionsFor({ status: 'completed', followUp: null })).toEqual([])
  })

  it('checks a commitment only while its check is pending', () => {
    expect(answer('confirmCommitment', 'processing', '', 'closed')).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 409 })
    expect(staffActionsFor({ status: 'processing', commitmentCheck: null })).toEqual(['requestSupplement', 'approve', 'deny'])
  })
})
