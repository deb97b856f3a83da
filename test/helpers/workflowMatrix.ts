import { expect, it } from 'vitest'

import type { ActionDefinition } from '../../collections/casework/workflow'

/** What the engine answered: the state reached, or the refusal thrown. */
export type EngineAnswer = string | { code: string; errors?: unknown; message: string; status: number }

/** Run one step through the engine and answer the state it reaches, or the refusal. */
export function answerOf(step: () => string): EngineAnswer {
  try {
    return step()
  } catch (error) {
    const { data, message, status } = error as { data: { code: string; errors?: unknown }; message: string; status: number }
    return { code: data.code, status, message, errors: data.errors }
  }
}

type Matrix<Action extends string, State extends string> = {
  /** The kind's table, only for its list of actions and its note labels. */
  table: Record<Action, ActionDefinition<State>>
  states: readonly State[]
  /** Written out by hand: where each action leads from each state, `-` where it is refused. */
  expected: Record<Action, Record<State, string>>
  /** The engine's answer for `action` from `status` with this note. */
  answer: (action: Action, status: State, note: string) => EngineAnswer
  noteRequired: readonly Action[]
  noteRefusalCode: string
}

/** Walk every state × every action against the expected matrix, and the refusal of every missing note. */
export function walkMatrix<Action extends string, State extends string>({ answer, expected, noteRefusalCode, noteRequired, states, table }: Matrix<Action, State>): void {
  const actions = Object.keys(expected) as Action[]
  it('lists exactly the actions of the expected matrix', () => {
    expect(Object.keys(table).sort()).toEqual([...actions].sort())
  })

  for (const action of actions) {
    for (const status of states) {
      const to = expected[action][status]
      it(`${action} from ${status}: ${to === '-' ? 'refused' : to}`, () => {
        const got = answer(action, status, '说明')
        if (to === '-') expect(got).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 409 })
        else expect(got).toBe(to)
      })
    }
  }

  it(`refuses a missing note with ${noteRefusalCode} and the note as the field in error`, () => {
    for (const action of actions) {
      const from = states.find((status) => expected[action][status] !== '-')!
      const got = answer(action, from, '  ')
      if (!noteRequired.includes(action)) {
        expect(got, action).toBe(expected[action][from])
        continue
      }
      const message = `请填写${table[action].noteLabel}`
      expect(got, action).toEqual({ code: noteRefusalCode, status: 422, message, errors: [{ field: 'note', code: 'REQUIRED', message }] })
    }
  })
}
