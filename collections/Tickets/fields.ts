import type { Field } from 'payload'

/** Set by the workflow only: nobody writes them through the API or the admin form. */
export const workflowOnly = { create: () => false, update: () => false }

/** A read-only number the workflow keeps (reminders, returns, call-back attempts). */
export const counterField = (name: string, label: { en: string; zh: string }): Field => ({
  name,
  type: 'number',
  defaultValue: 0,
  access: workflowOnly,
  label,
  admin: { readOnly: true, position: 'sidebar' },
})

/** An instant the workflow records. */
export const instantField = (name: string, label: { en: string; zh: string }, index = false): Field => ({
  name,
  type: 'date',
  index,
  access: workflowOnly,
  label,
  admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
})
