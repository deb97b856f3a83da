import type { ReactNode } from 'react'

import { DueDate } from '../../CalendarDays/components/DueDate'
import { isOverdue } from '../clock'
import type { ActionDefinition } from '../workflow'
import { ActionButtons, type ActionInput, type CaseAction } from './ActionButtons'
import './casework.css'

/** A table's action as a button: its label, and its note as the kind names it when the table does not. */
export const actionButton = (action: string, definition: ActionDefinition, noteLabel: string, inputs?: ActionInput[]): CaseAction => ({
  action,
  label: definition.label,
  ...(inputs ? { inputs } : {}),
  noteLabel: definition.noteLabel ?? noteLabel,
  noteRequired: definition.noteRequired,
})

type Props = {
  actions: CaseAction[]
  /** Rows after the due date (a follow-up's deadline, reminders). */
  children?: ReactNode
  /** The case's clock: its due date, and whether the clock is running (only then can it be overdue). */
  clock: { dueDate?: null | string; provisional?: boolean | null; running: boolean }
  /** Shown when there is no action to take. */
  emptyText: string
  endpoint: string
  groupLabel?: string
  headingId: string
  /** A line under the figures (what editing the case does). */
  notice?: ReactNode
  statusLabel: string
}

/**
 * Top of a case in the admin: where it stands, its due date, and the
 * actions the workflow allows from here as buttons. The state is never
 * edited directly.
 */
export function CaseStatusBox({ actions, children, clock, emptyText, endpoint, groupLabel, headingId, notice, statusLabel }: Props) {
  return (
    <section aria-labelledby={headingId} className="casework-box">
      <h3 id={headingId}>
        当前状态：{statusLabel}
        {clock.running && isOverdue(clock.dueDate) ? <span className="casework-overdue">（已超期）</span> : null}
      </h3>
      <dl>
        {clock.dueDate ? (
          <>
            <dt>应办结日期</dt>
            <dd>
              <DueDate date={clock.dueDate} provisional={clock.provisional} />
            </dd>
          </>
        ) : null}
        {children}
      </dl>
      {notice}
      {actions.length > 0 ? <ActionButtons endpoint={endpoint} actions={actions} {...(groupLabel ? { groupLabel } : {})} /> : <p>{emptyText}</p>}
    </section>
  )
}
