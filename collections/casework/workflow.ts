import { RequestError } from '../errors'

/**
 * The workflow engine every kind of case shares. A kind writes its workflow
 * as a table — which action moves a case from which states to which, who
 * takes it, whether it needs a note — and these functions answer from the
 * table alone, so a transition that is not listed cannot happen anywhere.
 */

export type ActionDefinition<State extends string = string, Side extends string = string> = {
  /** Who takes the action (a case worker, the resident, the hotline desk…). */
  by: Side
  from: readonly State[]
  label: string
  /** What the note is called, when the action needs one. */
  noteLabel?: string
  noteRequired: boolean
  /** Extra input the action needs besides a note (the kind decides what it means). */
  needs?: string
  /** `same`: the case stays where it is; `resume`: it returns to the state it was in before a pause. */
  to: 'resume' | 'same' | State
}

export type WorkflowTable<State extends string = string, Side extends string = string> = Record<string, ActionDefinition<State, Side>>

/** What the engine must know about a kind of case to word its refusals. */
export type CaseKind<State extends string> = {
  /** The case in refusals: 申请, 工单. */
  noun: string
  statusLabels: Record<State, string>
  /** The code a missing note is refused with; kept per kind because clients already read it. */
  noteRefusalCode: 'NOTE_REQUIRED' | 'VALIDATION_FAILED'
}

/** Whether `value` names an action of `table`. */
export const isActionOf = <Table extends WorkflowTable>(table: Table, value: unknown): value is keyof Table & string =>
  typeof value === 'string' && Object.hasOwn(table, value)

/** Whether the table allows `definition` from `status`. */
export const canTakeFrom = <State extends string>(definition: ActionDefinition<State>, status: State): boolean =>
  (definition.from as readonly string[]).includes(status)

/** The actions open to one side from `status`, in the table's order; `isOpen` adds a kind's own conditions. */
export function actionsOpenTo<State extends string, Table extends WorkflowTable<State>>(
  table: Table,
  by: Table[keyof Table]['by'],
  status: State,
  isOpen: (action: keyof Table & string) => boolean = () => true,
): (keyof Table & string)[] {
  return (Object.keys(table) as (keyof Table & string)[]).filter(
    (action) => table[action]!.by === by && canTakeFrom<State>(table[action]!, status) && isOpen(action),
  )
}

/** The state an action leads to from `status`; undefined for `resume`, which the kind works out itself. */
export const nextState = <State extends string>(definition: ActionDefinition<State>, status: State): State | undefined =>
  definition.to === 'same' ? status : definition.to === 'resume' ? undefined : (definition.to as State)

/**
 * Refuse an action the table does not allow from the case's state (409), or
 * one whose required note is missing (422, with the note as the field in
 * error). `open` is false when a kind's own condition closes the action.
 * Answers the note, trimmed.
 */
export function checkAction<State extends string>(
  kind: CaseKind<State>,
  definition: ActionDefinition<State>,
  status: State,
  note = '',
  open = true,
): string {
  if (!open || !canTakeFrom(definition, status)) {
    throw new RequestError('ILLEGAL_TRANSITION', `状态为“${kind.statusLabels[status]}”的${kind.noun}不能“${definition.label}”`, 409)
  }
  const trimmed = note.trim()
  if (definition.noteRequired && !trimmed) {
    const message = `请填写${definition.noteLabel ?? '说明'}`
    throw new RequestError(kind.noteRefusalCode, message, 422, { errors: [{ field: 'note', code: 'REQUIRED', message }] })
  }
  return trimmed
}
