import { describe, expect, it } from 'vitest'

import { nextState } from '../../collections/casework/workflow'
import type { TicketStatus } from '../../collections/Tickets/states'
import { checkTicketAction, TICKET_ACTIONS, type TicketAction, ticketActionsFor, type TicketSide } from '../../collections/Tickets/workflow'
import { answerOf, walkMatrix } from '../helpers/workflowMatrix'

/** The engine's answer: the state reached, or the refusal. */
const answer = (action: TicketAction, status: TicketStatus, note = '说明') =>
  answerOf(() => {
    checkTicketAction(action, status, note)
    return nextState<TicketStatus>(TICKET_ACTIONS[action], status)!
  })

const STATES: TicketStatus[] = ['received', 'dispatched', 'processing', 'replied', 'closed', 'evaluated', 'merged']

/** The loop written out by hand, state × action: where each allowed action leads (with a note), `-` where it is refused. */
// prettier-ignore
const EXPECTED: Record<TicketAction, Record<TicketStatus, string>> = {
  answerDirectly:  { received: 'closed',     dispatched: '-',          processing: '-',          replied: '-',          closed: '-',         evaluated: '-', merged: '-' },
  dispatch:        { received: 'dispatched', dispatched: '-',          processing: '-',          replied: '-',          closed: '-',         evaluated: '-', merged: '-' },
  autoDispatch:    { received: 'dispatched', dispatched: '-',          processing: '-',          replied: '-',          closed: '-',         evaluated: '-', merged: '-' },
  accept:          { received: '-',          dispatched: 'processing', processing: '-',          replied: '-',          closed: '-',         evaluated: '-', merged: '-' },
  return:          { received: '-',          dispatched: 'received',   processing: 'received',   replied: '-',          closed: '-',         evaluated: '-', merged: '-' },
  remind:          { received: '-',          dispatched: 'dispatched', processing: 'processing', replied: '-',          closed: '-',         evaluated: '-', merged: '-' },
  reply:           { received: '-',          dispatched: '-',          processing: 'replied',    replied: '-',          closed: '-',         evaluated: '-', merged: '-' },
  redo:            { received: '-',          dispatched: '-',          processing: '-',          replied: 'processing', closed: '-',         evaluated: '-', merged: '-' },
  close:           { received: '-',          dispatched: '-',          processing: '-',          replied: 'closed',     closed: '-',         evaluated: '-', merged: '-' },
  callBack:        { received: '-',          dispatched: '-',          processing: '-',          replied: '-',          closed: 'evaluated', evaluated: '-', merged: '-' },
  callBackFailed:  { received: '-',          dispatched: '-',          processing: '-',          replied: '-',          closed: 'closed',    evaluated: '-', merged: '-' },
  fileApplication: { received: 'closed',     dispatched: '-',          processing: '-',          replied: '-',          closed: '-',         evaluated: '-', merged: '-' },
  merge:           { received: 'merged',     dispatched: 'merged',     processing: 'merged',     replied: '-',          closed: '-',         evaluated: '-', merged: '-' },
  rate:            { received: '-',          dispatched: '-',          processing: '-',          replied: '-',          closed: 'evaluated', evaluated: '-', merged: '-' },
  reopen:          { received: '-',          dispatched: '-',          processing: '-',          replied: '-',          closed: 'received',  evaluated: 'received', merged: '-' },
}

const NOTE_REQUIRED: TicketAction[] = ['answerDirectly', 'return', 'remind', 'reply', 'redo', 'reopen']
const SIDES: Record<TicketSide, TicketAction[]> = {
  desk: ['answerDirectly', 'dispatch', 'remind', 'redo', 'close', 'callBack', 'callBackFailed', 'merge'],
  handler: ['accept', 'return', 'reply'],
}

describe('the work-order workflow table', () => {
  walkMatrix({ table: TICKET_ACTIONS, states: STATES, expected: EXPECTED, answer, noteRequired: NOTE_REQUIRED, noteRefusalCode: 'VALIDATION_FAILED' })

  it('words an illegal transition with the state and the action', () => {
    expect(answer('close', 'received')).toMatchObject({ message: '状态为“已受理”的工单不能“办结”' })
  })

  it('offers each side its allowed actions, in the table order', () => {
    for (const side of Object.keys(SIDES) as TicketSide[]) {
      for (const status of STATES) {
        expect(ticketActionsFor(status, side), `${side} ${status}`).toEqual(SIDES[side].filter((action) => EXPECTED[action][status] !== '-'))
      }
    }
  })
})
