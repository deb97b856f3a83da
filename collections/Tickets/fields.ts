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

/** What the dispatch catalogue suggested when the order was received (or its category last changed before dispatch). */
export const dispatchSuggestionField: Field = {
  name: 'dispatchSuggestion',
  type: 'group',
  access: workflowOnly,
  label: { zh: '派单目录建议', en: 'Dispatch catalogue suggests' },
  admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.dispatchSuggestion?.rule) },
  fields: [
    { name: 'rule', type: 'relationship', relationTo: 'dispatch-rules', label: { zh: '规则', en: 'Rule' } },
    { name: 'department', type: 'relationship', relationTo: 'departments', label: { zh: '承办部门', en: 'Department' } },
    { name: 'division', type: 'relationship', relationTo: 'divisions', label: { zh: '承办街道或社区', en: 'Street or community' } },
    { name: 'dueDate', type: 'text', label: { zh: '建议应办结日期', en: 'Due' } },
    { name: 'dueDateProvisional', type: 'checkbox', label: { zh: '日期暂定', en: 'Provisional' } },
    { name: 'automatic', type: 'checkbox', label: { zh: '自动派单', en: 'Automatic' } },
  ],
}
